"""A part of a whole against the whole or another part (issue 11, sessions 24
and 25; one module since session 26): the CANDIDATE rows that keep them from
being compared as one figure, and the sum that tells a figure of one report is
the rest of a total another breaks down. facts/parts/ marks the parts.

- **a part of a total** (``PART_OF_A_TOTAL``): "AMD paid $334 million,
  including $281 million in cash" / "… $53 million in stock": the total, the
  cash part and the stock part measure three things (each figure's
  ``Measure.part``); "the £90m package, of which £20m is new money" / "£70m":
  the £70m is the £90m less its £20m, the rest of the total, not the total
  misreported (``rest_of_a_total``). A total against the same total told
  otherwise still conflicts, and so does a part against the same part.
- **a part of a sum** (``PART_OF_A_SUM``): "Regulators fined the retailer a
  combined total of nearly £23m" adds two fines; "the ICO imposed a fine of
  £14.2m" is one of them. The sum and its part measure different things:
  comparing them is neither a conflict nor a question (readers of the
  authored 'breach' cluster judged eight such questions wrong). A running
  total ("40 cases so far") against a figure naming no period stays a
  question (``like.total_against_one_count``), and so does a figure larger
  than the sum it is held against: no part exceeds its whole, so that one
  may be the same total misreported.
- a group named within a count ("including four crew members") is a role of
  its own (``Measure.role`` "member"), kept apart by the rows of measured
  roles (rules.py) and told apart here only when the other count counts what
  the part is (``told_part``).
"""

from __future__ import annotations

from ..facts.measure import Measure
from ..facts.parts import marked, sum_of_parts
from ..model import Fact, Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def _amount(f: Fact) -> tuple[float, float, str] | None:
    v = f.value
    if not isinstance(v.get("amount"), (int, float)) or v.get("amount_high") is not None:
        return None
    return float(v["amount"]), float(v.get("precision") or 0.0), str(v.get("unit") or "")


def _rest(total: Fact, facts: list[Fact], measures: dict[str, Measure], other: Fact) -> bool:
    """``other`` is ``total`` less the parts its sentence states."""
    if total.kind != "money" or other.kind != "money":
        return False  # sums only: '9 killed, including two children' / '7 killed' conflict
    t, o = _amount(total), _amount(other)
    if t is None or o is None or t[2] != o[2] or marked(measures[total.id].part):
        return False
    parts = [
        a
        for f in facts
        if f.id != total.id and marked(measures.get(f.id, Measure()).part) and f.start > total.start
        for a in [_amount(f)]
        if a is not None and a[2] == t[2]
    ]
    if not parts or not 0 < o[0] < t[0]:
        return False
    slack = max(t[1], o[1], *(p[1] for p in parts))
    return abs(t[0] - sum(p[0] for p in parts) - o[0]) <= slack


def rest_of_a_total(
    a: tuple[Fact, list[Fact], dict[str, Measure]], b: tuple[Fact, list[Fact], dict[str, Measure]]
) -> bool:
    """One figure is the other's total less the parts its sentence breaks it
    into: "£90m, of which £20m is new money" / "£70m"; "$334 million, including
    $281 million in cash" / "$53 million". Each side: the figure, its claim's
    facts and their measures."""
    (x, fa, ma), (y, fb, mb) = a, b
    if marked(mb.get(y.id, Measure()).part) or marked(ma.get(x.id, Measure()).part):
        return False
    return _rest(x, fa, ma, y) or _rest(y, fb, mb, x)


def told_part(x: Fact, mx: Measure, y: Fact, my: Measure) -> bool:
    """A figure that counts what the other's part is ("including €80m in cash" /
    "€80m cash"): that part, told without a breakdown. Parts of money only: a
    group within a count is a role (``Measure.role`` "member"), never marked."""
    for part, g in ((mx.part, y), (my.part, x)):
        counted = str(g.value.get("counted") or "").lower().split()
        if marked(part) and part in counted:
            return True
    return False


PART_OF_A_TOTAL = Rule(
    "part_of_a_total",
    CANDIDATE,
    lambda c: c.measured_apart == "part",
    Outcome.SKIP,
    "a part of a total its sentence breaks down ('$334 million, including $281 million in "
    "cash'; 'of which £20m is new money'; 'split between €32m up front and €8m in add-ons'; "
    "'$281 million in cash and $53 million in stock') measures that part: not the total, "
    "nor another part, nor the rest of the total another report gives ('$53 million' "
    "against '$334 million, including $281 million in cash') — no flag. A total against "
    "a total, and a part against the same part, are still compared",
    "tests/test_s25_parts_and_ratios.py::test_a_part_is_not_compared_with_its_total; "
    "issue 11, session 25 (an editor's trial: four false conflicts of parts in one cluster)",
)


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
