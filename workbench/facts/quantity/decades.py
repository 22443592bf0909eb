"""A person's age told as a decade of life (issue 11, session 32): "a man in
his thirties", "a woman in her early 40s", "in their late teens".

No digit is written, so the quantity family never read the age, and "a man in
his thirties" never met "aged 52" or "the 34-year-old". Read here as a count
over the decade's years — "thirties" 30 to 39, "early" the first half of it
(30–34), "mid" its middle (33–37), "late" its end (36–39) — keeping the words
(``written``), so the editor sees "in his thirties (30–39)". ``facts/aged.py``
makes it an age (``Measure.role`` "age").
"""

from __future__ import annotations

import re

from .mention import QuantityMention

__all__ = ["DECADE_AGE", "find_decade_ages"]

_TENS = {
    "teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_PART = {"": (0, 9), "early": (0, 4), "mid": (3, 7), "late": (6, 9)}
DECADE_AGE = re.compile(
    r"\b(?i:in)[ \u00a0]+(?i:his|her|their)[ \u00a0]+"
    r"(?:(?P<part>(?i:early|mid|late))[ \u00a0-]+)?"
    r"(?P<tens>(?i:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    r"|[2-9]0s|[2-9]0['’]s)\b"
)


def _span(tens: str, part: str) -> tuple[float, float]:
    word = tens.lower().replace("'", "").replace("’", "")
    base = int(word[:2]) if word[:2].isdigit() else _TENS[word]
    lo, hi = _PART[part.lower()]
    if base == 13:  # the teens run 13 to 19
        return (13.0, 19.0) if not part else (13.0 + lo * 0.7, 13.0 + hi * 0.7)
    return float(base + lo), float(base + hi)


def find_decade_ages(text: str) -> list[QuantityMention]:
    """Each decade of life the sentence gives a person ("in his thirties")."""
    out = []
    for m in DECADE_AGE.finditer(text):
        low, high = _span(m.group("tens"), m.group("part") or "")
        written = " ".join(m.group().split())
        mention = QuantityMention(
            start=m.start(), end=m.end(), text=m.group(), kind="number",
            dimension="count", unit=None, value=low, value_high=None, hedge=None,
            precision=1.0, low=low, high=high, counted=None, exact=False,
            form=written.lower(), written=written,
        )  # fmt: skip
        out.append(mention)
    return out
