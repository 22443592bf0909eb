"""An exchange rate an article states in words of its own (issue 11, session
35): "C$1.37 to the US dollar", "1.37 Canadian dollars per US dollar", "7.1
yuan against the dollar", "one euro bought $1.08", "(US$1 = C$1.37)".

Only such a statement is a rate to hold a sum's own conversion to
(``own_conversion.py``): a conversion written as "£1.2bn (€1.4bn)" states a
rate of its own day (``facts/quantity/rates.py``) and is no measure of
another. The rate is an interval: its figure is rounded as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..facts.quantity.detect import find_quantities
from ..facts.quantity.interval import statement_interval
from ..facts.quantity.mention import QuantityMention
from ..facts.quantity.terms import ONE_SIDED
from ..facts.quantity.units import format_number

# after a sum, the currency it is the price of: "to the US dollar", "per euro"
_PER = re.compile(
    r"\s*(?:to|per|against|for)\s+(?:the|one|each|a|an|every)?\s*"
    r"((?:[A-Z][a-z]*\.?\s+|[A-Z]{1,3}\s?)?[A-Za-z$€£¥]+)",
)
# before a sum: "one euro bought", "US$1 = ", "a dollar is worth"
_ONE = re.compile(
    r"(?:\b(?:one|a|an|1)\s+((?:[A-Z][a-z]*\.?\s+)?[a-z]+)|([A-Z]{0,3}[$€£¥]\s?1))\s*"
    r"(?:=|equals?|equalled|(?:is|was)\s+(?:worth|equal\s+to|trading\s+at)|bought|buys|"
    r"fetched|fetches|(?:is|was))\s*$"
    # "the pound was worth 1.17 euros", "the euro traded at $1.10" (session 43)
    r"|\bthe\s+((?:[A-Z][a-z]*\.?\s+)?[a-z]+)\s+(?:(?:is|was)\s+(?:worth|trading\s+at)|"
    r"traded\s+at|stood\s+at|bought|buys|fetched)\s*$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-Z\"'“‘(])|$)", re.MULTILINE)
_HINT = re.compile(
    r"\b(?:to|per|against|for|bought|buys|equals?|worth|traded|stood)\b|=", re.IGNORECASE
)


@dataclass(frozen=True)
class Rate:
    """1 ``per`` is ``low``..``high`` ``money`` (ISO codes), as ``words`` say."""

    money: str
    per: str
    low: float
    high: float
    words: str
    written: str = ""  # the rate's figure as written: "1.37"

    def cited(self) -> str:
        return f"the rate it states, '{self.words}' (1 {self.per} = {self.written} {self.money})"

    def converts(self, a: QuantityMention, b: QuantityMention) -> tuple[object, str] | None:
        """Whether ``b`` converts ``a`` at this rate: (verdict, what ``b`` should
        read), or None when the rate is between other currencies."""
        from ..model import Verdict

        codes = {a.si_unit, b.si_unit}
        if codes != {self.money, self.per}:
            return None
        # a in b's currency, as an interval: a's rounding times the rate's
        alo, ahi = _rounded(a)
        if a.si_unit == self.per:
            lo, hi = alo * self.low, ahi * self.high
            mid = a.base_value() * (self.low + self.high) / 2
        else:
            lo, hi = alo / self.high, ahi / self.low
            mid = a.base_value() * 2 / (self.low + self.high)
        blo, bhi = _as_written(b)
        slack = 0.03 * max(abs(hi), abs(bhi))  # a rate of its day, a sum's own rounding
        verdict = Verdict.CONFLICT if hi + slack < blo or bhi + slack < lo else Verdict.CONSISTENT
        return verdict, f"{format_number(mid, 3, words=mid >= 1e6)} {b.si_unit}"


def _as_written(m: QuantityMention) -> tuple[float, float]:
    """A conversion as written: "roughly €15.8m" is the 15.8m its writer worked
    out, its rounding and not its hedge (session 43, as own_conversion's
    hedged lengths); a one-sided hedge ("nearly $5,000") keeps its side."""
    if m.hedge and m.hedge not in ONE_SIDED and m.value_high is None:
        half = m.precision / 2
        return m.value - half, m.value + half
    return m.low, m.high


def _rounded(m: QuantityMention) -> tuple[float, float]:
    return statement_interval(m.value, None, m.precision, m.exact, None, m.dimension, False)


def _single(m: QuantityMention) -> bool:
    return (
        m.dimension == "currency" and m.unit is not None and m.value_high is None
        and m.hedge not in ONE_SIDED and m.value > 0
    )  # fmt: skip


@lru_cache(maxsize=64)
def _currency_of(words: str) -> str | None:
    """The currency a few words name ("US dollar", "euro", "the yen"), or None."""
    if words.lower() in ("pound", "pound sterling", "sterling"):
        words = "£"  # "the pound was worth 1.17 euros": "1 pound" alone reads as a weight
    for text in (f"1 {words}", f"{words}1", f"{words} 1"):
        got = [m for m in find_quantities(text) if m.dimension == "currency" and m.value == 1]
        if got and got[0].unit is not None:
            return got[0].si_unit
    return None


def _rate(sentence: str, m: QuantityMention) -> Rate | None:
    after = _PER.match(sentence, m.end)
    per = _currency_of(after.group(1).strip()) if after else None
    end = after.end() if after else m.end
    start = m.start
    if per is None:
        before = _ONE.search(sentence[max(0, m.start - 40) : m.start])
        if before is None:
            return None
        per = _currency_of((before.group(1) or before.group(2) or before.group(3)).strip())
        start = m.start - len(sentence[max(0, m.start - 40) : m.start]) + before.start()
    if per is None or per == m.si_unit:
        return None
    lo, hi = _rounded(m)
    scale = m.base_value() / m.value if m.value else 1.0
    words = " ".join(sentence[start:end].split())
    return Rate(m.si_unit, per, lo * scale, hi * scale, words, format_number(m.base_value(), 4))


@lru_cache(maxsize=1024)
def rates_in(text: str) -> tuple[Rate, ...]:
    """Every rate the text states in words of its own."""
    found: list[Rate] = []
    for para in _SENTENCE.finditer(text):
        chunk = para.group()
        if not _HINT.search(chunk):
            continue
        for m in find_quantities(chunk):
            if _single(m) and (rate := _rate(chunk, m)) is not None:
                found.append(rate)
    return tuple(found)
