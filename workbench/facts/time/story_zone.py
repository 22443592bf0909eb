"""The zone the other reports of a cluster establish for a story's place
(issue 11, unresolved precision, session 42).

:mod:`.event_zone` reads a bare clock in the offset other reports' conversions
agree on, and keeps a whole-hour difference so read a question (a conversion is
evidence, not a zone). Two other ways a cluster settles a place's zone were
left unread, and a bare clock against a zoned one stayed "check the zone" when
the texts settle it (authored development, readers of rate_cut and derailment):

- an offset stated in words: "Estravia runs two hours ahead of London at this
  time of year", "Varnia is three hours behind GMT" - the place's offset is the
  reference's on that report's day plus or minus the hours;
- the place the reports' datelines put the event in: "BRACKENFOLD, United
  Kingdom (AFP)", "BRACKENFOLD, England -", when every report whose home has one
  zone agrees on it, is the zone of a report that names the dateline's town
  ("KELBRIDGE -", a local paper, "near Brackenfold") but no place of known zone.

A clock of such a report with no zone of its own (none written, none from its
dateline or its conversions: the report writes no zoned clock) is read in that
zone, and ``zone_told`` says from where, so the explanation states the zone
used. Unlike :mod:`.event_zone`, a difference so read is compared as written: a
stated offset and a dateline are the zone itself, not a conversion to trust.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ...model import Fact
from ..home import UK, Place, home_of
from ..numwords import word_number
from .instants import offset_name
from .mention import TimeMention
from .named_zone import named_place

_HOURS = (
    r"(?P<n>\d{1,2}(?:\.5)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
# "Estravia runs two hours ahead of London", "Varnia is three hours behind GMT"
_AHEAD = re.compile(
    r"\b(?P<place>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+"
    r"(?:runs|is|sits|operates|lies|keeps\s+time)\s+(?:currently\s+|now\s+)?"
    + _HOURS
    + r"(?P<half>\s+and\s+a\s+half)?\s+hours?\s+(?P<dir>ahead\s+of|behind)\s+"
    r"(?P<ref>GMT|UTC|Greenwich|the\s+UK|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)
_DATELINE_TOWN = re.compile(
    r"\A\s*(?P<town>[A-Z][A-Z'\-]{2,}(?:\s[A-Z][A-Z'\-]{2,})?)\s*(?:,|—|–|-)"
)
STATED = "stated in words"


def _hours(word: str, half: bool) -> float | None:
    n = 1.0 if word.lower() in ("a", "an") else word_number(word)
    return None if n is None or not 0 < n <= 14 else n + (0.5 if half else 0)


def stated_offsets(sentences: Sequence[str], day: date | None) -> list[tuple[str, int, str]]:
    """Each place's offset its report states in words: (place, minutes, the words)."""
    out = []
    for s in sentences:
        for m in _AHEAD.finditer(s):
            n = _hours(m.group("n"), bool(m.group("half")))
            ref = " ".join(m.group("ref").split())
            base = 0 if ref in ("GMT", "UTC", "Greenwich") else None
            if base is None:
                place = UK if ref == "the UK" else named_place(ref)
                base = None if place is None or not place.zone else place.on(day)[0]
            if n is None or base is None:
                continue
            sign = 1 if m.group("dir").startswith("ahead") else -1
            out.append((m.group("place"), base + sign * round(n * 60), m.group(0)))
    return out


def _town(sentences: Sequence[str]) -> str:
    m = _DATELINE_TOWN.match(sentences[0]) if sentences else None
    return "" if m is None else m.group("town").title()


def _names(text: str, name: str) -> bool:
    """``text`` names ``name`` ("Estravia", "the Estravian bank")."""
    return re.search(r"\b" + re.escape(name), text) is not None


def _named_first(text: str, towns: set[str]) -> list[str]:
    """The datelines' towns ``text`` names, the one it names first first: the
    explanation names one, the same on every run (a set's order changes with
    the hash seed: session 43 saw 'Athens' on one run and 'Andros' on the next)."""
    at = {t: m.start() for t in towns if (m := re.search(r"\b" + re.escape(t), text))}
    return sorted(at, key=lambda t: (at[t], t))


def _story_zones(
    told: Mapping[str, Sequence[str]], published: Mapping[str, date | None]
) -> dict[str, tuple[int | Place, str]]:
    """Each report left with no zone, and the zone (an offset, or a place whose
    summer time is read on the clock's day) the cluster establishes for it."""
    said = [s for a, ss in told.items() for s in stated_offsets(ss, published.get(a))]
    homes = {a: home_of(ss) for a, ss in told.items()}
    zoned = {a: p for a, p in homes.items() if p is not None and p.zone}
    places = set(zoned.values())
    towns = {_town(told[a]) for a in zoned} - {""}
    out: dict[str, tuple[int | Place, str]] = {}
    for a, ss in told.items():
        if a in zoned:
            continue
        text = " ".join(ss)
        offsets = {off: words for place, off, words in said if _names(text, place)}
        if len(offsets) == 1:
            ((off, words),) = offsets.items()
            out[a] = (off, f"another report states '{words}'")
        elif not offsets and len(places) == 1 and (here := _named_first(text, towns)):
            (place,) = places
            out[a] = (
                place,
                f"the zone of {place.name}, where other reports' datelines put {here[0]}",
            )
    return out


def _point_clock(m: TimeMention) -> bool:
    return m.type == "TIME" and bool(m.clock) and all(hi - lo == 1 for lo, hi in m.clock)


def with_story_zone(facts: Sequence[Fact], told: Mapping[str, Sequence[str]]) -> list[Fact]:
    """The facts, the bare clocks of reports that write no zoned clock read in
    the zone the other reports establish for their place."""
    clocks = [f for f in facts if isinstance(f.mention, TimeMention)]
    zoned = {f.article for f in clocks if f.mention.tz is not None}
    published = {f.article: f.mention.published for f in clocks}
    if not clocks or all(f.article in zoned for f in clocks):
        return list(facts)
    zones = _story_zones(told, published)
    out = []
    for f in facts:
        m = f.mention
        got = zones.get(f.article)
        if (
            got is not None
            and isinstance(m, TimeMention)
            and f.article not in zoned
            and m.tz is None
            and _point_clock(m)
        ):
            zone, why = got
            if isinstance(zone, Place):
                day = m.interval[0].date() if m.interval is not None else m.published
                off, name = zone.on(day)
            else:
                off, name = zone, offset_name(zone)
            m = replace(m, tz=off, zone=name, zone_of_story=True, zone_told=why)
            f = replace(f, mention=m, value=m.to_json())
        out.append(f)
    return out
