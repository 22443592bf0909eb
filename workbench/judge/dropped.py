"""Figures a CANDIDATE row dropped for their scope stay free only for a
partner of their own scope (issue 11, session 34).

A row that drops a pair of figures as a part and its whole — a stretch of the
happening's time against the whole (time_parts.py), a locality or a site
against a wider area (scopes.part_within_whole) — leaves both figures
unpaired, and the assignment went on to pair each with the next figure of the
other sentence: eng97's time-part row let '40 arrested by 2 p.m.', dropped
against '130 arrested', meet another count of that sentence, a wrong flag in
its place (authored and real-copy held out, session 33). A figure so dropped
may still meet its right partner, a figure of its own part of the time or its
own place, never one of another.

Session 39: the same for the rows that drop a figure for its step of a told
sequence (revised_apart), its moment of a trading session
(stages_apart.MOMENT_AGAINST_AN_UNTOLD_ONE), a market's size or a range of
several owners (wider_owners): "raised its offer to $45" dropped against
"offered $40" meets only a figure of its own step.
"""

from __future__ import annotations

from ..facts.count_period import count_period, period_end
from ..facts.market_scope import market_figure
from ..facts.measure import measure_of
from ..facts.places import same_place
from ..facts.revision import revision_step
from ..facts.spread import spread_of_several
from ..model import Claim, Fact
from .areas_apart import PART_OF_THE_AREA, area_width
from .periods_apart import COUNTS_OF_DIFFERENT_PERIODS, ENDS_OF_COUNTING_PERIODS
from .revised_apart import STEPS_OF_ONE_FIGURE
from .scopes import PART_WITHIN_WHOLE
from .stages_apart import MOMENT_AGAINST_AN_UNTOLD_ONE
from .time_parts import TIME_PART_OF_A_WHOLE, time_part_of
from .wider_owners import MARKET_AGAINST_A_COMPANY, SPREAD_OF_SEVERAL

_WHY = {TIME_PART_OF_A_WHOLE.name: "time", PART_WITHIN_WHOLE.name: "place"}
# session 39: a reading of the figure's own clause that must be alike on both sides
_READS = {
    STEPS_OF_ONE_FIGURE.name: revision_step,
    MARKET_AGAINST_A_COMPANY.name: market_figure,
    SPREAD_OF_SEVERAL.name: spread_of_several,
    MOMENT_AGAINST_AN_UNTOLD_ONE.name: lambda t, s, e: measure_of(t, s, e).scope,
    PART_OF_THE_AREA.name: area_width,  # session 41: a part of the area, the whole
    COUNTS_OF_DIFFERENT_PERIODS.name: count_period,  # session 41: counting periods
    ENDS_OF_COUNTING_PERIODS.name: period_end,
}
_WHY |= {name: name for name in _READS}


def note(dropped: dict[str, set[str]], row: str, x: Fact, y: Fact) -> None:
    """Remember ``x`` and ``y`` when ``row`` dropped them for their scope."""
    why = _WHY.get(row)
    if why is not None:
        dropped.setdefault(x.id, set()).add(why)
        dropped.setdefault(y.id, set()).add(why)


def _place(claim: Claim, f: Fact) -> tuple[str, tuple[str, ...]]:
    m = measure_of(claim.text, f.start - claim.start, f.end - claim.start)
    return m.place, m.where


def _alike(why: str, claims: tuple[Claim, Claim], x: Fact, y: Fact) -> bool:
    ca, cb = claims
    if read := _READS.get(why):
        return read(ca.text, x.start - ca.start, x.end - ca.start) == read(
            cb.text, y.start - cb.start, y.end - cb.start
        )
    if why == "time":
        return time_part_of(ca, x) == time_part_of(cb, y)
    (pa, wa), (pb, wb) = _place(ca, x), _place(cb, y)
    same_where = len(wa) == len(wb) and all(any(same_place(p, q) for q in wb) for p in wa)
    return pa == pb and same_where


def kept_free(cands: list, dropped: dict[str, set[str]], claims: tuple[Claim, Claim]) -> list:
    """The candidates (tuples holding x at [2] and y at [3]) left once each
    dropped figure is kept from partners not of its own scope."""
    if not dropped:
        return cands

    def own(x: Fact, y: Fact) -> bool:
        whys = dropped.get(x.id, set()) | dropped.get(y.id, set())
        return all(_alike(why, claims, x, y) for why in whys)

    return [c for c in cands if own(c[2], c[3])]
