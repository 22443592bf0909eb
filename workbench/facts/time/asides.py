"""The day of a clock time from the same instant given in brackets in another zone,
as the wire writes it: "at 9 p.m. EDT (0100 GMT Tuesday)" is Monday 21:00 EDT, "the
quake struck at 3:15 a.m. (1915 GMT Sunday)" is Monday 03:15 (eight hours ahead of
GMT), and in "at 9 p.m. EDT (0100 GMT) Monday" the bracketed clock is Tuesday's.

With both zones stated the day is exact; with the local zone unstated it is the day
that puts the local clock between 12 hours behind and 14 hours ahead of the other
(the span of the world's zones), the nearer one if two would.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .cal import day_iv
from .mention import TimeMention

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_BEHIND, _AHEAD = timedelta(hours=-12), timedelta(hours=14)


def aside_day(text: str, ms: list[TimeMention], i: int) -> TimeMention | None:
    """A day for the clock ``ms[i]`` (no day of its own) from the next two mentions,
    the same instant in brackets with its day ("(0100 GMT Tuesday)"), as a day
    mention to attach; None when there is no such aside or the day cannot be told."""
    if i + 2 >= len(ms):
        return None
    m, aside, day = ms[i], ms[i + 1], ms[i + 2]
    if not (m.clock and len(m.clock) == 1 and aside.type == "TIME" and aside.tz is not None):
        return None
    if len(aside.clock) != 1 or not _OPEN.fullmatch(text, m.end, aside.start):
        return None
    if not (text[aside.end : day.start].isspace() and _CLOSE.match(text, day.end)):
        return None  # "(0100 GMT Tuesday)": the day inside the brackets
    if day.type != "DATE" or day.granularity != "day" or day.interval is None:
        return None
    there = day.interval[0] + timedelta(minutes=aside.clock[0][0])
    d = local_day(m.clock[0][0], m.tz, there, aside.tz)
    if d is None:
        return None
    return replace(day, interval=day_iv(d))


def other_day(local: date, minutes: int, tz: int | None, other: TimeMention) -> date | None:
    """The day of the bracketed clock ``other`` when the local clock (``minutes`` past
    midnight on ``local``, zone ``tz``) is the same instant: "9 p.m. EDT (0100 GMT)
    Monday" puts the GMT clock on Tuesday."""
    if not other.clock or len(other.clock) != 1 or other.tz is None:
        return None
    lo = datetime.combine(local, datetime.min.time()) + timedelta(minutes=minutes)
    at = other.clock[0][0]
    best = None
    for d in (local - timedelta(days=1), local, local + timedelta(days=1)):
        there = datetime.combine(d, datetime.min.time()) + timedelta(minutes=at)
        gap = _gap(lo, tz, there, other.tz)
        if gap is not None and (best is None or abs(gap) < abs(best[0])):
            best = (gap, d)
    return best[1] if best else None


def local_day(minutes: int, tz: int | None, there: datetime, there_tz: int) -> date | None:
    best = None
    for d in (there.date() - timedelta(days=1), there.date(), there.date() + timedelta(days=1)):
        lo = datetime.combine(d, datetime.min.time()) + timedelta(minutes=minutes)
        gap = _gap(lo, tz, there, there_tz)
        if gap is not None and (best is None or abs(gap) < abs(best[0])):
            best = (gap, d)
    return best[1] if best else None


def _gap(lo: datetime, tz: int | None, there: datetime, there_tz: int) -> timedelta | None:
    """How far the local wall clock is ahead of the other's at the same instant: the
    stated zones' difference (exact, or None if they disagree), else any in range."""
    gap = lo - there
    if tz is not None:
        return gap if gap == timedelta(minutes=tz - there_tz) else None
    return gap if _BEHIND <= gap <= _AHEAD else None
