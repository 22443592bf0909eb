"""A reporting period named by the day it ends: "the quarter ended Sept. 30", "its
fiscal year ending June 30, 1990", "the year to March 31", "the half ended Aug. 12".

The period is its own expression, as TimeML marks it, beside the day (which
the date rules read with their tense); :func:`periods_ended` gives the period
the months before that day once the day is resolved, so the two always agree.
A quarter or half ending on a calendar quarter's last day is that quarter
(``1989-Q3``); one ending elsewhere (a fiscal quarter ended July 31) is named
by the calendar quarter holding most of it, with its own interval. A year
ending on 31 December is that year; a fiscal year ending on another day is a
year-long DURATION (``P1Y``, as TimeBank values it) whose interval is those
twelve months, as "the past year" is a year ending on the publication day.
Without a resolved day next to it, the period is left unread.

The day may be written as a weekday or a day counted from publication, as
results and weekly data copy write it ("the quarter ended Saturday", "the year
ending tomorrow", "the week ended Friday"): that day is read with its tense by
the date rules as any other, and the period ends on it (session 31; the period
was dropped, only the day read). A week so named is the seven days ending on
that day, named by the ISO week holding most of them (the ISO week itself when
the day is a Sunday), as a fiscal quarter is named by its calendar quarter.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import datetime, timedelta

from ..lexicon import MONTH_ALT, WEEKDAY_ALT
from .base import Builder, Val, rule
from .cal import add_months, fmt_day, fmt_interval, iso_week, quarter_iv
from .mention import TimeMention

_PENDING = "period ended"  # ``part`` of a period whose day is not read yet
_MONTHS = {"quarter": 3, "half": 6, "year": 12}
_AFTER = r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?"
_GAP = re.compile(_AFTER + r"$", re.IGNORECASE)
_HEADS = ("the quarter ended ", "the half ended ", "the year ended ", "the week ended ")
# a day counted from publication or a weekday: "ended Saturday", "ending tomorrow"
_RELATIVE_DAY = rf"(?:(?:last|this|next)\s+)?(?:{WEEKDAY_ALT})\b|(?:today|tomorrow|yesterday)\b"


@rule(
    r"\b(?:the|its|their)\s+(?:(?:latest|most\s+recent|full|fiscal|financial)\s+){0,2}"
    r"(?P<u>quarter|half|year|week)"
    rf"(?={_AFTER}(?:{MONTH_ALT})(?:\s*\d|\b)|{_AFTER}\d{{1,2}}\s+(?:{MONTH_ALT})"
    rf"|{_AFTER}(?:{_RELATIVE_DAY}))",
    2,
    keys="quarter half year week",
)
def r_period_ended(m: re.Match, text: str) -> Builder | None:
    unit = m.group("u").lower()

    def build(env) -> Val:
        return Val("DATE", "XXXX", None, unit, m.group(0), part=_PENDING)

    return build


def ends_on_its_day(m: TimeMention) -> bool:
    """A period read from the day it ends: no earlier sentence's period replaces it."""
    return m.value.startswith(_HEADS) and " ended " in m.value


def periods_ended(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Give each period named by its last day the months that end on that day; drop
    those whose day was not read or not resolved."""
    out: list[TimeMention] = []
    for i, m in enumerate(ms):
        if m.part != _PENDING:
            out.append(m)
            continue
        day = ms[i + 1] if i + 1 < len(ms) else None
        if (
            day is None
            or day.type != "DATE"
            or day.granularity not in ("day", "month")
            or day.interval is None
            or not _GAP.fullmatch(text[m.end : day.start])
        ):
            continue
        out.append(_resolved(m, day.interval[1]))
    return out


def _resolved(m: TimeMention, end: datetime) -> TimeMention:
    if m.granularity == "week":
        return _week_ended(m, end)
    months = _MONTHS[m.granularity]
    y, mo = add_months(end.year, end.month, -months)
    start = end.replace(year=y, month=mo, day=min(end.day, monthrange(y, mo)[1]))
    last = fmt_day((end - timedelta(days=1)).date())
    aligned = end.day == 1 and end.month % 3 == 1
    head = "the year" if months == 12 else f"the {m.granularity}"
    value = f"{head} ended {last} ({fmt_interval(start, end)})"
    base = replace(m, part=None, modifier=None, interval=(start, end), value=value)
    if months == 12:
        if end.month == 1 and end.day == 1:
            return replace(base, timex=f"{start.year:04d}", granularity="year")
        seconds = (end - start).total_seconds()
        return replace(
            base, type="DURATION", timex="P1Y", granularity="year", amount=(seconds, seconds)
        )
    mid = start + (end - start) / 2  # the calendar quarter holding most of it
    q = (mid.month - 1) // 3 + 1
    if months == 6:
        h = 1 if mid.month <= 6 else 2
        return replace(base, timex=f"{mid.year:04d}-H{h}", granularity="half")
    if aligned:
        start, _ = quarter_iv(mid.year, q)
        base = replace(base, interval=(start, end))
    return replace(base, timex=f"{mid.year:04d}-Q{q}", granularity="quarter")


def _week_ended(m: TimeMention, end: datetime) -> TimeMention:
    """'the week ended Friday', 'the week ending Oct. 21': the seven days ending on
    that day, named by the ISO week holding most of them (as a fiscal quarter is
    named by its calendar quarter)."""
    start = end - timedelta(days=7)
    last = (end - timedelta(days=1)).date()
    value = f"the week ended {fmt_day(last)} ({fmt_interval(start, end)})"
    mid = (start + timedelta(days=3)).date()
    return replace(
        m, part=None, modifier=None, interval=(start, end), value=value, timex=iso_week(mid)
    )
