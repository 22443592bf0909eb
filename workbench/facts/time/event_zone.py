"""The zone of an event's bare clocks, from another report's conversion
(issue 11, session 36).

A report that converts one of its clocks, "Polls closed at 20:00 (1800 GMT)",
states the zone of its story's place: its other bare clocks take that offset
(:mod:`.zones`, session 29). A second report of the same event that writes
"conceded at 10.40pm last night" and names no place the workbench knows left
its clock in no zone, so against "5:40 p.m. ET" the pair was "unresolved —
check the zone" although the event's zone was stated (fresh readers, election
T6 and D10: "the tool could infer the local offset from a 'HH:MM (HHMM GMT)'
pair elsewhere").

Here, when the reports of one analysis that convert a local clock agree on one
offset, a clock of no zone in another report (no zone written with it, none
from its dateline or its own conversions) is read in that offset, as the
story's place's clock (``zone_of_story``). Two offsets stated, or none: nothing
is read. A clock written in a zone, or read from its own story, keeps it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ...model import Fact
from .instants import offset_name
from .mention import TimeMention

EVENT_ZONE = "from another report's conversion"


def _point_clock(m: TimeMention) -> bool:
    return m.type == "TIME" and bool(m.clock) and all(hi - lo == 1 for lo, hi in m.clock)


def stated_offsets(facts: Sequence[Fact]) -> dict[str, set[int]]:
    """Each article's offsets its own conversions state: a clock read in its
    story's zone in a claim that holds the conversion beside it."""
    clocks = [f for f in facts if isinstance(f.mention, TimeMention)]
    converting = {f.claim for f in clocks if f.mention.converts}
    out: dict[str, set[int]] = defaultdict(set)
    for f in clocks:
        m = f.mention
        if f.claim in converting and not m.converts and m.zone_of_story and _point_clock(m):
            out[f.article].add(m.tz)
    return out


def with_event_zone(facts: Sequence[Fact]) -> list[Fact]:
    """The facts, the bare clocks of reports that state no zone read in the one
    offset the other reports' conversions agree on."""
    stated = stated_offsets(facts)
    offsets = set().union(*stated.values()) if stated else set()
    if len(offsets) != 1:
        return list(facts)
    (offset,) = offsets
    zoned = {
        f.article for f in facts if isinstance(f.mention, TimeMention) and f.mention.tz is not None
    }
    out = []
    for f in facts:
        m = f.mention
        if (
            isinstance(m, TimeMention)
            and f.article not in zoned
            and m.tz is None
            and _point_clock(m)
        ):
            m = replace(m, tz=offset, zone=offset_name(offset), zone_of_story=True, event_zone=True)
            f = replace(f, mention=m, value=m.to_json())
        out.append(f)
    return out
