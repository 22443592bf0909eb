"""'after April 29th' against 'April 29' (the very day the bound names) is a
question, not a conflict: news writes "after the 29th customers can register"
of registration that opens that day (fresh trial 19). A day beyond the bound
still conflicts; a day inside it still agrees."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.compare import compare
from workbench.facts.time.find import find_times

DAY = date(2013, 4, 23)  # a Tuesday


def _first(sentence: str):
    return find_times(sentence, DAY)[0]


@pytest.mark.parametrize(
    "bound, point",
    [
        (
            "After April 29th customers will be able to register.",
            "Registration begins on April 29.",
        ),
        (
            "The shop closed before Friday, the owner said.",
            "The shop closed on Friday, the owner said.",
        ),
        (
            "Talks will resume after May 3, officials said.",
            "Talks will resume on May 3, officials said.",
        ),
        (
            "The law applies to contracts signed after 2019.",
            "The law applies to contracts signed in 2019.",
        ),
    ],
)
def test_a_bound_against_its_own_day_is_a_question(bound, point):
    for a, b in ((_first(bound), _first(point)), (_first(point), _first(bound))):
        c = compare(a, b, "L", "R")
        assert c is not None and c.verdict.value == "unresolved", c
        assert "may be written for" in c.explanation


@pytest.mark.parametrize(
    "bound, point, verdict",
    [
        ("Registration opens after April 29th.", "Registration opens on April 28.", "conflict"),
        ("The shop closed before Friday.", "The shop closed on Saturday.", "conflict"),
        ("He arrived after Monday.", "He arrived on Tuesday.", "consistent"),
    ],
)
def test_other_days_are_judged_as_before(bound, point, verdict):
    c = compare(_first(bound), _first(point), "L", "R")
    assert c is not None and c.verdict.value == verdict
