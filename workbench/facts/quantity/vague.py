"""Vague amounts written as plural scale words: "thousands of pages", "billions of dollars".

They state a floor, not a value: "thousands" is at least 2,000, "dozens" at
least 24, "tens of thousands" at least 20,000, "hundreds of millions" at least
200 million. The mention keeps the words (``written``) and the interval is
open above, so "thousands of people" agrees with "5,000 people" and with
"tens of thousands", and conflicts with "800 people". The money form needs the
currency after "of" ("billions of dollars"); otherwise the noun after "of" is
what is counted. Only the plural-before-"of" form is read ("thousands of"),
or the plural opening a sentence ("Thousands gathered ..."), because "the
thousands" and "in their thousands" are rarely claims to compare.
"""

from __future__ import annotations

import math
import re

from workbench.facts.quantity.context import counted_tail
from workbench.facts.quantity.mention import QuantityMention
from workbench.facts.quantity.units import UNITS, Unit, lookup_unit

__all__ = ["find_vague"]

_SCALES = {"dozens": 12.0, "scores": 20.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3,
           "millions": 1e6, "billions": 1e9, "trillions": 1e12}  # fmt: skip
_VAGUE_RE = re.compile(
    r"(?<![\w-])(?P<w>(?i:dozens|scores|tens|hundreds|thousands|millions|billions|trillions)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?i:thousands|millions|billions))?)"
    r"(?P<of>[ \u00a0]+of[ \u00a0]+)?"
)
_CURRENCY_AFTER_RE = re.compile(r"(?P<c>[A-Za-z.]+(?:[ \u00a0][A-Za-z]+)?)\b")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?][\"”’]?[ \u00a0]+)[\"“‘]?$")


def find_vague(text: str) -> list[QuantityMention]:
    """Vague plural amounts in one sentence ("thousands of", "Dozens were hurt")."""
    out = []
    for m in _VAGUE_RE.finditer(text):
        words = m.group("w").lower().split()
        if m.group("of") is None and not (
            _SENTENCE_START_RE.search(text, 0, m.start()) and m.group("w")[0].isupper()
        ):
            continue
        if words[0] in ("tens", "scores") and len(words) == 1 and m.group("of") is None:
            continue  # "Tens" alone is not a number
        scale = _SCALES[words[0]] * (_SCALES[words[-1]] if len(words) > 1 else 1.0)
        low = 2 * scale
        unit = None
        end = m.end("w")
        counted = None
        if m.group("of"):
            found = _currency_after(text, m.end())
            if found:
                unit, end = found
            else:
                counted = counted_tail(text, m.end(), False)
        kind, dimension = ("money", "currency") if unit else ("number", "count")
        mention = QuantityMention(
            start=m.start(), end=end, text=text[m.start() : end], kind=kind,
            dimension=dimension, unit=unit.symbol if unit else None, value=low,
            value_high=None, hedge=None, precision=scale, low=low, high=math.inf,
            counted=counted, exact=False, form=" ".join(words), written=" ".join(words),
        )  # fmt: skip
        out.append(mention)
    return out


def _currency_after(text: str, pos: int) -> tuple[Unit, int] | None:
    """ "dollars", "US dollars", "pounds" (money here, not weight) after "of"."""
    cur = _CURRENCY_AFTER_RE.match(text, pos)
    if not cur:
        return None
    words = cur.group("c").split()
    for k in (2, 1):
        phrase = " ".join(words[:k])
        if len(words) < k:
            continue
        u = UNITS["GBP"] if phrase.lower() == "pounds" else lookup_unit(phrase)
        if u is not None and u.dimension == "currency" and u.factor == 1:
            return u, pos + len(phrase)
    return None
