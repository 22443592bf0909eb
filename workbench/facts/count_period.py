"""The period a count was counted over, as its own clause tells it (issue 11,
session 41): "admitted 248 patients with heat-related illness between Monday
and Wednesday" / "More than 3,100 people were admitted … between Monday and
Friday"; "from Tuesday to Thursday", "in the three days to Sunday".

Two counts over periods told differently are two counts, not one figure
misreported; and the ends of two such periods are the ends of two counts,
not two dates of one happening (judge/periods_apart.py; opened heatwave
event, session 40's row B4: readers judged both conflicts "different
scope").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .area_told import FRONTED
from .whose import clause_bounds

_S = r"[ \u00a0]+"
_DAY = (
    r"(?:(?:last" + _S + r"|this" + _S + r"|next" + _S + r")?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|yesterday|today|\d{1,2}(?:st|nd|rd|th)?" + _S
    + r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?" + _S + r"\d{1,2}(?:st|nd|rd|th)?)"
)  # fmt: skip
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)"
# "between Monday and Wednesday", "from Tuesday to Thursday", "from 3 May until 9 May",
# "in the three days to Sunday", "over the week to Friday"
_PERIOD = re.compile(
    r"\b(?:between" + _S + r"(?P<a>" + _DAY + r")" + _S + r"and" + _S + r"(?P<b>" + _DAY + r")"
    + r"|from" + _S + r"(?P<c>" + _DAY + r")" + _S + r"(?:to|until|till|through)" + _S
    + r"(?P<d>" + _DAY + r")"
    + r"|(?:in|over|during)" + _S + r"the" + _S + r"(?P<n>" + _NUMBER + _S + r"days|week|"
    + r"fortnight)" + _S + r"(?:to|until|ending)" + _S + r"(?P<e>" + _DAY + r"))\b",
    re.IGNORECASE,
)  # fmt: skip
# a count in the clause: a numeral or number word not part of a date or a clock
_COUNT = re.compile(
    r"(?<![\w:.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w:%]|[.,]\d|" + _S + r"(?:am|pm|a\.m|p\.m|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s*(?:per" + _S + r"cent|percent))",
    re.IGNORECASE,
)  # fmt: skip


def _fronted(text: str) -> re.Match[str] | None:
    """The period fronted before the sentence's first clause, if any."""
    lead = FRONTED.match(text)  # area_told's: a place or a period fronted
    if lead is None:
        return None
    for at in (len(text) - len(text.lstrip()), lead.end()):
        m = _PERIOD.match(text, at)
        if m and text[m.end() :].lstrip().startswith(","):
            return m
    return None


def _first_clause_end(text: str, after: int) -> int:
    stop = re.compile(r"[;:.](?:\s|$)").search(text, after)
    return stop.start() if stop else len(text)


def _words(m: re.Match[str]) -> tuple[str, str]:
    lo = m.group("a") or m.group("c") or m.group("n") or ""
    hi = m.group("b") or m.group("d") or m.group("e") or ""
    return " ".join(lo.lower().split()), " ".join(hi.lower().split())


@lru_cache(maxsize=4096)
def count_period(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The (first, last) words of the period the count at ``text[start:end]`` was
    counted over, from its own clause ("between Monday and Wednesday" ->
    ("monday", "wednesday"); "in the three days to Sunday" -> ("three days",
    "sunday")), or None when its clause tells none."""
    lo, hi = clause_bounds(text, start, end)
    for m in _PERIOD.finditer(text, lo, hi):
        return _words(m)
    m = _fronted(text)
    if m and m.end() <= start < _first_clause_end(text, m.end()):
        return _words(m)
    return None


@lru_cache(maxsize=4096)
def period_end(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The period the date at ``text[start:end]`` opens or ends, when it is one end
    of a period a count of its clause was counted over ("admitted 248 patients
    … between Monday and Wednesday": "Wednesday" -> ("monday", "wednesday")), or
    None (a period no count of its clause is told over: "the strike runs from
    Monday to Wednesday")."""
    lo, hi = clause_bounds(text, start, end)
    for m in _PERIOD.finditer(text, lo, hi):
        if not m.start() <= start < m.end():
            continue
        before = text[lo : m.start()] + " " + text[m.end() : hi]
        if _COUNT.search(before):
            return _words(m)
        break
    m = _fronted(text)
    if m and m.start() <= start < m.end():
        rest = text[m.end() : _first_clause_end(text, m.end())]
        return _words(m) if _COUNT.search(rest) else None
    return None
