"""A part of a day within its day: one version of a finding about the day.

"Saturday morning" (3 sources) and "Saturday" (5 sources) of one sentencing
were two versions, as if the sources disagreed on the day (trial 27). A
finding whose versions include a day read at the precision of a day is about
the day; a version that names a part of that very day (morning, afternoon,
evening, night) says the same day, and joins it — its words stay in the
version's wording ("Saturday / Saturday morning"). It joins only when it is
the one part of that day among the versions: "Saturday morning" against
"Saturday night" is a difference of the time of day, kept apart, and so is a
clock time ("7 p.m."), which is no part of a day. A day not known as one
("yesterday" with no publication date: every such day reads XXXX-XX-XX) joins
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Fact, Side

_PART = re.compile(r"T(MO|AF|EV|NI|DT)$")
_UNKNOWN_DAY = "XX-XX"


def _reading(sides: Sequence[Side], fact_at: Callable) -> tuple[str, str] | None:
    """(granularity, timex) when every side of a version reads alike."""
    seen = set()
    for s in sides:
        fact: Fact | None = fact_at((s.article, s.start, s.end))
        if fact is None or "timex" not in fact.value:
            return None
        v = fact.value
        seen.add((v.get("granularity") or "", v.get("timex") or "", v.get("modifier") or ""))
    if len(seen) != 1:
        return None
    granularity, timex, modifier = seen.pop()
    return (granularity, timex) if not modifier else None


def within_days(keys: Mapping[str, Sequence[Side]], facts: Mapping) -> dict[str, str]:
    """Version key of a part of a day -> the key of its day's version, for
    each part of a day that is the only part of its day among ``keys``."""
    read = {k: _reading(sides, facts.get) for k, sides in keys.items()}
    days = {
        r[1]: k
        for k, r in read.items()
        if r is not None and r[0] == "day" and _UNKNOWN_DAY not in r[1]
    }
    parts: dict[str, list[str]] = {}
    for k, r in read.items():
        if r is not None and r[0] == "partofday" and _PART.search(r[1]):
            parts.setdefault(_PART.sub("", r[1]), []).append(k)
    return {ks[0]: days[day] for day, ks in parts.items() if day in days and len(ks) == 1}
