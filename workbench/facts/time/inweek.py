"""A weekday placed in a named week: "Wednesday next week", "next week
Wednesday", "Friday this week", "Tuesday of last week".

The weekday alone would be resolved by tense around the publication date
("Wednesday" in a present sentence is the one of the publication week); the
week written beside it decides instead. Both mentions stay (TimeML annotates
them apart); the weekday takes its day inside that week.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..lexicon import WEEKDAYS
from .cal import day_iv, fmt_day
from .mention import TimeMention

_GAP_RE = re.compile(r"\s*,?\s*(?:of\s+)?")
_WEEK_RE = re.compile(
    r"(?:the\s+)?(?:this|next|last|coming|past|previous|following|this\s+coming)\s+week",
    re.IGNORECASE,
)


def _weekday(m: TimeMention) -> int | None:
    if m.type != "DATE" or m.granularity != "day" or m.interval is None:
        return None
    return WEEKDAYS.get(m.text.lower())


def _week(m: TimeMention) -> bool:
    return (
        m.granularity == "week"
        and m.interval is not None
        and bool(re.fullmatch(r"\d{4}-W\d\d", m.timex))
        and bool(_WEEK_RE.fullmatch(m.text))
    )


def weekdays_in_weeks(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Weekdays written next to 'this/next/last week' take their day in that week."""
    out = list(ms)
    for i, m in enumerate(ms):
        wd = _weekday(m)
        if wd is None:
            continue
        week = None
        if i + 1 < len(ms) and _week(ms[i + 1]) and _GAP_RE.fullmatch(text, m.end, ms[i + 1].start):
            week = ms[i + 1]
        elif i > 0 and _week(ms[i - 1]) and _GAP_RE.fullmatch(text, ms[i - 1].end, m.start):
            week = ms[i - 1]
        if week is None or week.interval is None:
            continue
        d = week.interval[0].date() + timedelta(days=wd - 1)
        out[i] = replace(m, timex=d.isoformat(), interval=day_iv(d), value=fmt_day(d), deictic=True)
    return out
