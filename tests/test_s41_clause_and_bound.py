"""Session 41 (eng149, issue 11): a stamp of another clause, and a hedged figure
past a bound.

1. 'On Thursday, 11 of the 63 injured were in a critical condition — roughly one
   in six; by Friday evening, seven remained in intensive care': 'by Friday
   evening' times the seven, not the share; read as the share's moment it made a
   real difference "an update" (judge/clause_stamps.py).
2. 'about 6,800' against 'at least 7,000': rounded at its own step the hedged
   figure is below the floor; only the hedge's tenth reached it
   (facts/quantity/bounds._hedged_past_a_bound).

Made-up cases in other words, numbers and places than the development events'.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.facts.quantity import compare, find_quantities
from workbench.judge.clause_stamps import in_its_clause
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


# --- 1. the stamps of a figure's own clause -----------------------------------------

SENTENCE = (
    "On Monday, 14 of the 90 patients were in intensive care, about one in six; by "
    "Tuesday night, nine remained on ventilators."
)
STAMPS = ((1, 2, "Monday"), (3, 4, "Tuesday night"))


@pytest.mark.parametrize(
    ("figure", "kept"),
    [
        ("one in six", ("Monday",)),
        ("nine", ("Tuesday night",)),
    ],
)
def test_a_figure_takes_the_stamps_of_its_own_clause(figure, kept):
    assert tuple(s[2] for s in in_its_clause(STAMPS, SENTENCE, figure)) == kept


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("By Tuesday night, nine remained on ventilators, the hospital said.", "nine"),
        (SENTENCE, "seventeen"),  # not in the sentence: every stamp kept
    ],
)
def test_one_clause_or_a_figure_not_found_keeps_every_stamp(sentence, figure):
    assert in_its_clause(STAMPS, sentence, figure) == STAMPS


def test_a_share_timed_by_another_clause_is_no_update(tmp_path):
    opening = "A hospital gave new figures after the collapse."
    a = (
        "Of the 90 injured, 14 — nearly half — remained in a critical condition on Monday, "
        "hospital staff said."
    )
    b = (
        "On Monday, 14 of the 90 injured were in a critical condition — roughly one in six; "
        "by Tuesday evening, nine remained on ventilators."
    )
    found = opening_body_flags(tmp_path, (opening, a, "2030-02-05"), (opening, b, "2030-02-06"))
    shares = [f for f in found if "nearly half" in f[0] and "one in six" in f[1]]
    assert shares and all(f[2] == "conflict" for f in shares), found
    assert not [f for f in found if "given at different times" in f[3]], found


# --- 2. a hedged figure past a bound ---------------------------------------------------


def _cmp(a: str, b: str):
    return compare(find_quantities(a)[0], find_quantities(b)[0], "Left", "Right")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("About 6,800 nurses joined the strike.", "At least 7,000 nurses joined the strike."),
        ("Some 480 homes lost power.", "More than 500 homes lost power."),
        ("The wall is about 10.5 metres high.", "The wall is under 10 metres high."),
        ("Roughly 1.05 million people voted.", "Up to 1 million people voted."),
    ],
)
def test_a_hedged_figure_past_a_bound_at_its_own_rounding_conflicts(a, b):
    c = _cmp(a, b)
    assert c.verdict == Verdict.CONFLICT, c.explanation
    assert "even at its own rounding" in c.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("About 7,400 nurses joined the strike.", "More than 7,000 nurses joined the strike."),
        ("About 4,300 residents left.", "More than 4,000 residents left."),
        ("About 7,000 nurses joined the strike.", "At least 7,000 nurses joined the strike."),
        ("Nearly 7,000 nurses joined the strike.", "At least 6,800 nurses joined the strike."),
    ],
)
def test_a_hedged_figure_a_bound_allows_keeps_its_verdict(a, b):
    c = _cmp(a, b)
    assert "even at its own rounding" not in c.explanation
