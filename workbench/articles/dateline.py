"""The publication date a pasted article states in its dateline.

Copy pasted from a wire or a web page often has no header but opens with a
line that dates it: "Jul 13, 2009/02:00 pm (CNA)", "Published: 23 June 2021",
"Updated 3:45 PM EDT, Wed June 23, 2021", "By Jane Doe | June 23, 2021" or
"LONDON, June 23, 2021 (Reuters) - ...". Without it every relative date in the
article ("on Monday", "last month") stays unresolved. Only a line made of the
date and what datelines carry around it counts: a date inside the story's
first sentence ("On June 23, 2021, the council voted ...") is not a dateline.
Only full dates with their year are read; "LONDON, June 23 (Reuters)" names no
year, and guessing one is what the strict header refuses to do.

A date in figures ("02.29.12 4:15 PM", "29/02/2012 16:15") is read when its
order is certain: a year first is year, month, day; otherwise a number above
12 is the day, two equal numbers are one day, and a weekday on the line that
only one reading falls on decides. "02.03.12" is 3 February or 2 March 2012:
neither is presented as fact; the dateline is found with both readings and
no day (``Dateline.day`` None), so the article says so. A two-digit year is
19xx from 70 up, else 20xx (POSIX ``strptime``'s rule).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .posted_line import posted_date

_MONTH = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_MONTH_NAME = (
    r"(?P<monN>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<dayN>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<yearN>(?:19|20)\d\d)"


def _n(pattern: str, n: int) -> str:
    return pattern.replace("N>", f"{n}>")


_DATE = (
    rf"(?:{_n(_MONTH_NAME, 1)}\s+{_n(_DAY, 1)},?\s+{_n(_YEAR, 1)}"  # Jul 13, 2009
    rf"|{_n(_DAY, 2)}(?:\s+of)?\s+{_n(_MONTH_NAME, 2)},?\s+{_n(_YEAR, 2)}"  # 13 July 2009
    rf"|{_n(_DAY, 3)}-{_n(_MONTH_NAME, 3)}-{_n(_YEAR, 3)}"  # 13-Jul-2009
    r"|(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)"  # 2009-07-13
    r"|(?P<na>[0-3]?\d)(?P<nsep>[/-])(?P<nb>[0-3]?\d)(?P=nsep)(?P<ny>(?:19|20)?\d\d)"  # 7/13/09
    r"|(?P<na2>[0-3]?\d)\.(?P<nb2>[0-3]?\d)\.(?P<ny2>(?:19|20)\d\d)"  # 29.2.2012
    # with dots and two figures of year, two of each (02.29.12): "1.2.10" is a version
    r"|(?P<na3>[0-3]\d)\.(?P<nb3>[0-3]\d)\.(?P<ny3>\d\d))"
)
# a time has its minutes or its am/pm: a bare "2" is not a time
_CLOCK = (
    r"\d{1,2}(?:[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
    r"(?:\s*(?:\(?[A-Z]{2,5}\)?|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?))?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_LABEL = (
    r"(?:first\s+|last\s+|originally\s+)?"
    r"(?:published|updated|posted|dated|date|modified|issued|released)\b(?:\s+on)?\s*:?"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# what may stand before the date on a dateline line
_BEFORE = (
    rf"(?:\s*(?:{_LABEL}|{_WEEKDAY}|{_CLOCK}(?![./-]\d)\s*[,|/–—-]?"  # not 02.29 of 02.29.12
    rf"|by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}\s*[|,/–—-]"  # a byline
    r"|[A-Z][A-Z .'’-]{1,30}(?:\s*\([A-Za-z .&]{2,20}\))?\s*,"  # LONDON, / PARIS (AFP),
    r"|[|•·,]))*+\s*"  # possessive: "Mon, Mon, …" has one reading, never 2^n
)
# and after it: a time, a time zone, the agency, then the end of the line or a dash
_AFTER = (
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"  # ISO: 2012-02-29T16:15Z
    rf"(?:\s*(?:[,|/@•·]|at)?\s*{_CLOCK})?"
    r"(?:\s*[,|]?\s*\([A-Za-z .&/-]{2,30}\))?"
    r"\s*(?:$|[–—]|-\s|\|)"
)
_HEAD = 160  # a dateline's date comes early: the rest of a long lede is not read
_LINE = re.compile(rf"\A{_BEFORE}{_DATE}{_AFTER}", re.IGNORECASE)
# a blog's posting line, its date at the end ("… posted in Local News on Wednesday,
# September 18, 2013."): read by ``posted_line`` (trial 45)
_DATE_ANYWHERE = re.compile(rf"\b{_DATE}", re.IGNORECASE)
_TO_THE_END = rf"(?:\s*(?:,|at)?\s*{_CLOCK})?\s*\.?\s*"


class Dateline(NamedTuple):
    """A dateline: its day (None when its figures can be read two ways), the
    line as written, and the two days it can be when so."""

    day: date | None
    line: str
    readings: tuple[date, ...] = ()


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 June: not a date, so not a dateline
        return None


def _readings(m: re.Match, line: str) -> tuple[date, ...]:
    """The days a matched dateline can be: one, two (figures in an order the
    line does not settle) or none (no such day)."""
    if m["iy"]:
        return tuple(d for d in [_day(int(m["iy"]), int(m["im"]), int(m["id"]))] if d)
    if (k := next((k for k in ("", "2", "3") if m[f"na{k}"]), None)) is not None:
        year = int(m[f"ny{k}"])
        year += 0 if year >= 100 else 1900 if year >= 70 else 2000
        a, b = int(m[f"na{k}"]), int(m[f"nb{k}"])
        days = {d for d in (_day(year, a, b), _day(year, b, a)) if d}
        named = {
            _WEEKDAYS.index(w[:3].lower()) for w in _WEEKDAY_WORD.findall(line[: m.start(f"na{k}")])
        }
        if len(days) == 2 and len(named) == 1:
            days = {d for d in days if d.weekday() in named} or days
        return tuple(sorted(days))
    n = next(k for k in (1, 2, 3) if m[f"year{k}"])
    month = _MONTH[m[f"mon{n}"][:3].lower()]
    return tuple(d for d in [_day(int(m[f"year{n}"]), month, int(m[f"day{n}"]))] if d)


def dateline(body: str) -> Dateline | None:
    """The first dateline among the body's first three non-empty lines: its
    date and the line as written; one whose figures can be read two ways is
    given with no day and both readings, unless a later one of those lines
    dates the text; None when there is none."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()][:3]
    unsure = None
    for line in lines:
        m = _LINE.match(line[:_HEAD]) or posted_date(line, _DATE_ANYWHERE, _TO_THE_END)
        days = _readings(m, line) if m else ()
        if len(days) == 1:
            return Dateline(days[0], line)
        if days and unsure is None:
            unsure = Dateline(None, line, days)
    return unsure
