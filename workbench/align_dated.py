"""One happening dated on two calendar days, in sentences the matching left
apart (issue 11, session 36, eng121).

"HP's acquisition of EDS, announced officially on May 13" and "The
announcement may come as early as May 14" give one announcement two days, in
sentences that share few words: they score under accept and are never
compared, while each report names the day outright. Such a pair is aligned
when it scores ``AlignThresholds.dated_partner`` below accept or more and both
sentences name a calendar day (a month and its day, ``named_day``; kept as
"on:" evidence by ``analysis._happenings``) of one named happening, the days at
most ``second_partner_ratio`` days apart and not the same. A weekday or
"yesterday" is not enough: in undated copy none of them resolves, and on the
real-copy development halves such pairs made 12 new unresolved flags for the
one inventory item. The pair is marked ``opening``: like ``align_openings``'s,
it has no say on whether two articles disagree on most values."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date

from .model import Alignment, Claim, Fact

Evidence = tuple[str, float, float]  # (dimension, low, high), as align.Evidence

ON = "on:"  # a calendar day named, by the happening it dates (analysis._happenings)
_TIMEX = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")
_YEAR_DAYS = 366  # days of the year counted in a leap year: February 29 has its own


def named_day(f: Fact) -> tuple[float, float] | None:
    """(year or NaN, day of the year) of a date naming a month and its day
    ("on May 13", "13 May 2008", "March 7th"); None for a day counted from the
    publication date ("today", "yesterday", "Monday" resolved), taken from
    another sentence, or of a month or a year only."""
    m = f.mention
    got = _TIMEX.fullmatch(f.value.get("timex") or "")
    if (
        got is None
        or f.kind != "date"
        or getattr(m, "deictic", True)
        or getattr(m, "refers_to", "x")
        or getattr(m, "granularity", "") != "day"
        or not any(ch.isdigit() for ch in f.text)  # a weekday resolved names no day
    ):
        return None
    try:
        day = date(2000, int(got.group(2)), int(got.group(3))).timetuple().tm_yday
    except ValueError:
        return None
    return (math.nan if got.group(1) == "XXXX" else float(got.group(1))), float(day)


def days_apart(a: Sequence[Evidence], b: Sequence[Evidence], ratio: float) -> bool:
    """Do two claims name different calendar days of one happening, at most
    ``ratio`` days apart ("May 13" / "May 14"; "December 30" / "January 2"
    when a year is not stated)?"""
    for ka, ya, da in a:
        if not ka.startswith(ON):
            continue
        for kb, yb, db in b:
            if ka != kb:
                continue
            if math.isnan(ya + yb):  # a year not stated: the days of the year, round
                apart = abs(da - db)
                apart = min(apart, _YEAR_DAYS - apart)
            else:
                apart = abs((ya - yb) * _YEAR_DAYS + da - db)
            if 0 < apart <= ratio:
                return True
    return False


def dated_partners(
    out: Sequence[Alignment],
    kept: Iterable[Sequence[tuple[float, int, int]]],
    claims: Sequence[Claim],
    about: Sequence[Sequence[Evidence]],
    floor: float,
    ratio: float,
) -> list[Alignment]:
    """The pairs of ``kept`` (each article pair's candidates, strongest first)
    scoring ``floor`` or more, not in ``out``, whose sentences name calendar
    days of one happening that differ (``days_apart``)."""
    aligned = {frozenset((a.left, a.right)) for a in out}
    added: list[Alignment] = []
    for cands in kept:
        for score, i, j in cands:
            if score < floor:
                break
            a, b = claims[i], claims[j]
            if frozenset((a.id, b.id)) in aligned or not days_apart(about[i], about[j], ratio):
                continue
            aligned.add(frozenset((a.id, b.id)))
            added.append(Alignment(a.id, b.id, round(min(score, 1.0), 3), opening=True))
    return added
