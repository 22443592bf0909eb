"""A sum of several things against one of them (issue 11, cause 1; session 24).

"Regulators fined the retailer a combined total of nearly £23m" adds two fines;
"the ICO imposed a fine of £14.2m" is one of them. The sum and its part measure
different things: comparing them is neither a conflict nor a question (readers
of the authored 'breach' cluster judged eight such questions wrong). A running
total ("40 cases so far") against a figure naming no period stays a question
(``like.total_against_one_count``), and so does a figure larger than the sum
it is held against: no part exceeds its whole, so that one may be the same
total misreported.
"""

from __future__ import annotations

from ..facts.period import sum_of_parts
from ..model import Fact, Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def _larger(part: Fact, whole: Fact) -> bool:
    """Whether ``part`` is surely larger than ``whole`` (same unit, no overlap);
    amounts in two currencies are not compared here."""
    a, b = part.value, whole.value
    unit = a.get("si_unit")
    if not unit or unit != b.get("si_unit"):
        return False
    low, high = a.get("low"), b.get("high")
    return low is not None and high is not None and low > high


def part_of_a_sum(c: CandidateCase) -> bool:
    """A sum of several things ('a combined total', 'totalling', 'together')
    against a figure naming no such scope and no larger than the sum."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED) or c.claims is None:
        return False
    if sorted(c.scopes) != ["", "total"]:
        return False
    i = 0 if c.scopes[0] == "total" else 1
    claim, whole, part = c.claims[i], (c.x, c.y)[i], (c.x, c.y)[1 - i]
    if not sum_of_parts(claim.text, whole.start - claim.start, whole.end - claim.start):
        return False
    return not _larger(part, whole)


PART_OF_A_SUM = Rule(
    "part_of_a_sum",
    CANDIDATE,
    part_of_a_sum,
    Outcome.SKIP,
    "a sum its clause adds up from several things ('fined the retailer a combined total "
    "of nearly £23m', 'fines totalling $410m', 'together the two parties won 48%') "
    "against a figure naming no such scope and no larger ('a fine of £14.2m', 'Labour "
    "won 31%'): one of the parts against the sum, two different measures — no flag "
    "(a running total, 'so far', 'since', stays a question: total_against_one_count)",
    "tests/test_s24_measures_apart.py::test_a_part_is_not_compared_with_a_sum; "
    "authored development cluster breach (eight questions judged wrong: a combined "
    "total of two fines against one fine)",
)
