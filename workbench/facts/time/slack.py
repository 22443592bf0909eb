"""How much room an editor gives a clock time (session 9, class 4).

"just after 6am", "shortly after 06:00 BST", "moments before midnight" are
said of that time: they agree with "at 06:00" and stretch a little past it
(or before it), half an hour at most (the width "around" allows), unlike a
bare "after 6am", which only says later. And a minute between two stated
clock times is not a discrepancy an editor would correct: "12:01 a.m.
Saturday" and "11:59 p.m. Friday" are how officials write "midnight Friday",
and "6:00" against "6:01" is the same moment read off two clocks.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ... import thresholds
from ...model import Verdict
from .base import norm
from .mention import TimeMention

_NEAR = re.compile(
    r"(?:just|shortly|soon|moments?|minutes|right|immediately|seconds)\s+(?:after|before)$"
)
MINUTE = timedelta(minutes=1)


def near(m: TimeMention) -> bool:
    """A clock time bounded by 'just after', 'shortly before' and the like."""
    return (
        m.type == "TIME"
        and m.modifier in ("after", "before")
        and bool(_NEAR.search(norm(m.signal)))
    )


def near_points(m: TimeMention, lo: datetime, hi: datetime) -> tuple[datetime, datetime]:
    """'just after 6am' = from 06:00 to half an hour later; 'just before' the mirror."""
    w = timedelta(minutes=thresholds.current().time.clock_width_minutes)
    return (lo, hi + w) if m.modifier == "after" else (lo - w, hi)


def near_minutes(m: TimeMention, lo: float, hi: float) -> tuple[float, float]:
    """The same for a clock time without a day, in minutes of the day."""
    w = thresholds.current().time.clock_width_minutes
    return (lo, hi + w) if m.modifier == "after" else (lo - w, hi)


def a_minute_apart(
    a: TimeMention, b: TimeMention, gap_minutes: float
) -> tuple[Verdict, str] | None:
    """The verdict on two clock times that do not overlap but touch (the
    minute of one ends where the other's begins: "9:01" and "9:00"); None if
    they are further apart or either is not a clock time."""
    if a.type != "TIME" or b.type != "TIME" or gap_minutes >= 1:
        return None
    if "around" in (a.modifier, b.modifier):
        return None  # a hedge reaches short of the next mark of its precision (around_minutes)
    if any(_midnight_word(m) for m in (a, b)):
        why = "a minute apart: 12:01 a.m. and 11:59 p.m. are how officials write midnight"
        return Verdict.CONSISTENT, why
    return Verdict.UNRESOLVED, "a minute apart: the same moment may be read off two clocks"


def _midnight_word(m: TimeMention) -> bool:
    return "midnight" in norm(m.text) or m.clock[:1] in (((1, 2),), ((1439, 1440),))


_OPEN_BOUNDS = ("after", "as early as", "from", "since", "by", "before", "as late as")


def small_hours_only(a: TimeMention, b: TimeMention) -> str:
    """'Thursday night' (or 'late Thursday') against the whole of 'September
    10', the Friday: they share only the hours after midnight a night may run
    to, which is weak evidence they are the same day. Why that leaves it to
    the editor, or "" when it does not apply ('early Friday' against
    'Thursday night' name those small hours on both sides and agree)."""
    for day, part in ((a, b), (b, a)):
        whole = day.granularity == "day" and not day.modifier and not day.part
        of_day = part.granularity == "partofday" or part.part in ("late", "early")
        if not whole or not of_day or day.interval is None or part.interval is None:
            continue
        if part.modifier in _OPEN_BOUNDS:
            continue  # "from last night" runs on into the next day, not only its small hours
        if part.timex[:10] == day.timex[:10]:
            continue
        (dlo, dhi), (plo, phi) = day.interval, part.interval
        if plo < dlo < phi <= dhi or dlo <= plo < dhi < phi:
            return (
                f"'{part.surface}' reaches into {day.normalized()} only in the hours around "
                f"midnight; '{day.surface}' is the whole day — the same only if it happened "
                "then; check"
            )
    return ""


def around_minutes(minute_of_day: float) -> float:
    """How far either side "about" or "around" reaches from a clock time: at
    most ``time.clock_width_minutes``, and less than half the step of the
    precision the time is written in (issue 11, a fresh editor trial: "about
    1:00 am" against "1:30 a.m." cannot be one time; a writer who knew 1:30
    would have written "about 1:30"). A round hour reaches less than half an
    hour, a half hour less than a quarter, "about 10:20" less than five
    minutes; a time to the odd minute two minutes. The reach stops short of
    the half step (see the callers: from the stated minute's start, open)."""
    width = float(thresholds.current().time.clock_width_minutes)
    minute = int(minute_of_day) % 60
    for step in (60, 30, 15, 10, 5):
        if minute % step == 0:
            return min(width, step / 2)
    return min(width, 2.0)


# Where news still says "night" of a clock time: "7 p.m. Wednesday night" is
# common usage, though TimeML's night starts at 20:00 (lex.PARTS_OF_DAY).
NIGHT_SAID_FROM = 18 * 60
# A part of the day has no fixed edges: a clock time this close outside one
# is left to the editor, never called a conflict.
SOFT_EDGE_MINUTES = 90


def part_of_day_edge(
    a: TimeMention, b: TimeMention, gap_minutes: float
) -> tuple[Verdict, str] | None:
    """A part of a day ("Wednesday night") against a clock time on that day
    just outside it ("around 7 p.m. Wednesday": trial 26 saw a conflict, "no
    overlap (30 minutes apart)", on the night a woman was struck): night as
    news uses it from 6 p.m. agrees; another edge within an hour and a half is
    a question; None otherwise."""
    for pod, clock in ((a, b), (b, a)):
        if pod.granularity != "partofday" or clock.type != "TIME" or not clock.clock:
            continue
        if clock.timex[:10] != pod.timex[:10] or gap_minutes >= SOFT_EDGE_MINUTES:
            continue
        minute = clock.clock[0][0]
        if pod.timex.endswith("TNI") and NIGHT_SAID_FROM <= minute < 20 * 60:
            return Verdict.CONSISTENT, (
                f"'{pod.surface}' is also said of the evening: {clock.surface} falls in it "
                "as news uses the word (from about 6 p.m.)"
            )
        return Verdict.UNRESOLVED, (
            f"'{pod.surface}' has no fixed edges: {clock.surface} lies just outside where it "
            "is usually counted; check which is meant"
        )
    return None


# The finest step a clock time is rounded to: two hedged times closer than
# this are one time read by two people, not a question.
_QUARTER = 15.0


# Two hedged clock times this far apart as written are two times: a writer
# rounds to the quarter hour at the coarsest when the minutes are known.
HEDGES_APART_MINUTES = 2 * _QUARTER


def _both_hedged(a: TimeMention, b: TimeMention) -> bool:
    return (
        a.type == b.type == "TIME"
        and bool(a.clock)
        and bool(b.clock)
        and a.modifier == b.modifier == "around"
    )


def hedges_apart(a: TimeMention, b: TimeMention, apart_minutes: float) -> str:
    """Two hedged clock times whose marks lie half an hour or more apart ("at
    about 1:00 am" / "around 1:30 a.m.", "about 10:15 pm" / "around 10:45 pm"):
    why they are two times, or "". By granularity: a time to the minute or
    five minutes ("about 10:20") reaches a few minutes; a quarter or half hour
    less than half its step; a round hour ("about 1:00") up to half an hour,
    but against another hedged time whose writer knew the half or quarter hour
    it would have to stretch to its full rounding while the other stretched
    too: readers take a half-hour step as a discrepancy (session 24, ECB+ test
    half and authored development: judged borderline as a question). A day
    ("around March 5") keeps its day either side (compare._effective)."""
    if not _both_hedged(a, b) or apart_minutes < HEDGES_APART_MINUTES:
        return ""
    return (
        f"'{a.surface}' and '{b.surface}' are {apart_minutes:g} minutes apart as written: "
        "a writer who knew the minutes rounds to the quarter hour at most, so the two "
        "hedges cannot name one time"
    )


def hedges_meet(a: TimeMention, b: TimeMention, apart_minutes: float) -> str:
    """Two hedged clock times ("at about 1:00 am" / "around 1:30 a.m."), each
    stated mark outside the other's reach, whose ranges overlap only where the
    two hedges meet: the same time only if both writers rounded toward each
    other, which a writer who knew 1:20 would not have done ("about 1:30").
    Why that is left to the editor, or "" ('about 1:00' / 'around 1:10': one
    mark lies within the other's reach; session 23, ECB+ test half)."""
    if not _both_hedged(a, b) or apart_minutes >= HEDGES_APART_MINUTES:
        return ""  # half an hour or more: hedges_apart
    reach = max(around_minutes(a.clock[0][0]), around_minutes(b.clock[0][0]), _QUARTER)
    if apart_minutes < reach:
        return ""
    return (
        f"'{a.surface}' and '{b.surface}' meet only at the edges of their hedges: each "
        "writer's time lies outside the other's 'about'; one time rounded two ways, or "
        "two times — check"
    )
