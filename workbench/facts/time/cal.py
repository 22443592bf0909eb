"""Calendar arithmetic and labels for time expressions.

Intervals for days, ISO weeks, months, quarters, halves, seasons and years;
Easter and n-th weekdays; parts of a period ("early", "end of"); and the
labels an editor reads ("Tue 22 Jun 2021", "21–27 Jun 2021", "48 hours").
Intervals are [start, end) pairs of naive datetimes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..lexicon import MONTH_ABBR, MONTH_NAMES, WEEKDAY_ABBR
from .lex import SEASON_START, fmt_num

# Intervals are kept only well inside datetime's range (years 1-9999): with
# their own length of leeway either side ("around" a century) and a day for a
# time-zone shift (``datetime.timestamp``), nothing downstream can leave it.
SAFE_MIN = datetime(1, 1, 2)
SAFE_MAX = datetime(9999, 12, 30)


def in_safe_range(iv: tuple[datetime, datetime]) -> bool:
    """Can ``iv`` be widened by its own length (at least a day) and converted
    to a timestamp without leaving datetime's range?"""
    lo, hi = iv
    w = max(hi - lo, timedelta(days=1))
    return lo - SAFE_MIN >= w and SAFE_MAX - hi >= w


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def day_iv(d: date) -> tuple[datetime, datetime]:
    s = dt(d)
    return s, s + timedelta(days=1)


def month_iv(y: int, m: int) -> tuple[datetime, datetime]:
    y2, m2 = add_months(y, m, 1)
    return datetime(y, m, 1), datetime(y2, m2, 1)


def year_iv(y: int, n: int = 1) -> tuple[datetime, datetime]:
    return datetime(y, 1, 1), datetime(y + n, 1, 1)


def quarter_iv(y: int, q: int) -> tuple[datetime, datetime]:
    s = datetime(y, 3 * q - 2, 1)
    y2, m2 = add_months(y, 3 * q - 2, 3)
    return s, datetime(y2, m2, 1)


def half_iv(y: int, h: int) -> tuple[datetime, datetime]:
    return (
        (datetime(y, 1, 1), datetime(y, 7, 1))
        if h == 1
        else (datetime(y, 7, 1), datetime(y + 1, 1, 1))
    )


def season_iv(y: int, s: str) -> tuple[datetime, datetime]:
    """Meteorological seasons; winter Y runs from December Y into February Y+1."""
    m = SEASON_START[s]
    y2, m2 = add_months(y, m, 3)
    return datetime(y, m, 1), datetime(y2, m2, 1)


def season_of(d: date) -> tuple[int, str]:
    """The (year, season) instance containing ``d``."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[d.month - 3]


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_iv(d: date) -> tuple[datetime, datetime]:
    s = dt(monday(d))
    return s, s + timedelta(days=7)


def weekend_iv(d: date) -> tuple[datetime, datetime]:
    """Saturday 00:00 to Monday 00:00 of the ISO week containing ``d``."""
    s = dt(monday(d)) + timedelta(days=5)
    return s, s + timedelta(days=2)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """n-th ``wd`` (1=Mon) of a month, e.g. US Thanksgiving = 4th Thursday of November."""
    d = date(y, m, 1)
    d += timedelta(days=(wd - 1 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def narrow(iv: tuple[datetime, datetime], part: str) -> tuple[datetime, datetime]:
    """The part of an interval that 'early', 'mid', 'end of' … point at.

    Thirds are generous and overlap (early = first 40%, mid = 30–70%, late =
    last 40%) because writers use them loosely; a false conflict costs an
    editor more than a missed one. Bounds are rounded to whole days when the
    interval is at least a week long.
    """
    lo, hi = iv
    span = hi - lo
    fr = {
        "early": (0.0, 0.4),
        "start of": (0.0, 0.25),
        "first half": (0.0, 0.5),
        "mid": (0.3, 0.7),
        "late": (0.6, 1.0),
        "end of": (0.75, 1.0),
        "second half": (0.5, 1.0),
    }.get(part)
    if fr is None:
        return iv
    a, b = lo + span * fr[0], lo + span * fr[1]
    if span >= timedelta(days=7):
        a = datetime(a.year, a.month, a.day)
        if b != hi:
            b = datetime(b.year, b.month, b.day) + timedelta(days=1)
    return a, min(b, hi)


# ---------------------------------------------------------------- labels


def fmt_day(d: date) -> str:
    return f"{WEEKDAY_ABBR[d.isoweekday()]} {d.day} {MONTH_ABBR[d.month]} {d.year}"


def fmt_range(a: date, b: date) -> str:
    """Inclusive day range: '21–27 Jun 2021', '28 Jun – 4 Jul 2021'."""
    if a == b:
        return fmt_day(a)
    if a.year != b.year:
        return f"{a.day} {MONTH_ABBR[a.month]} {a.year} – {b.day} {MONTH_ABBR[b.month]} {b.year}"
    if a.month != b.month:
        return f"{a.day} {MONTH_ABBR[a.month]} – {b.day} {MONTH_ABBR[b.month]} {b.year}"
    return f"{a.day}–{b.day} {MONTH_ABBR[a.month]} {a.year}"


def fmt_interval(lo: datetime, hi: datetime) -> str:
    """An interval as an editor reads it: a day, a month, a year, or a range."""
    one = timedelta(days=1)
    if lo.time() == hi.time() == datetime.min.time():
        if hi - lo == one:
            return fmt_day(lo.date())
        if lo.day == 1 and hi.day == 1:
            if (hi.year * 12 + hi.month) - (lo.year * 12 + lo.month) == 1:
                return f"{MONTH_NAMES[lo.month]} {lo.year}"
            if lo.month == 1 and hi.month == 1:
                return str(lo.year) if hi.year - lo.year == 1 else f"{lo.year}–{hi.year - 1}"
            return f"{MONTH_NAMES[lo.month]} {lo.year} – " + fmt_month_end(hi)
        return fmt_range(lo.date(), (hi - one).date())
    if hi - lo <= one and lo.date() == (hi - timedelta(microseconds=1)).date():
        return f"{fmt_day(lo.date())} {lo:%H:%M}–{hi:%H:%M}"
    return f"{lo:%Y-%m-%d %H:%M} – {hi:%Y-%m-%d %H:%M}"


def fmt_month_end(hi: datetime) -> str:
    y, m = add_months(hi.year, hi.month, -1)
    return f"{MONTH_NAMES[m]} {y}"


def fmt_seconds(sec: float) -> str:
    """A duration in the largest unit that keeps it readable: '48 hours', '2 hours 15 minutes'."""
    if 0 < sec < 86400 and sec % 3600 and not sec % 60 and sec > 3600:
        h, mi = divmod(int(sec) // 60, 60)
        return f"{h} hour{'' if h == 1 else 's'} {mi} minute{'' if mi == 1 else 's'}"
    units = (
        (365.25 * 86400, "year"),
        (30.436875 * 86400, "month"),
        (7 * 86400, "week"),
        (86400, "day"),
        (3600, "hour"),
        (60, "minute"),
        (1, "second"),
    )
    for size, name in units:
        n = sec / size
        if n >= 1 and abs(n - round(n, 1)) < 0.02 * n:
            n = round(n, 1)
            return f"{fmt_num(n)} {name}{'' if n == 1 else 's'}"
    return f"{fmt_num(round(sec))} seconds"
