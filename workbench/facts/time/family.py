"""Times as a fact family (see :mod:`workbench.facts.family`)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from ...model import Comparison, Fact
from ..family import Evidence, Scope
from .article_zone import with_article_zone
from .compare import compare
from .dateline import without_dateline_dates
from .find import find_times, find_times_in_document
from .fiscal_periods import fiscal_comparison, with_fiscal_periods
from .mention import TIME_KIND, TimeMention
from .play_periods import without_periods_of_play
from .zones import with_zones

# Granularities from fine to coarse.
_GRAINS = "second minute hour partofday day weekend week month quarter season half year"
_RANK = {g: i for i, g in enumerate([*_GRAINS.split(), "decade", "century", "millennium"])}


class TimeFamily:
    name = "time"
    kinds = frozenset(TIME_KIND.values())
    scope: Scope = "claim"

    def find(self, text: str, published: date | None) -> list[TimeMention]:
        return find_times(text, published)

    def find_each(self, texts: Sequence[str], published: date | None) -> list[list[TimeMention]]:
        """Each claim read with what the claims before it set up ("the quarter").
        "The day" valued as a day named elsewhere ("later in the day" after
        "on Saturday") is not compared: it states no day of its own, the day
        is compared where it is named. Compared, it paired other events'
        days and figures of speech ("finished the day") on real copy (four
        flags, all judged wrong); the time benchmarks still read its value."""
        found = with_zones(texts, find_times_in_document(texts, published))
        found = with_article_zone(texts, found)  # '3:40 a.m. EDT' ... '5:10 a.m.'
        found = without_dateline_dates(texts, found)  # a filing date, not a claim's
        found = without_periods_of_play(texts, found)  # 'the fourth quarter' of a game
        found = with_fiscal_periods(texts, found, published)  # 'fiscal Q2, to Dec. 31'
        return [[m for m in ms if not m.refers_to] for ms in found]

    def evidence(self, fact: Fact) -> list[Evidence]:
        """The TimeML value when fully resolved, and dates and clock times as
        intervals of seconds."""
        out: list[Evidence] = []
        m = fact.mention
        earlier = (fact.value.get("text") or "").lower().endswith(" earlier")
        if earlier and not (isinstance(m, TimeMention) and not m.deictic):
            # "a year earlier" counts from a time the text sets up; counted from the
            # publication date instead it has no anchor. Valued from the period
            # named before ("the third quarter" ... "a year earlier") it has one.
            return out
        timex = fact.value.get("timex") or ""
        clock = _clock_evidence(m) if isinstance(m, TimeMention) else None
        if clock is not None:
            out.append(clock)
        elif timex and "X" not in timex and not timex.endswith("_REF"):
            out.append((f"timex:{timex}", 0.0, 0.0))
        if fact.kind in ("date", "time") and isinstance(m, TimeMention) and m.interval:
            start, end = m.interval
            out.append((fact.kind, start.timestamp(), end.timestamp() - 1))
        return out

    def links(self, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
        return []

    def compare(self, a: TimeMention, b: TimeMention, left: str, right: str) -> Comparison | None:
        got = fiscal_comparison(a, b)  # a fiscal period of no stated months: never a calendar one
        return compare(a, b, left, right) if got is True else got

    def same_value(self, a: TimeMention, b: TimeMention) -> bool:
        """One time stated twice in other words ('4am' / '04:00', 'Friday' /
        'tomorrow', 'a fortnight' / '14 days'): the same resolved TimeML value,
        the same length, or the same interval, with no bound on either."""
        if a.modifier or b.modifier:
            return False
        ta, tb = stated_timex(a), stated_timex(b)
        if ta and ta == tb and "X" not in ta:
            return True
        if a.amount is not None and a.amount == b.amount:
            return True
        return a.interval is not None and a.interval == b.interval

    def length(self, m: TimeMention) -> tuple[float, float] | None:
        """A length of time as seconds (low, high; high infinite when open), or None."""
        if m.amount is None:
            return None
        lo, hi = m.amount
        return float(lo), float("inf") if hi is None else float(hi)

    def far_coarser(self, a: TimeMention, b: TimeMention) -> bool:
        """One of the two is a year or longer and the other a day or shorter
        ('this year' / 'Monday morning', 'the 1980s' / '1983'): that one lies
        inside the other says nothing about whether they date one event."""
        ga, gb = _RANK.get(a.granularity), _RANK.get(b.granularity)
        if ga is None or gb is None:
            return False
        coarse, fine = max(ga, gb), min(ga, gb)
        return (coarse >= _RANK["year"] and fine <= _RANK["day"]) or (
            coarse >= _RANK["decade"] and fine < coarse
        )

    def relative(self, m: TimeMention) -> bool:
        """Counted from the publication date, or in need of it ("tonight")."""
        return m.relative

    def a_day_off_by_the_clock(self, a: TimeMention, b: TimeMention) -> bool:
        """One side names its own publication day ("today", "this morning")
        and the two days are next to each other: a report filed from another
        time zone, or written the evening before it appeared, calls the same
        day by another name. "Yesterday" against the wrong weekday is the
        classic relative-date error, and stays a conflict."""
        own_day = [m for m in (a, b) if m.deictic and m.interval and m.published
                   and m.interval[0].date() == m.published]  # fmt: skip
        if not own_day or _zone_stated(a) or _zone_stated(b):
            return False
        if a.interval is None or b.interval is None:
            return False
        fine = ("hour", "partofday", "day")
        if a.granularity not in fine or b.granularity not in fine:
            return False
        return abs((a.interval[0].date() - b.interval[0].date()).days) == 1

    def pins_own_day(self, m: TimeMention) -> bool:
        """Resolved by counting from the publication date ("today", "this morning")."""
        return m.deictic


_DAY_PREFIX = re.compile(r"(\d{4}-\d\d-\d\d)(T.*)")


def _zone_stated(m: TimeMention) -> bool:
    """A clock written with its zone ("GMT", "ET"), not read in its story's (zones.py)."""
    return m.tz is not None and not m.zone_of_story


def stated_timex(m: TimeMention) -> str:
    """The value as the text states it: without a day a clock time took from the
    lede or the publication date (``day_from``), which is a reading, not a statement."""
    if m.day_from:
        got = _DAY_PREFIX.fullmatch(m.timex)
        return got.group(2) if got else m.timex
    return m.timex


def _clock_evidence(m: TimeMention) -> Evidence | None:
    """A clock time or part of the day ("at 4:10 p.m.", "7.40pm on Monday", "in
    the morning"): the time of day, over the day its sentence states when it
    states one, else over any day. Two such times agree for the aligner when the
    time of day is the same and their days overlap or one is not stated: clock
    times of two stated days are not one detail. A day taken from the lede or the
    publication date (``day_from``, in ``timex`` only) is a reading, not a
    statement, and is not used: reports filed a day apart date one event's clock
    time differently."""
    if m.type != "TIME" or "X" in m.timex or (m.interval is not None and not m.clock):
        return None
    got = _DAY_PREFIX.fullmatch(m.timex)
    if got is None:
        return (f"timex:{m.timex}", -math.inf, math.inf) if m.timex.startswith("T") else None
    if m.day_from:
        return (f"timex:{stated_timex(m)}", -math.inf, math.inf)
    start = datetime.fromisoformat(got.group(1))
    return (f"timex:{got.group(2)}", start.timestamp(), (start + timedelta(days=1)).timestamp() - 1)


TIME = TimeFamily()
