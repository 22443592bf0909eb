"""Two deadlines of one thing that name different days (issue 11, session 41).

"has been told to report by April 7" / "is due to report by April 17": read as
open bounds, each allows every day up to its own, so the two met on "dates up to
7 April" and were called consistent, the difference noted in brackets (authored
stadium_crush: both pairings, the event's planted discrepancy, read by the
development reader as "the worst kind of miss: it tells the editor it checked
and it's fine"). A deadline is a point an editor checks, not a range: two
different days given for one deadline are a conflict, as two different floors
or ceilings of one figure are (``facts/quantity/bounds``).

Narrow on purpose: both written with "by", of one granularity (two days, two
months, two years: "by March" / "by March 20" is a month and a day of it, left
to the overlap), and not both told in the past, where "by Tuesday" stamps a
state ("By Tuesday, 40 had been arrested") rather than setting a deadline.
"""

from __future__ import annotations

from datetime import datetime

from .mention import TimeMention

_DEADLINE_GRAINS = frozenset({"day", "week", "month", "quarter", "half", "year"})


def _deadline(m: TimeMention) -> bool:
    return m.modifier == "by" and m.interval is not None and m.granularity in _DEADLINE_GRAINS


def deadlines_differ(a: TimeMention, b: TimeMention) -> str:
    """Why two deadlines of one granularity that end on different days conflict,
    or "" when they are not two such deadlines."""
    if not (_deadline(a) and _deadline(b)) or a.granularity != b.granularity:
        return ""
    if a.tense == "past" and b.tense == "past":
        return ""
    ends: tuple[datetime, datetime] = (a.interval[1], b.interval[1])
    if ends[0] == ends[1]:
        return ""
    days = abs((ends[0] - ends[1]).days)
    apart = f" ({days} day{'s' if days != 1 else ''} apart)" if a.granularity == "day" else ""
    grain = a.granularity
    return (
        f"the stated deadlines differ{apart}: a deadline names one {grain}, not every "
        f"{grain} up to it, so the earlier does not agree with the later"
    )
