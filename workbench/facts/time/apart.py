"""How far apart two times that do not overlap are, in words: 'no overlap
(1 day apart)'. One rule for every distance between dates and times: whole
days when the sides are days, calendar days when one side names no clock
time, hours and minutes only between two clock times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .cal import fmt_seconds

_TICK = timedelta(microseconds=1)


def midnight(x: datetime) -> bool:
    return (x.hour, x.minute, x.second, x.microsecond) == (0, 0, 0, 0)


def gap_words(a: tuple, b: tuple, like: bool, clocks: bool = True) -> str:
    """'no overlap (1 day apart)': starts of like periods compared, else the gap
    between. ``clocks``: both sides name a clock time; when one does not, a
    distance that is no whole number of days is said in calendar days (trial
    39 read "5 hours apart" for a Tuesday against a Wednesday morning beside
    "1 day apart" for a Tuesday against a Wednesday)."""
    if like and None not in a and None not in b:
        x, y = sorted((a[0], b[0]))
        first = x.date()  # the earlier side's day
    elif a[1] is not None and b[0] is not None and a[1] <= b[0]:
        x, y = a[1], b[0]
        first = _last_day(a)
    elif b[1] is not None and a[0] is not None and b[1] <= a[0]:
        x, y = b[1], a[0]
        first = _last_day(b)
    else:
        return "no overlap"
    if x >= y:
        return "no overlap"
    months = (y.year - x.year) * 12 + y.month - x.month
    if x.day == y.day == 1 and midnight(x) and midnight(y) and months:
        n, unit = (months // 12, "year") if months % 12 == 0 else (months, "month")
        return f"no overlap ({n} {unit}{'' if n == 1 else 's'} apart)"
    seconds = (y - x).total_seconds()
    if not clocks and seconds % 86400:
        days = (y.date() - first).days
        if days < 1:
            return "no overlap (different times of the same day)"
        return f"no overlap ({fmt_seconds(days * 86400)} apart)"
    return f"no overlap ({fmt_seconds(seconds)} apart)"


def _last_day(iv: tuple) -> date:
    """The last day of the earlier side: a night ending the next morning is
    its evening's day, as written ("Thursday night")."""
    lo, hi = iv
    if lo is not None and hi - lo < timedelta(days=1):
        return lo.date()
    return (hi - _TICK).date()
