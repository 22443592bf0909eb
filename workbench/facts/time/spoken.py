"""Years and decades said in words, as broadcast transcripts write them: "in
nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen
ninety-four", "the year two thousand", "the eighties".

"Nineteen ninety-six" is read as a year only in the century-then-tens form,
which no count uses; "two thousand (and) five" is a year only after "the year"
or a preposition and before punctuation ("in two thousand five."), since "two
thousand five hundred" and "two thousand and five people" are counts.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_FULL_ALT, ONES, TENS
from .base import (
    PART_WORDS,
    Builder,
    Env,
    Val,
    month_num,
    rule,
    v_decade,
    v_month,
    v_season,
    v_year,
    with_part,
)
from .lex import SEASONS

_UNIT = "|".join(w for w, v in ONES.items() if 0 < v < 10)
_TEEN = "|".join(w for w, v in ONES.items() if 0 < v < 20)
_TENS = "|".join(TENS)
_CENTURY = {"eighteen": 1800, "nineteen": 1900}
_PREPS = ("in", "by", "since", "until", "till", "before", "after", "of", "from", "to", "through")


@rule(
    rf"\b(?:(?P<mon>{MONTH_FULL_ALT})\s+|(?:the\s+)?(?P<sea>winter|spring|summer|autumn|fall)"
    r"\s+of\s+|(?P<the>the\s+year\s+))?"
    rf"(?:(?P<c>nineteen|eighteen)\s+(?P<t>{_TENS})(?:[-\s](?P<u>{_UNIT}))?(?![-\w])"
    rf"|(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<k2>{_TEEN}|twenty(?:[-\s](?:{_UNIT}))?))?"
    r"(?![-\w]|\s+(?:hundred|thousand|million|billion)\b))",
    2,
    keys="nineteen eighteen thousand",
)
def r_spoken_year(m: re.Match, text: str) -> Builder | None:
    if m.group("c"):
        y = _CENTURY[m.group("c").lower()] + TENS[m.group("t").lower()]
        y += ONES[m.group("u").lower()] if m.group("u") else 0
    else:
        y = 2000 + _small(m.group("k2"))
        after = text[m.end() : m.end() + 2]
        if not m.group("the") and not (after == "" or after[0] in ".,;:)!?'\""):
            return None  # "two thousand five people"
    mon = m.group("mon")
    if mon and not mon[0].isupper():
        return None
    sea = m.group("sea")

    def build(env: Env) -> Val | None:
        if not (m.group("the") or mon or sea or m.group("c")) and env.prev not in _PREPS:
            return None
        if mon:
            return v_month(y, month_num(mon))
        if sea:
            return v_season(y, SEASONS[sea.lower()])
        return v_year(y)

    return build


def _small(words: str | None) -> int:
    """'five' -> 5, 'twenty-one' -> 21, None -> 0."""
    if not words:
        return 0
    parts = re.split(r"[-\s]+", words.lower())
    return sum(TENS.get(p, 0) or ONES.get(p, 0) for p in parts)


_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
# "in their forties", "highs in the nineties": ages and temperatures, not decades
_NOT_DECADE_RE = re.compile(
    r"degree|temperature|°|\bhighs?\b|\blows?\b|fahrenheit|celsius|\baged?\b|\bscor|\bmph\b",
    re.IGNORECASE,
)


@rule(
    r"\bthe\s+(?:(?P<p>early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?"
    r"(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    2,
    keys="twenties thirties forties fifties sixties seventies eighties nineties",
)
def r_spoken_decade(m: re.Match, text: str) -> Builder | None:
    """'the eighties', 'the late nineteen-sixties': a decade of the 1900s."""
    if _NOT_DECADE_RE.search(text):
        return None
    start = 1900 + _DECADES[m.group("dec").lower()]
    part = PART_WORDS.get((m.group("p") or "").lower())

    def build(env: Env) -> Val:
        return with_part(v_decade(start), part, env)

    return build
