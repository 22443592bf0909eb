"""A bare weekday told after the article has placed that weekday (issue 11,
session 41).

A bare weekday is placed from publication by its tense: in a piece of Thursday
27 March, "police raided his flat on Wednesday" is 26 March. A report published
a week or more after its event often places the day first - "last Wednesday
night" (read a week back in a paper of the Wednesday or the Thursday after,
:mod:`.lastday`), "on Wednesday, 19 March", a timeline line "- Wednesday 19
March, 22:10" - and then goes on with "on Wednesday", "Wednesday's raid": the
same day, told short. Read from publication, the short form fell in the week of
publication, and another report's "March 19" was called a conflict with it.

:func:`anchored_weekday` reads such a bare weekday as the day the article placed
before it, under all of these:

- the weekday is bare (a part of the day may follow: "Wednesday night"), read in
  the past or with no tense, on or before publication;
- an earlier sentence of the article placed that weekday on exactly one day, one
  that falls on it (a weekday written with a date it does not fall on places
  nothing), and that day is a week before the bare reading: the only other
  reading a past bare weekday has;
- the article named the bare reading's own day in no other words so far
  ("yesterday", "March 26"): then the week of publication is told too, and the
  bare weekday is left where its tense put it.

A clock of the same sentence dated by the moved weekday ("at 10pm on
Wednesday") moves with it. Why it holds on events not seen: it reads only how
the article itself dates a weekday, never an event's words; the usual case, a
bare past weekday in a piece published that day or within the week with no other
placing of it, reads as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..lexicon import WEEKDAY_ALT, WEEKDAYS
from .cal import fmt_day
from .mention import TimeMention
from .pastday import SAID_WEEKDAY

_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_BARE = re.compile(rf"(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY_ALT}){_PARTS}", re.IGNORECASE)
# a weekday placed by a week counted back: "last Wednesday (night)", "Wednesday of
# last week", "Wednesday last week"
_BACK = re.compile(
    rf"last\s+(?P<wd>{WEEKDAY_ALT}){_PARTS}"
    rf"|(?P<wd2>{WEEKDAY_ALT}){_PARTS}\s+(?:of\s+)?(?:last|the\s+previous)\s+week",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b(?P<wd>{WEEKDAY_ALT})\b", re.IGNORECASE)
_DATE_WRITTEN = re.compile(r"\d")
_WEEK = timedelta(days=7)

# what the article has placed so far: (weekday, day, the words that placed it)
Placed = tuple[tuple[int, date, str], ...]


def _a_day(m: TimeMention) -> bool:
    return (
        m.type == "DATE"
        and m.interval is not None
        and m.granularity in ("day", "partofday")
        and re.match(r"\d{4}-\d\d-\d\d", m.timex) is not None
    )


def _day(m: TimeMention) -> date:
    return m.interval[0].date()


def placing(m: TimeMention) -> tuple[int, date, str] | None:
    """The weekday a mention places on a day, with a date written ("Wednesday, 19
    March", "Thursday afternoon (13 March)") or a week counted back ("last
    Wednesday night"), when that day falls on it; else None."""
    if not _a_day(m) or SAID_WEEKDAY in dict(m.fields):
        return None
    back = _BACK.fullmatch(m.text)
    named = _WEEKDAY.search(m.text)
    if back is not None:
        wd = WEEKDAYS[(back["wd"] or back["wd2"]).lower()]
    elif named is not None and _DATE_WRITTEN.search(m.text):
        wd = WEEKDAYS[named["wd"].lower()]
    else:
        return None
    day = _day(m)
    if day.isoweekday() != wd or (m.published is not None and day > m.published):
        return None
    return wd, day, m.text


def _bare(m: TimeMention) -> int | None:
    if not _a_day(m) or m.tense in ("future", "present") or m.fields:
        return None
    bare = _BARE.fullmatch(m.text)
    if bare is None or m.published is None or _day(m) > m.published:
        return None
    return WEEKDAYS[bare["wd"].lower()]


def _moved(m: TimeMention, back: timedelta, why: str = "") -> TimeMention:
    old = _day(m)
    new = old - back
    label = fmt_day(old)
    value = m.value.replace(label, fmt_day(new)) if label in m.value else m.value
    return replace(
        m,
        timex=new.isoformat() + m.timex[10:],
        interval=(m.interval[0] - back, m.interval[1] - back),
        value=value + why,
        deictic=False,
    )


def anchored_weekday(
    ms: list[TimeMention], placed: Placed, named: frozenset[date]
) -> list[TimeMention]:
    """The mentions of one sentence, each bare weekday the article placed a week
    earlier before it read on that day (see the module), with the clocks its day
    dated."""
    out = list(ms)
    for i, m in enumerate(ms):
        wd = _bare(m)
        if wd is None:
            continue
        days = {(d, words) for w, d, words in placed if w == wd}
        if len({d for d, _ in days}) != 1:
            continue
        day, words = next(iter(days))
        old = _day(m)
        if old - day != _WEEK or old in named:
            continue
        out[i] = _moved(m, _WEEK, f" (the {m.text.split()[0].title()} of '{words}')")
        for k, other in enumerate(out):
            if other.type == "TIME" and other.interval is not None and _day(other) == old:
                out[k] = _moved(other, _WEEK)  # "at 10pm on Wednesday"
    return out


def placed_after(
    ms: list[TimeMention], placed: Placed, named: frozenset[date]
) -> tuple[Placed, frozenset[date]]:
    """What the article has placed and named once it has told ``ms`` too: the
    weekdays placed, and the single days named in other words than a bare
    weekday ("yesterday", "March 26")."""
    new = tuple(p for m in ms if (p := placing(m)) is not None)
    days = frozenset(_day(m) for m in ms if _a_day(m) and _BARE.fullmatch(m.text) is None)
    return placed + new, named | days
