"""A margin against one bar told at two stages of a count (issue 11, session
37; authored election: '19 seats short of the 76 needed' on a provisional
projection / '18 seats short of a majority' on the final tally was a question
'the figures may describe different days'). Two margins below one bar count
one thing (facts/bars.one_margin), so the stage rule reads them as an update
like two shares (judge/count_stage.py). Made-up cases: other parties, bars,
numbers and words."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


def _between(tmp_path, a: str, b: str, pa: str, pb: str, left: str, right: str):
    found = analyze_paths(pair(tmp_path, a, b, pa, pb))
    return [d for d in found.discrepancies if {s.text for s in d.sides} == {left, right}]


UPDATES = {
    "seats-provisional-final": (
        "On provisional results the Labour bloc would hold 89 seats, leaving it 12 seats "
        "short of the 101 needed for a majority in the assembly.",
        "The final count gave the Labour bloc 92 seats, leaving it 9 seats short of a "
        "majority in the assembly.",
        ("12", "9"),
    ),
    "votes-partial-final": (
        "With 70 per cent of precincts reporting, the levy measure was 4,100 votes shy of "
        "the two-thirds it needs to pass in Carrow County.",
        "Final results left the levy measure 2,600 votes shy of the two-thirds it needs to "
        "pass in Carrow County.",
        ("4,100", "2,600"),
    ),
}


@pytest.mark.parametrize("name", sorted(UPDATES))
def test_one_margin_at_two_stages_is_an_update(tmp_path, name):
    a, b, (va, vb) = UPDATES[name]
    found = _between(tmp_path, a, b, "2026-05-11", "2026-05-12", va, vb)
    assert found, name
    assert all(d.rule == "two_stages_of_a_count" for d in found), [d.rule for d in found]
    assert all(d.verdict.value == "consistent" for d in found)


def test_one_margin_at_one_stage_stays_compared(tmp_path):
    # two partial counts at the same share counted: either may be wrong
    told = (
        "With 70 per cent of precincts reporting, the levy measure was {} votes shy of "
        "the two-thirds it needs to pass in Carrow County."
    )
    a, b = told.format("4,100"), told.format("2,600")
    found = _between(tmp_path, a, b, "2026-05-11", "2026-05-12", "4,100", "2,600")
    assert found
    assert all(d.rule != "two_stages_of_a_count" for d in found)
    assert all(d.verdict.value == "conflict" for d in found)
