"""The same words counted from publication dates a day or so apart are one
version when their values agree at the unit the words state (user trial 49,
problem 9: '12 weeks ago' = around Mon 18 Mar (published 10 Jun) and = around
Sun 17 Mar (published 9 Jun) were versions A and B of one finding, and the
explanation had to say "A agrees with B"; there were two sides, not three).

A version is a distinct value (``build``); this joins two versions only when
every side of both states the same words (case and spacing aside), each is
counted from its own report's date, and the resolved days differ by less
than one of the unit the words count in ('12 weeks ago': a week; 'three
days ago': a day, so Mon and Sun stay apart, as 'yesterday' does). Pairs
stay in their finding: a pair of the two joined versions compares one
version with itself, as a part of a day joined to its day does."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from ..model import Side

_UNITS = {"week": 7, "fortnight": 14, "month": 28, "year": 365}
_COUNTED = re.compile(r"\b(weeks?|fortnights?|months?|years?)\s+(ago|earlier|before)\b", re.I)


def _reading(sides: Sequence[Side], fact_at: Callable) -> tuple[str, float, datetime] | None:
    """(the words, the unit in days, the start of the day meant) when every
    side states the same relative words resolving to one day, else None."""
    said, starts = set(), set()
    for s in sides:
        fact = fact_at((s.article, s.start, s.end))
        value = fact.value if fact is not None else {}
        iv = value.get("interval")
        if not iv or value.get("needs_published") or not value.get("published"):
            return None
        said.add(" ".join(str(value.get("text") or s.text).casefold().split()))
        starts.add(iv[0])
    if len(said) != 1 or len(starts) != 1:
        return None
    words = said.pop()
    unit = _COUNTED.search(words)
    if unit is None:
        return None
    days = _UNITS[unit.group(1).lower().rstrip("s")]
    try:
        return words, days, datetime.fromisoformat(starts.pop())
    except ValueError:
        return None


def joined(keys: Mapping[str, Sequence[Side]], fact_at: Callable) -> dict[str, str]:
    """Version key -> the key it joins (the one stated by more sources, then
    the first by key), for versions of the same counted words whose days
    differ by less than their unit."""
    read = {k: r for k, sides in keys.items() if (r := _reading(sides, fact_at)) is not None}
    order = sorted(read, key=lambda k: (-len({s.article for s in keys[k]}), k))
    into: dict[str, str] = {}
    for i, k in enumerate(order):
        if k in into:
            continue
        words, unit, day = read[k]
        for other in order[i + 1 :]:
            w, _u, d = read[other]
            if other not in into and w == words and abs(d - day) < timedelta(days=unit):
                into[other] = k
    return into
