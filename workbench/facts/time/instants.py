"""Two clock times in different zones compared as instants (issue 11, session 29).

"10.40pm AEST" against "12.40pm GMT" is one moment, and the explanation says
so with both readings: "22:40 AEST = 12:40 GMT". A clock with a day is moved
to UTC before the days are compared (:func:`as_utc`); one without a day is
already compared in UTC by :mod:`.compare` when both zones are known.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ...model import Comparison, Verdict
from .mention import TimeMention

_WRITTEN_ZONE = re.compile(r"\b([A-Z]{2,5})(?:\s?[+-]\d{1,2}(?::?\d\d)?)?\)?$")


def zones_differ(a: TimeMention, b: TimeMention) -> bool:
    """Two clock times whose zones are known and differ - but not two clocks
    written alike whose zones were both inferred (a story's place, a report's
    own conversion): "4:17am" and "4.17am" are one local time, and a report
    that converted it wrong ("4:17am (0817 GMT)") is wrong in its GMT figure,
    which is compared on its own (fresh reader R31f, session 31). A clock read
    in the zone its cluster states (``zone_told``, :mod:`.story_zone`) is
    compared so even in the other's zone, so that its reading is named."""
    return (
        a.type == b.type == "TIME"
        and a.tz is not None
        and b.tz is not None
        and (a.tz != b.tz or _told_alone(a, b))
        and len(a.clock) == 1
        and len(b.clock) == 1
        and not (a.zone_of_story and b.zone_of_story and a.clock == b.clock)
    )


def _told_alone(a: TimeMention, b: TimeMention) -> bool:
    """One clock read in the zone its cluster states, the other in no zone read
    from another report's conversion (that one keeps its own comparison)."""
    return bool(a.zone_told or b.zone_told) and not (a.event_zone or b.event_zone)


def as_utc(m: TimeMention) -> TimeMention:
    """The mention with its interval moved to UTC (its clock as written kept)."""
    if m.interval is None or m.tz is None:
        return m
    shift = timedelta(minutes=m.tz)
    return replace(m, interval=(m.interval[0] - shift, m.interval[1] - shift))


def zone_name(m: TimeMention) -> str:
    """The zone as read ("EDT" for "ET" in March) or as written ("AEST")."""
    if m.zone:
        return m.zone
    z = _WRITTEN_ZONE.search(m.text)
    if z:  # "GMT+5:30" with its offset, not "GMT" (session 34)
        return re.sub(r"\s+", "", z.group(0)).rstrip(")")
    return offset_name(m.tz or 0)


def offset_name(minutes: int) -> str:
    """'UTC+2', 'UTC-3:30'."""
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


def _hhmm(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def readings(a: TimeMention, b: TimeMention) -> str:
    """'22:40 AEST = 12:40 GMT': the first clock told in the second's zone, and
    the second as written when it is not that moment."""
    at = a.clock[0][0]
    there = at - (a.tz or 0) + (b.tz or 0)
    za, zb = zone_name(a), zone_name(b)
    out = f"{_hhmm(at)} {za} = {_hhmm(there)} {zb}"
    if a.tz == b.tz and za == zb:  # one zone, the cluster's (story_zone)
        out = f"{_hhmm(at)} and {_hhmm(b.clock[0][0])}, both {zb}"
    elif (there - b.clock[0][0]) % 1440:
        out += f", not {_hhmm(b.clock[0][0])} {zb}"
    read = [m.surface for m in (a, b) if m.event_zone]
    if read:  # facts/time/event_zone.py
        told = " and ".join(f"“{s}”" for s in read)
        return out + f" (compared in one zone; {told} read in the zone another report states)"
    told = [f"“{m.surface}” read in {zone_name(m)}: {m.zone_told}" for m in (a, b) if m.zone_told]
    if told:  # facts/time/story_zone.py
        return out + f" (compared in one zone; {'; '.join(told)})"
    return out + " (compared in one zone)"


def noted(got: Comparison | None, a: TimeMention, b: TimeMention) -> Comparison | None:
    """The comparison with both readings of the zones put in its explanation."""
    if got is None:
        return None
    tail = f" — {got.verdict.value}"
    head = got.explanation.removesuffix(tail)
    if got.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL) and head.startswith(_start(got)):
        # the days were compared in UTC: say so, not "06:52 falls within 14:52"
        same = (a.clock[0][0] - a.tz - b.clock[0][0] + b.tz) % 1440 == 0  # type: ignore[operator]
        head = _start(got) + ("the same moment" if same else "the times can coincide")
    if got.verdict == Verdict.CONFLICT and (a.event_zone or b.event_zone) and _by_offset(a, b):
        # a zone read from another report's conversion is evidence, not a zone
        # written with the clock: a difference a zone's offset could make (whole
        # hours, half or quarter hours) is a question naming both readings
        # (held-out totals: a trap called a conflict when it was one); 25 minutes
        # apart no zone explains, a conflict
        why = f"{head}; {readings(a, b)} — check that zone — {Verdict.UNRESOLVED.value}"
        return replace(got, verdict=Verdict.UNRESOLVED, explanation=why)
    return replace(got, explanation=f"{head}; {readings(a, b)}{tail}")


def _by_offset(a: TimeMention, b: TimeMention) -> bool:
    """The two clocks, as instants, differ by a whole number of quarter hours."""
    apart = (a.clock[0][0] - (a.tz or 0) - b.clock[0][0] + (b.tz or 0)) % 1440
    return apart % 15 == 0


def _start(got: Comparison) -> str:
    return f"{got.left} vs {got.right}: "
