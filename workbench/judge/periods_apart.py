"""Counts over periods told differently, and the ends of such periods (issue 11,
session 41; `facts/count_period.py` reads the period).

"Hospitals in Seville province admitted 248 patients … between Monday and
Wednesday" / "More than 3,100 people were admitted … between Monday and
Friday": two counts over two periods, not one figure misreported; and
"Wednesday" / "Friday" are the ends of two counting periods, not two dates of
one happening (opened heatwave event: readers judged both conflicts
"different scope"). No flag for either. A count over a period told alike on
both sides is compared as before, and so are the ends of two periods whose
counts agree (the count then says they are one period, and a differing end
is a discrepancy).
"""

from __future__ import annotations

from ..facts.count_period import count_period, period_end
from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule


def _span(claim: Claim, f: Fact) -> tuple[str, int, int]:
    return claim.text, f.start - claim.start, f.end - claim.start


def counts_of_different_periods(c: CandidateCase) -> bool:
    """Two counts, each told over a period its clause names, the periods told
    differently."""
    if c.claims is None or c.x.kind not in QUANTITY_KINDS or c.y.kind not in QUANTITY_KINDS:
        return False
    if not all(getattr(f.mention, "dimension", "") == "count" for f in (c.x, c.y)):
        return False
    a = count_period(*_span(c.claims[0], c.x))
    b = count_period(*_span(c.claims[1], c.y))
    return a is not None and b is not None and a != b


def _counts(claim: Claim, facts, date: Fact) -> list[tuple[float, float]]:
    """The bounds of the counts told over the same period as ``date`` in its clause."""
    text, start, end = _span(claim, date)
    period = period_end(text, start, end)
    out = []
    for f in facts:
        if f.kind not in QUANTITY_KINDS or getattr(f.mention, "dimension", "") != "count":
            continue
        if count_period(*_span(claim, f)) != period:
            continue
        lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
        if lo is not None and hi is not None:
            out.append((float(lo), float(hi)))
    return out


def ends_of_counting_periods(c: CandidateCase) -> bool:
    """Two dates, each an end of a period a count of its clause was counted over,
    those counts differing (no two overlap)."""
    if c.claims is None or c.x.kind not in TIME_KINDS or c.y.kind not in TIME_KINDS:
        return False
    if period_end(*_span(c.claims[0], c.x)) is None:
        return False
    if period_end(*_span(c.claims[1], c.y)) is None:
        return False
    ca = _counts(c.claims[0], c.facts[0], c.x)
    cb = _counts(c.claims[1], c.facts[1], c.y)
    if not ca or not cb:
        return False
    return not any(a[0] <= b[1] and b[0] <= a[1] for a in ca for b in cb)


COUNTS_OF_DIFFERENT_PERIODS = Rule(
    "counts_of_different_periods",
    CANDIDATE,
    counts_of_different_periods,
    Outcome.SKIP,
    "two counts each told over a period its clause names, the periods told differently "
    "('admitted 248 patients between Monday and Wednesday' / 'More than 3,100 were "
    "admitted between Monday and Friday'): two counts, no flag",
    "tests/test_s41_areas_and_periods.py::test_counts_over_different_periods",
)
ENDS_OF_COUNTING_PERIODS = Rule(
    "ends_of_counting_periods",
    CANDIDATE,
    ends_of_counting_periods,
    Outcome.SKIP,
    "two dates each ending (or opening) a period a count of its clause was counted over, "
    "the counts differing ('248 patients between Monday and Wednesday' / '3,100 between "
    "Monday and Friday'): the ends of two counting periods, not two dates of one "
    "happening — no flag. Ends of periods whose counts agree are compared",
    "tests/test_s41_areas_and_periods.py::test_the_ends_of_two_counting_periods",
)
