"""A bare clock of a report that gave its zone at an earlier clock is read in it.

Copy writes a clock's zone once, at its first clock, and leaves it off the
clocks after ("The quake struck at 3:40 a.m. EDT ... A strong aftershock hit
at 5:10 a.m."), as AP style asks. Read alone, the later clock had no zone, so
against another report's "09:10 GMT" it was "states no zone and its story's
place has none the workbench knows ... check the zone", although the report
stated it (session 39: a clock with a zone given only for another clock of
the article, from held-out readers' notes). Here a point clock of no zone
takes the offset of the zone written with an earlier clock of its report, as
a clock read from its story (``zone_of_story``: two such clocks written alike
are one local time, :func:`.instants.zones_differ`), named as written
("EDT"). Only when every zone the report writes with a clock is that one
offset, none is UTC or GMT (wire copy writes GMT to convert a local clock,
and a bare clock there is local), and the report converts no clock and
tells no place of its own (:mod:`.zones` reads those first); a clock before
the first zoned one, or in a sentence naming a place, keeps no zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..home import places_in
from .instants import zone_name
from .mention import TimeMention


def _point_clock(m: TimeMention) -> bool:
    return m.type == "TIME" and bool(m.clock) and all(hi - lo == 1 for lo, hi in m.clock)


def _written(m: TimeMention) -> bool:
    return _point_clock(m) and m.tz is not None and not m.zone_of_story and not m.converts


def with_article_zone(
    sentences: Sequence[str], found: list[list[TimeMention]]
) -> list[list[TimeMention]]:
    """Each sentence's mentions, a bare clock after the report's one written zone read in it."""
    mentions = [m for ms in found for m in ms]
    if any(m.converts or m.zone_of_story for m in mentions):
        return found  # its own conversion or its place told the zone (.zones)
    written = [m for m in mentions if _written(m)]
    offsets = {m.tz for m in written}
    if len(offsets) != 1 or 0 in offsets:
        return found
    (offset,) = offsets
    name = zone_name(written[0])
    out: list[list[TimeMention]] = []
    seen = False
    for text, ms in zip(sentences, found, strict=False):
        row = []
        for m in ms:
            if _written(m):
                seen = True
            elif seen and _point_clock(m) and m.tz is None and not places_in(text, world=True):
                m = replace(m, tz=offset, zone=name, zone_of_story=True)
            row.append(m)
        out.append(row)
    return out + found[len(out) :]
