"""A part of a day within its day: one version of a finding about the day.

"Saturday morning" (3 sources) and "Saturday" (5 sources) of one sentencing
were two versions, as if the sources disagreed on the day, and "by noon" of
"charged by noon on Friday" stood apart from "Friday" (trials 26, 27). A
finding whose versions include a day read at the precision of a day is about
the day; a version that names a part of that very day (morning, night, noon,
7 p.m.) says the same day, and joins it — its words stay in the version's
wording ("Saturday / Saturday morning"). The day of a part is in its reading
("2008-12-19T12:00", "XXXX-WXX-6TMO"), or, for a time of day read without a
day ("noon" when no publication date is known), is the day written right
beside it in its sentence ("noon on Friday"); "early Thursday" and "late on
Friday" are a day read with a part of it (session 35).

It joins only when it is the one part of that day among the versions, or
when the parts share a moment ("early Thursday" and "Thursday morning", session
35): "Saturday morning" against "7 p.m. Saturday" is a difference of the time
of day, kept apart. A day not known as one ("yesterday" with no publication
date: every such day reads XXXX-XX-XX) joins nothing, and a bound on the day
itself ("by Saturday") is no day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..model import Fact, Side

_WITHIN = re.compile(r"^(.+?)T(MO|AF|EV|NI|DT|\d\d(:\d\d)?)$")  # the day, then a part of it
_CLOCK = re.compile(r"^T(MO|AF|EV|NI|DT|\d\d(:\d\d)?)$")  # a part of a day, no day
_UNKNOWN_DAY = "XX-XX"
# a day told with a part of it, "early Thursday" (modifier and part both "early"):
# a part of that day, as "Thursday morning" is (session 35: one day, not two)
_PART_OF_DAY = {"early": "early", "late": "late"}
BESIDE = 4  # characters between a time of day and its day: " on ", ", ", " "

Place = tuple[str, int, int]


def _day_beside(fact: Fact, facts: Iterable[Fact]) -> str:
    """The timex of the day written right beside a time of day read without
    one ("noon on Friday", "Friday at noon"), else ""."""
    for f in facts:
        if f.claim != fact.claim or f.value.get("granularity") != "day":
            continue
        if 0 <= f.start - fact.end <= BESIDE or 0 <= fact.start - f.end <= BESIDE:
            return f.value.get("timex") or ""
    return ""


def _reading(sides: Sequence[Side], fact_at: Callable, of_claim: Callable) -> tuple | None:
    """(kind of reading, the day's timex) when every side of a version reads
    alike: ('day', D) a day, ('part', D) a part of day D, else None."""
    seen = set()
    for s in sides:
        fact: Fact | None = fact_at((s.article, s.start, s.end))
        if fact is None or "timex" not in fact.value:
            return None
        v, timex = fact.value, fact.value.get("timex") or ""
        if v.get("granularity") == "day" and not v.get("modifier"):
            seen.add(("day", timex))
        elif v.get("granularity") == "day" and _PART_OF_DAY.get(v.get("part")) == v.get("modifier"):
            seen.add(("part", timex))  # "early Thursday", "late on Friday": within the day
        elif (m := _WITHIN.match(timex)) and v.get("granularity") != "day":
            seen.add(("part", m.group(1)))
        elif _CLOCK.match(timex) and (day := _day_beside(fact, of_claim(fact.claim))):
            seen.add(("part", day))
        else:
            return None
    if len(seen) != 1:
        return None
    reading = seen.pop()
    return None if _UNKNOWN_DAY in reading[1] else reading


def within_days(
    keys: Mapping[str, Sequence[Side]], fact_at: Callable, of_claim: Callable
) -> dict[str, str]:
    """Version key of a part of a day -> the key of its day's version, for
    each part of a day that is the only part of its day among ``keys``.
    ``fact_at``: the fact at a place; ``of_claim``: the facts of a claim."""
    read = {k: _reading(sides, fact_at, of_claim) for k, sides in keys.items()}
    days = {r[1]: k for k, r in read.items() if r is not None and r[0] == "day"}
    parts: dict[str, list[str]] = {}
    for k, r in read.items():
        if r is not None and r[0] == "part":
            parts.setdefault(r[1], []).append(k)
    return {
        k: days[day]
        for day, ks in parts.items()
        if day in days and (len(ks) == 1 or _one_moment([keys[k] for k in ks], fact_at))
        for k in ks
    }


def _one_moment(versions: Sequence[Sequence[Side]], fact_at: Callable) -> bool:
    """Whether several parts of one day share a moment ("early Thursday" and
    "Thursday morning" both allow 05:00-10:00): one day told at two
    precisions, not a difference of the time of day ("Saturday morning" /
    "7 p.m. Saturday")."""
    lo, hi = "", "~"
    for sides in versions:
        for s in sides:
            fact = fact_at((s.article, s.start, s.end))
            iv = fact.value.get("interval") if fact is not None else None
            if not iv:
                return False
            lo, hi = max(lo, iv[0]), min(hi, iv[1])
    return lo < hi
