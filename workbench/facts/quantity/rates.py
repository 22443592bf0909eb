"""Exchange rates the articles themselves state (issue 11, session 22).

Business copy gives a sum and its conversion together: "£1.2bn (€1.4bn)",
"a bid worth 640p a share (about $8.45)", "1.4 billion euros, or about $1.6
billion", "CHF 2.5 billion, roughly $2.7 billion", "equivalent to $9m". Each
such pair in one sentence states a rate. Both figures are rounded, so the rate
is an interval: "£1.2bn (€1.4bn)" says 1 GBP is between 1.35/1.25 and
1.45/1.15 EUR.

The judge reads the rates stated anywhere in the articles it compares
(:func:`stated_in`) and puts them in force for the run (:func:`using`); two
sums in different currencies are then compared through them
(:func:`through_rate`): the one converted within the rate's interval meets
the other — consistent; it misses by more than both roundings — conflict;
in between — unresolved. Only what the articles state: never an outside
rate. Two stated conversions of one pair of currencies that disagree with
each other leave the comparison unresolved, naming both.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ...model import Comparison, Verdict
from ...thresholds import current
from .currencies import surfaces_after
from .detect import find_quantities
from .interval import statement_interval
from .mention import QuantityMention, stated_text
from .quoted_rates import quoted_rates
from .terms import ONE_SIDED
from .units import UNITS, format_number, to_base


@dataclass(frozen=True)
class StatedRate:
    """1 ``base`` is ``low``..``high`` ``quote`` (ISO codes of the base units),
    as ``words`` in the article named ``source`` state it."""

    base: str
    quote: str
    low: float
    high: float
    words: str
    source: str = ""
    # the two sums as stated ("£1.2bn", "€1.4bn"): a sum of the same figure
    # elsewhere is converted as the article converted it, not through the rate
    sums: tuple[QuantityMention, ...] = ()
    chained: bool = False  # two stated conversions through a third currency (routes.py)

    def toward(self, code: str) -> tuple[float, float]:
        """The interval converting this rate's other currency into ``code``."""
        if code == self.quote:
            return self.low, self.high
        return 1 / self.high, 1 / self.low

    def shown(self) -> str:
        lo, hi = self.low, self.high
        return f"1 {self.base} = {format_number(lo, 3)}–{format_number(hi, 3)} {self.quote}"

    def cited(self) -> str:
        where = f"{self.source}'s " if self.source else ""
        return f"{where}'{self.words}' ({self.shown()})"


_RATES: ContextVar[tuple[StatedRate, ...]] = ContextVar("workbench_stated_rates", default=())

# Between a sum and its conversion: a bracket, "or", "about", "roughly",
# "equivalent to" … ("640p a share (about $8.45)": the per-share words may stand
# between). A bare comma or "and" is a list, not a conversion.
_HEDGE = r"(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|over|under)"
_EQUAL = r"(?:(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|worth|which\s+is|i\.e\.)"
_GAP = re.compile(
    r"\s*(?:(?:a|per)\s+share\s*|each\s*)?"
    rf"(?:\(\s*(?:(?:or\s+)?{_HEDGE}\s+|{_EQUAL}\s+)?"
    rf"|,?\s*(?:or|or\s+{_HEDGE}|or\s+{_EQUAL}|{_HEDGE}|{_EQUAL})\s+"
    r"|,\s*)",
    re.IGNORECASE,
)
_JOINED = re.compile(rf"\(|\bor\b|\b{_HEDGE}\b|\b{_EQUAL}\b", re.IGNORECASE)  # cheap test first
_HEDGED = re.compile(rf"{_HEDGE}\s", re.IGNORECASE)  # "CHF 2.5bn, roughly $2.7bn"
# No two currencies news compares are this far apart (a dong is 1/25,000 of a
# dollar): a price against a total, not a conversion.
_SCALES_APART = 1e5
_CLOSE = re.compile(r"\s*(?:(?:a|per)\s+share\s*)?\)")
# A sentence worth reading for a conversion names money twice (a cheap test
# first): a symbol, a code, "640p", or a currency's word from the table.
_WORDS = sorted(
    {form.split()[-1] for form in surfaces_after()}
    | {"euro", "euros", "dollar", "dollars", "pound", "pounds", "pence", "penny", "cents", "yen"}
    | {"yuan", "renminbi", "franc", "francs", "rouble", "roubles", "ruble", "rubles", "real"},
    key=lambda w: (-len(w), w),  # one order in every process: its pattern is kept (units.py)
)
_MONEY_HINT = re.compile(
    r"[$€£¥₹₩₦₱₫]|\d\s*p\b|\b(?-i:[A-Z]{3})(?![A-Za-z])|\b(?-i:Rs)\.?\s?\d|\b(?:"
    + "|".join(re.escape(w) for w in _WORDS if w.isalpha())
    + r")\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-Z\"'“‘(])|$)", re.MULTILINE)


def _rounded(m: QuantityMention) -> tuple[float, float]:
    """The figure's own rounding, in its base unit, its hedge aside: a
    conversion's "about" says it is converted, not how wide the rate is."""
    lo, hi = statement_interval(
        m.value, None, m.precision, m.exact, None, m.dimension, False
    )  # fmt: skip
    unit = UNITS[m.unit] if m.unit else None
    return (to_base(lo, unit), to_base(hi, unit)) if unit else (lo, hi)


def _single(m: QuantityMention) -> bool:
    return (
        m.dimension == "currency" and m.unit is not None and m.value_high is None
        and m.hedge not in ONE_SIDED and m.value > 0
    )  # fmt: skip


def _conversion(text: str, a: QuantityMention, b: QuantityMention) -> StatedRate | None:
    if not (_single(a) and _single(b)) or a.si_unit == b.si_unit or b.start < a.end:
        return None
    gap = _GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    if gap.group().strip() == "," and not _HEDGED.match(text, b.start):
        return None  # "£3m, $4m": a list
    if "(" in gap.group() and not _CLOSE.match(text, b.end):
        return None  # "£1.2bn (up from €1.1bn last year)" is no conversion
    (alo, ahi), (blo, bhi) = _rounded(a), _rounded(b)
    if alo <= 0 or blo <= 0 or max(blo / ahi, alo / bhi) > _SCALES_APART:
        return None  # "$8.45 a share, or about £1.2bn": a price and a total
    words = " ".join(text[a.start : b.end].split())
    if "(" in gap.group():
        words += ")"
    return StatedRate(a.si_unit, b.si_unit, blo / ahi, bhi / alo, words, "", (a, b))


@lru_cache(maxsize=4096)
def _rates_in(text: str) -> tuple[StatedRate, ...]:
    found: list[StatedRate] = []
    for para in _SENTENCE.finditer(text):
        chunk = para.group()
        for base, m, words in quoted_rates(chunk):
            lo, hi = _rounded(m)
            if lo > 0:
                found.append(StatedRate(base, m.si_unit, lo, hi, words))
        if not _JOINED.search(chunk) or len(_MONEY_HINT.findall(chunk)) < 2:
            continue
        money = [m for m in find_quantities(chunk) if m.dimension == "currency"]
        for a, b in itertools.pairwise(money):
            rate = _conversion(chunk, a, b)
            if rate is not None:
                found.append(rate)
    return tuple(found)


def stated_in(articles: Sequence[tuple[str, str]]) -> tuple[StatedRate, ...]:
    """Every rate stated in the articles, given as (name, text), each rate
    naming the article it was read in."""
    return tuple(
        StatedRate(r.base, r.quote, r.low, r.high, r.words, name, r.sums)
        for name, text in articles
        for r in _rates_in(text)
    )


@contextmanager
def using(rates: tuple[StatedRate, ...]) -> Iterator[tuple[StatedRate, ...]]:
    token = _RATES.set(rates)
    try:
        yield rates
    finally:
        _RATES.reset(token)


def in_force() -> tuple[StatedRate, ...]:
    return _RATES.get()


def between(x: str, y: str) -> list[StatedRate]:
    return [r for r in _RATES.get() if {r.base, r.quote} == {x, y}]


def same_sum(m: QuantityMention, stated: QuantityMention) -> bool:
    return m.si_unit == stated.si_unit and math.isclose(m.base_value(), stated.base_value())


def stated_counterpart(
    a: QuantityMention, b: QuantityMention
) -> tuple[int, QuantityMention, StatedRate] | None:
    """The sum an article gives as the conversion of one of these two, in the
    other's currency ("£1.2bn (€1.4bn)" for a "£1.2bn" compared with
    "€1.5bn"): (which of the two it converts, 0 or 1, the conversion, the
    rate it states), or None. Several articles converting the one sum alike
    agree; converting it differently they are a question (``through_rate``)."""
    if a.dimension != "currency" or b.dimension != "currency" or a.si_unit == b.si_unit:
        return None
    found = []
    rates = between(a.si_unit, b.si_unit)
    for r in rates:
        if not all(agree(r, o) for o in rates):
            continue  # a conversion another rate disputes settles nothing (session 43)
        for i, (own, other) in enumerate(((a, b), (b, a))):
            for k, stated in enumerate(r.sums):
                if same_sum(own, stated) and r.sums[1 - k].si_unit == other.si_unit:
                    found.append((i, r.sums[1 - k], r))
    for side in (0, 1):
        mine = [f for f in found if f[0] == side]
        if mine and len({round(c.base_value(), 9) for _, c, _ in mine}) == 1:
            return mine[0]
    return None


def agree(a: StatedRate, b: StatedRate) -> bool:
    """Whether two rates of one pair of currencies meet within the few per cent
    outlets' rates of different days differ by (session 43)."""
    alo, ahi = a.toward(a.quote)
    blo, bhi = b.toward(a.quote)
    return max(blo - ahi, alo - bhi) <= current().quantity.stated_rate_drift * max(ahi, bhi)


def _agreeing(rates: list[StatedRate], code: str) -> tuple[float, float] | None:
    """The interval all stated rates allow (into ``code``); when their
    roundings do not meet but every two agree within the drift of nearby days'
    rates, the span of them (session 43); None when two disagree."""
    spans = [r.toward(code) for r in rates]
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    if lo <= hi * (1 + 1e-9):
        return lo, hi
    if all(agree(a, b) for a, b in itertools.combinations(rates, 2)):
        return min(s[0] for s in spans), max(s[1] for s in spans)
    return None


def _short(m: QuantityMention) -> str:
    return f"{m.hedge} {stated_text(m)}" if m.hedge else stated_text(m)


# One-sided hedges that still say about how much: "nearly £23m" is £20.7m–£23m,
# a sum that converts; "more than £23m", "up to £23m" are bounds (bounds.py).
_NEAR = frozenset(["nearly", "almost", "just over"])


def _bound(m: QuantityMention) -> bool:
    return m.hedge in ONE_SIDED and m.hedge not in _NEAR


def through_rate(a: QuantityMention, b: QuantityMention) -> Comparison | None:
    """Two sums in different currencies compared through the rates the articles
    state; None when no article states a rate between the two currencies, or
    either sum is no single figure (a bound, a range)."""
    if a.dimension != "currency" or b.dimension != "currency" or a.si_unit == b.si_unit:
        return None
    rates = between(a.si_unit, b.si_unit)
    if not rates or _bound(a) or _bound(b):
        return None
    if math.isinf(a.high) or math.isinf(b.high) or a.low < 0 or b.low < 0:
        return None
    shown_a, shown_b = _short(a), _short(b)
    rate = _agreeing(rates, b.si_unit)
    if rate is None:
        told = " and ".join(r.cited() for r in rates[:2])
        why = (f"{shown_a} vs {shown_b}: the articles convert {a.si_unit} to {b.si_unit} "
               f"at rates that disagree ({told}) — unresolved")  # fmt: skip
        return Comparison(Verdict.UNRESOLVED, why, a.display(), b.display())
    lo, hi = a.low * rate[0], a.high * rate[1]
    sig = 3
    converted = f"{format_number(lo, sig)}–{format_number(hi, sig)} {b.si_unit}"
    cited = "; ".join(r.cited() for r in rates[:2])
    head = f"{shown_a} vs {shown_b}: at the rate stated in {cited}, {shown_a} is {converted}"
    gap = max(b.low - hi, lo - b.high)
    if gap <= 1e-9 * max(1.0, b.high):
        return Comparison(Verdict.CONSISTENT, f"{head}, which {shown_b} meets — consistent",
                          a.display(), b.display())  # fmt: skip
    if a.value == b.value and a.value_high == b.value_high:
        # "£85m" / "€85m": the same digits under another symbol, at a rate the
        # articles state that keeps them apart — the classic slip of a currency
        why = (f"{head}, not {shown_b}: the same figure in two currencies the articles' "
               "own rate keeps apart — one of the currencies is wrong — conflict")  # fmt: skip
        return Comparison(Verdict.CONFLICT, why, a.display(), b.display())
    # beyond both roundings, and beyond the few per cent outlets' rates differ by
    drift = current().quantity.stated_rate_drift * max(b.high, lo)
    margin = max(((hi - lo) + (b.high - b.low)) / 2, drift)
    if gap > margin:
        return Comparison(Verdict.CONFLICT, f"{head}, well beyond {shown_b} — conflict",
                          a.display(), b.display())  # fmt: skip
    why = (f"{head}, just short of {shown_b}: within the roundings doubled or the few per "
           "cent outlets' rates differ by — unresolved")  # fmt: skip
    return Comparison(Verdict.UNRESOLVED, why, a.display(), b.display())
