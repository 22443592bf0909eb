"""Parts of a total and ratios of different measures (issue 11, session 25):
the CANDIDATE rows that keep them from being compared as one figure, and the
sum that tells a figure of one report is the rest of a total another breaks
down.

"AMD paid $334 million, including $281 million in cash" / "… $53 million in
stock": the total, the cash part and the stock part measure three things
(facts/parts.py reads which part each is); "the £90m package, of which £20m
is new money" / "£70m": the £70m is the £90m less its £20m, the rest of the
total, not the total misreported. A total against the same total told
otherwise still conflicts, and so does a part against the same part.
"""

from __future__ import annotations

from ..facts.measure import Measure
from ..facts.parts import marked
from ..model import Fact
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
    """A count that counts what the other's part is ("including four members of the
    crew" / "five crew members were hurt"): that part, told without a breakdown."""
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

RATIO_OF_ANOTHER_MEASURE = Rule(
    "ratios_of_different_measures",
    CANDIDATE,
    lambda c: c.measured_apart == "ratio",
    Outcome.SKIP,
    "a ratio or multiple is a measure of what it qualifies: 'one sixth the space' / 'one "
    "quarter the power', 'three times faster' / 'five times larger', '40 percent cheaper' "
    "/ '30 percent lighter' are figures of different things, neither consistent nor in "
    "conflict — no flag",
    "tests/test_s25_parts_and_ratios.py::test_ratios_of_different_measures_are_not_compared; "
    "issue 11, session 25 (an editor's trial: 'one sixth the space' / 'one quarter the power' "
    "judged consistent)",
)

PART_ROWS = (PART_OF_A_TOTAL, RATIO_OF_ANOTHER_MEASURE)
