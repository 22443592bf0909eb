"""How TimeML marks an expression the analysis reads its own way: export only.

:func:`combine.timeml_extents` applies these to every mention it exports; the
analysis never sees them (it keeps one range of lengths, "60 and 90 days", and
compares "around Nov. 1" by its modifier). Each convention is the one the
TimeML corpora follow, counted on TimeBank (development) and MEANTIME:

- "around" before a day or a clock time is inside the TIMEX3 (TimeML's
  ``mod="APPROX"``: TimeBank "around Nov. 1", "around 7:15 p.m.", "around year
  end", 3 of 3); "about" before a day is not (TimeBank 3 of 4 leave it out);
- "or later", "or earlier", "and beyond" after a date are inside it (TimeBank
  "1994 or later", "1990 and beyond", 2 of 2);
- a degree word before "recently" or "soon" is inside ("More recently" in
  TimeBank and MEANTIME, "very soon" in MEANTIME);
- the preposition of "at one point", "at the moment" is outside, as TimeML
  leaves every preposition ("at the time" is already "the time"; MEANTIME
  "one point");
- a range of lengths written once, "two to six days", "between 60 and 90 days",
  is two TIMEX3s, the first number alone with the unit it shares ("two" =
  ``P2D``, "six days" = ``P6D``: TimeBank and MEANTIME, 2 of 3).

Measured and left out: "for centuries", "for decades" as ``PXC``, ``PXE`` (TimeBank
one value more, AQUAINT and MEANTIME one fewer each: ``PXY`` stays).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..numwords import word_number
from .lex import fmt_num
from .mention import REFS, TimeMention

_APPROX_BEFORE = re.compile(r"\baround\s+$", re.I)


def with_approx(text: str, m: TimeMention) -> TimeMention:
    """'around Nov. 1', 'around 7:15 p.m.': the hedge inside the TIMEX3."""
    if m.type not in ("DATE", "TIME") or m.modifier != "around" or m.timex in REFS:
        return m
    a = _APPROX_BEFORE.search(text, max(0, m.start - 12), m.start)
    return m if a is None else replace(m, start=a.start(), text=text[a.start() : m.end])


_OPEN_END = re.compile(r"\s+(?:or\s+(?:later|earlier|sooner|after)|and\s+beyond)\b", re.I)


def with_open_end(text: str, m: TimeMention) -> TimeMention:
    """'1994 or later', '1990 and beyond': the open end inside the TIMEX3."""
    if m.type != "DATE" or m.timex in REFS or m.timex.startswith("P"):
        return m
    e = _OPEN_END.match(text, m.end)
    return m if e is None else replace(m, end=e.end(), text=text[m.start : e.end()])


_DEGREE_BEFORE = re.compile(r"\b(?:more|most|very)\s+$", re.I)
_DEGREED = ("recently", "soon")


def with_degree(text: str, m: TimeMention) -> TimeMention:
    """'more recently', 'most recently', 'very soon': the degree word inside."""
    if m.timex not in REFS or m.text.lower() not in _DEGREED:
        return m
    d = _DEGREE_BEFORE.search(text, max(0, m.start - 6), m.start)
    return m if d is None else replace(m, start=d.start(), text=text[d.start() : m.end])


_AT_A_POINT = re.compile(
    r"at\s+(?=(?:one|some|this|that|the|any)\s+(?:point|moment|stage|juncture)$)", re.I
)


def without_at(m: TimeMention) -> TimeMention:
    """'at one point', 'at the moment': the preposition outside the TIMEX3."""
    a = _AT_A_POINT.match(m.text)
    if a is None or m.timex not in REFS:
        return m
    return replace(m, start=m.start + a.end(), text=m.text[a.end() :])


_LENGTH_RANGE = re.compile(
    r"(?P<a>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s*(?:-|–|to|and)\s*(?P<b>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?P<u>[a-z]+)$",
    re.I,
)
_VAGUE_LENGTH = re.compile(r"P(?P<t>T?)X(?P<code>[A-Z])$")


def range_ends(m: TimeMention) -> list[TimeMention]:
    """'two to six days', '60 and 90 days', '10-15 years': two TIMEX3s, the first
    number alone ('two' = ``P2D``) and the second with the unit ('six days')."""
    v = _VAGUE_LENGTH.match(m.timex)
    r = _LENGTH_RANGE.fullmatch(m.text) if m.type == "DURATION" else None
    if v is None or r is None or m.amount is None or m.amount[1] is None:
        return [m]
    lo, hi = word_number(r.group("a")), word_number(r.group("b"))
    if lo is None or hi is None or not 0 < lo < hi:
        return [m]
    head = f"P{v.group('t')}"
    first = replace(
        m,
        end=m.start + r.end("a"),
        text=r.group("a"),
        timex=f"{head}{fmt_num(lo)}{v.group('code')}",
    )
    second = replace(
        m,
        start=m.start + r.start("b"),
        text=m.text[r.start("b") :],
        timex=f"{head}{fmt_num(hi)}{v.group('code')}",
    )
    return [first, second]
