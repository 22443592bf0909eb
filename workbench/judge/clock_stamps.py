"""The clock time a running count was given at (issue 11, session 36).

"As of 10:00 GMT, 11 people had been treated for injuries" / "By 14:00,
police said 16 people had been treated"; "seven people were taken to
hospital, according to an update issued by police at 6pm". A clock time with
no day of its own stamped the count with its whole day (session 28), so two
briefings of one day never came apart and their counts were called a
conflict (authored emergency_landing: 11 at 10:00 / 16 by 14:00 / 23 by the
evening, judged false conflicts). The stamp is now the minute the clock gives
on its day; "by Tuesday evening" begins after it, "on Tuesday" still holds it.

A clock time also stamps the figures of an update, a briefing or a bulletin
its sentence says was issued then ("according to an update issued by
Icelandic police at 6pm", "the latest bulletin, released at 8am").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# the figures of a sentence given out at a time: "an update issued by Icelandic
# police at 6pm", "the latest bulletin at 8am", "a briefing held at 14:00"
_UPDATE_AT_BEFORE = re.compile(
    r"(?i:\b(?:update|bulletin|briefing|statement|figures|count|tally|report)"
    r"(?:[ \u00a0]+(?:issued|released|given|published|put[ \u00a0]+out|held|posted))?"
    r"(?:[ \u00a0]+by(?:[ \u00a0]+[\w'’.-]+){1,4}?)?[ \u00a0]+(?:at|as[ \u00a0]+of)[ \u00a0]+)$"
)


def update_dated(sentence: str, start: int) -> bool:
    """Whether the time at ``start`` is when an update its sentence reports was issued."""
    return _UPDATE_AT_BEFORE.search(sentence, max(0, start - 70), start) is not None


def clock_stamp(m, day: date) -> tuple[datetime, datetime, str]:
    """The minutes a clock time ``m`` gives on ``day``: the whole day when the
    mention reads no clock."""
    start = datetime(day.year, day.month, day.day)
    clock = getattr(m, "clock", None) or ()
    if len(clock) != 1 or not isinstance(clock[0], tuple) or len(clock[0]) != 2:
        return start, start + timedelta(days=1), m.text
    lo, hi = clock[0]
    if not (0 <= lo < hi <= 24 * 60):
        return start, start + timedelta(days=1), m.text
    return start + timedelta(minutes=lo), start + timedelta(minutes=hi), m.text
