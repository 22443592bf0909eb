"""The zone of a clock time its words leave to the story (issue 11, session 29).

"8:40 a.m. ET" is Eastern Daylight Time on a day of US summer time (UTC-4)
and Eastern Standard Time otherwise (UTC-5); "3pm Eastern time" the same.
"6.43am local time" is the clock of the place the sentence names, else of
the place the story is told from (its dateline, or the one place its opening
names: :mod:`..home`), and so is a clock time with no zone at all in a story
told from a place with one zone ("2:52 p.m." under a HONG KONG dateline is
14:52 HKT). "IST" is India's time (UTC+5:30) unless the story is Irish.

Each such clock takes the offset (``tz``) and the zone's name (``zone``), so
that two reports' clocks in different zones are compared as instants
(:mod:`.compare`): "10.40pm AEST" and "12.40pm GMT" are one moment, and
"8:40 a.m. ET" on 11 March 2025 (summer time began on the 9th) is too.
A clock whose zone is written with its offset ("GMT", "AEST") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from ..home import INDIA, IRELAND, US_ZONES, Place, home_of, places_in
from .instants import offset_name
from .mention import TimeMention
from .named_zone import named_place, zone_after_day
from .unzoned import REAL_OFFSETS, wrapped

_ZONE_AT_END = re.compile(
    r"(?:(?<![\w])(?P<code>ET|CT|MT|PT|IST)"
    r"|(?P<word>Eastern|Central|Mountain|Pacific)(?:(?:\s+(?:[Dd]aylight|[Ss]tandard))?\s+[Tt]ime)?"
    r"|(?P<local>local\s+time)"
    r"|(?P<named>(?-i:UK|U\.K\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+[Tt]ime)$"
)


def with_zones(sentences: Sequence[str], found: list[list[TimeMention]]) -> list[list[TimeMention]]:
    """Each sentence's mentions, clock times given the zone their story implies."""
    home = home_of(sentences)
    twins = _twinned(sentences, found)
    offsets = set(twins.values()) - {None}
    # a report that converts its clocks once ("20:00 (1800 GMT)") tells its own zone
    stated = _stated_zone(offsets.pop()) if len(offsets) == 1 else None
    out = []
    for text, ms in zip(sentences, found, strict=False):
        out.append([_zoned(text, m, home, twins, stated) for m in ms])
    return out + found[len(out) :]


def _twinned(sentences: Sequence[str], found: list[list[TimeMention]]) -> dict[int, int | None]:
    """The offset of each clock written with its conversion into a stated zone
    beside it: "20:00 (1800 GMT)", "4.40pm local time (1440 GMT)", "at 2:52 p.m.,
    or 0652 GMT", and the other way round, "0140 GMT (9:40 a.m. local time)"
    (keyed by the mention's id); the conversion itself is keyed to None."""
    out: dict[int, int | None] = {}
    for text, ms in zip(sentences, found, strict=False):
        clocks = [m for m in ms if _point_clock(m)]
        for x, y in pairwise(clocks):
            if (x.tz is None) == (y.tz is None) or not _TWIN.fullmatch(text[x.end : y.start]):
                continue
            local, written = (x, y) if x.tz is None else (y, x)
            off = wrapped(local.clock[0][0] - written.clock[0][0] + written.tz)
            if off in REAL_OFFSETS:
                out[id(local)] = off
                out[id(written)] = None
    return out


_TWIN = re.compile(r"[\s,]*(?:local\s+time)?[\s,]*(?:\(|\[|or\b|i\.e\.)\s*")


def _stated_zone(offset: int) -> Place:
    """The zone a report's own conversion states, as a place with no name."""
    return Place("", "", offset_name(offset), offset)


def _point_clock(m: TimeMention) -> bool:
    """A clock time as written ("2:52 p.m."), not a part of the day's range."""
    return m.type == "TIME" and bool(m.clock) and all(hi - lo == 1 for lo, hi in m.clock)


def _zoned(
    text: str, m: TimeMention, home: Place | None, twins: dict, stated: Place | None
) -> TimeMention:
    twin = twins.get(id(m))
    if id(m) in twins and twin is None:
        return replace(m, converts=True)  # "(21:15 UTC)" beside "22:15 local time"
    if not _point_clock(m) or m.tz is not None:
        return m
    if twin is not None:  # its own conversion says its zone
        return replace(m, tz=twin, zone=offset_name(twin), zone_of_story=True)
    if home is None or not home.zone:
        home = stated
    day = m.interval[0].date() if m.interval is not None else m.published
    z = _ZONE_AT_END.search(m.text)
    named = named_place(z.group("named")) if z is not None and z.group("named") else None
    after = zone_after_day(text, m.end) if z is None else None
    if (
        named is not None or after is not None
    ):  # "3.40am UK time", "12:22 a.m. Tuesday, Pacific time"
        return _in(m, named or after, day, False)
    if z is None or z.group("named"):
        place = home if home is not None and home.zone else None
    elif z.group("code") == "IST":
        place = IRELAND if home is IRELAND else INDIA
    elif z.group("local"):
        here = [p for p in places_in(text, world=True) if p.zone]
        place = here[0] if len(here) == 1 else home if home is not None and home.zone else None
    else:
        place = US_ZONES[z.group("code") or z.group("word")]
    if place is None:
        return m
    return _in(m, place, day, z is None or bool(z.group("local")))


def _in(m: TimeMention, place: Place, day: date | None, of_story: bool) -> TimeMention:
    offset, name = place.on(day)
    return replace(m, tz=offset, zone=name, zone_of_story=of_story)
