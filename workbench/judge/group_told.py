"""A count and the group it leaves out, told with its size, add up to the other
report's count (issue 11, session 39; facts/parts/group_size.py).

"40 passengers, excluding the driver" against "41 people on board": the
texts settle what `wider_scope` asked the editor — 40 and the driver are 41.
So do "nine people, including the gunman" against "eight people killed"
(nine less the gunman) and "200 passengers and 12 crew" against "212
people". When the figures add up exactly, the two reports agree, each
counting its own way; when they do not, the question stays (`wider_scope`).
"""

from __future__ import annotations

import math

from ..facts.parts.group_size import group_size
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def _exact(f: Fact) -> float | None:
    m = f.mention
    if m is None or getattr(m, "hedge", None) or getattr(m, "value_high", 0) is not None:
        return None
    value = getattr(m, "value", None)
    return None if value is None else float(value)


def _told(claim: Claim, f: Fact) -> int | None:
    return group_size(claim.text, f.end - claim.start)


def added_up(c: CandidateCase) -> tuple[Fact, Fact, int] | None:
    """(the figure telling its group, the other figure, the group's signed
    size) when one figure with its group told is exactly the other; else None."""
    if c.cmp.verdict != Verdict.CONFLICT or c.claims is None or c.same_value:
        return None
    if c.measured_apart not in ("", "scope", "inclusion"):
        return None
    sides = ((c.claims[0], c.x), (c.claims[1], c.y))
    told = [_told(claim, f) for claim, f in sides]
    if (told[0] is None) == (told[1] is None):
        return None  # neither tells its group, or both do: nothing to add
    at = 0 if told[0] is not None else 1
    (_, f), (_, o) = sides[at], sides[1 - at]
    size = told[at]
    fv, ov = _exact(f), _exact(o)
    if size is None or fv is None or ov is None:
        return None
    return (f, o, size) if math.isclose(fv + size, ov) else None


def added_up_note(c: CandidateCase) -> str:
    found = added_up(c)
    assert found is not None  # the row applied
    f, o, size = found
    said = c.cmp.explanation.rsplit(" — ", 1)[0]
    how = "with the group it leaves out" if size > 0 else "less the group it takes in"
    return (
        f"{said}; but '{f.text}' {how} ({abs(size)}, as its own sentence tells) is "
        f"'{o.text}': each report counts its own way — consistent"
    )


GROUP_TOLD_ADDS_UP = Rule(
    "group_told_adds_up",
    CANDIDATE,
    lambda c: added_up(c) is not None,
    Outcome.CONSISTENT,
    "a count that leaves out or takes in a group whose size its words tell ('40 "
    "passengers, excluding the driver', 'nine people, including the gunman', '200 "
    "passengers and 12 crew') against a count that is exactly it with or without that "
    "group ('41 people', 'eight people', '212 people'): the texts settle what the nested "
    "scopes asked (wider_scope) — the two agree",
    "tests/test_s39_group_told.py::test_a_count_and_its_told_group_add_up; "
    "tests/test_s23_scope_and_bounds.py::test_counts_over_nested_scopes_are_a_question",
    added_up_note,
)
