"""A clock time in a stated zone against one whose zone is not known (session 31).

"The quake struck at 09:15 GMT" and "at 11:15 local time near Athens" are one
moment (Athens keeps UTC+2 in March); "at 11:15" in a story whose place the
workbench cannot tell may be too. When one report writes its clock's zone
("GMT", "EDT", "+0200") and the other's clock has none the workbench can read
— "local time" in a place outside its zone table, or a bare clock in a story
from no known place — a difference that a real UTC offset would explain is no
conflict: the verdict is unresolved and the explanation gives the offset that
would make the two one moment, so an editor checks one fact (the place's zone)
in seconds. Against a region's zone ("AEST") a bare clock up to two hours off
is that region's clock read an hour out (compared as written); against GMT or
UTC it may be local time anywhere. A difference no zone explains ("09:15 GMT" / "10:40") is compared
as written, as before; so are two clocks written alike.

Session 32 (time39): the question needs a zone written with the clock itself. A
clock whose zone was only read from its story (a LONDON dateline, a report's
conversion elsewhere) against "15:30 local time" are two local clocks of one
event: a difference is compared as written, a conflict (fresh readers: "at 14:30"
/ "at 15:30 local time" was called one moment if UTC+1).
"""

from __future__ import annotations

from ...model import Comparison, Verdict
from .instants import offset_name, zone_name
from .mention import TimeMention

# Every UTC offset in use, in minutes (whole hours from UTC-12 to UTC+14, and
# the half and three-quarter hours: Newfoundland, India, Iran, Afghanistan,
# Nepal, Myanmar, central Australia, Lord Howe, Chatham, Marquesas, Eucla).
REAL_OFFSETS = frozenset(
    [h * 60 for h in range(-12, 15)]
    + [-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630]
    + [765, 825]
)


# A clock in a region's zone ("AEST", "EDT", "HKT") against a bare one at most
# this far from it: both are most likely that region's clock (a report an hour
# out, or one slipping summer time), compared as written; a clock in GMT/UTC is
# any desk's conversion, and a bare clock against it may be local time anywhere.
_NEIGHBOURS = 120


def _universal(m: TimeMention) -> bool:
    return zone_name(m).upper() in ("GMT", "UTC", "Z", "UTC+0")


def _point(m: TimeMention) -> bool:
    return m.type == "TIME" and len(m.clock) == 1 and m.clock[0][1] - m.clock[0][0] == 1


def _written_local(m: TimeMention) -> bool:
    return "local" in m.text.lower()


def _implied(known: TimeMention, unknown: TimeMention) -> int | None:
    """The UTC offset (minutes) that makes ``unknown``'s clock ``known``'s moment."""
    utc = known.clock[0][0] - (known.tz or 0)
    if known.interval is not None and unknown.interval is not None:
        # both days read: the whole difference, so a day apart is not explained
        minutes = (unknown.interval[0] - known.interval[0]).total_seconds() // 60
        off = int(minutes) + (known.tz or 0)
        return off if -720 <= off <= 840 else None
    return wrapped(unknown.clock[0][0] - utc)


def wrapped(minutes: int) -> int:
    """A difference of two clocks (minutes) as an offset between UTC-12 and UTC+14."""
    off = minutes % 1440
    return off - 1440 if off > 840 else off


def converts_a_local_clock(a: TimeMention, b: TimeMention) -> bool:
    """One clock is the conversion written beside a local clock ("22:15 local
    time (21:15 UTC)", zones.py), the other a local clock of no zone the
    workbench knows ("23:15 local time"): not compared. The local clock beside
    the conversion meets it as two local clocks of one event, a conflict an hour
    apart; the conversion against it asked whether the place keeps UTC+2, or
    called "21:15 UTC" / "21:15 local time" the same time of day (session 35).
    A bare clock read in the zone such a conversion states (``event_zone``,
    session 36) is a local clock of the event too: the local clock beside the
    conversion meets it."""
    return any(
        c.converts and ((o.tz is None and _written_local(o)) or o.event_zone)
        for c, o in ((a, b), (b, a))
    )


def zone_unknown(a: TimeMention, b: TimeMention) -> Comparison | None:
    """Unresolved when one clock's zone is written, the other's is unknown and a
    real offset would make them one moment; None when this rule does not apply."""
    if not (_point(a) and _point(b)) or (a.tz is None) == (b.tz is None):
        return None
    known, unknown = (a, b) if b.tz is None else (b, a)
    if known.clock[0][0] == unknown.clock[0][0]:
        return None  # written alike: compared as written
    if known.zone_of_story:
        # no zone written with either clock - one read from its story's place or its
        # report's own conversion: two local clocks of one event, compared as written
        return None
    off = _implied(known, unknown)
    if off is None or off == 0 or off not in REAL_OFFSETS:
        return None
    if not _universal(known) and abs(off - (known.tz or 0)) <= _NEIGHBOURS:
        return None  # "10.40pm AEST" / "11.40pm": most likely one region's clock, an hour apart
    la, lb, lu = a.display(), b.display(), unknown.display()
    if _written_local(unknown):
        why = f"the place of “{lu}” is not one whose zone the workbench knows"
    else:
        why = f"“{lu}” states no zone and its story's place has none the workbench knows"
    return Comparison(
        Verdict.UNRESOLVED,
        f"{la} vs {lb}: {why}; they are one moment if that clock is {offset_name(off)} — "
        f"check the zone — {Verdict.UNRESOLVED.value}",
        la,
        lb,
    )
