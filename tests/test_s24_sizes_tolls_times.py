"""Facts the authored development events showed never compared (session 24,
eng68): a size written as a hyphenated unit of several words ("the
3,850-gross-tonne ferry"), ... Made-up cases of each class."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict


def _one(text: str):
    found = [m for m in find_quantities(text) if m.kind == "quantity"]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------- a unit of several words, hyphenated


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The 3,850-gross-tonne ferry was built in Norway.", "t", 3850),
        ("a 90,000-gross-ton cruise liner left Southampton", "t", 90000),
        ("The 12,400 gross tonnes vessel sank off Crete.", "t", 12400),
        ("divers searched a 4-nautical-mile stretch of coast", "nmi", 4),
        ("they share a 40-square-metre flat in Lyon", "m2", 40),
        ("a 2,000 metric-ton load of grain", "t", 2000),
        ("the 300-square-foot kiosk", "sq ft", 300),
    ],
)
def test_a_unit_of_several_words_is_read_when_hyphenated(text, unit, value):
    m = _one(text)
    assert (m.unit, m.value) == (unit, value)


def test_gross_tonnage_and_tonnes_are_one_scale_of_a_ship():
    same = compare(_one("the 3,850-gross-tonne ferry"), _one("a 3,850-tonne ro-ro ferry"), "A", "B")
    assert same is not None and same.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)
    swapped = compare(
        _one("The 5,380-tonne Agia Marina left port"), _one("the 3,580-gross-tonne ship"), "A", "B"
    )
    assert swapped is not None and swapped.verdict is Verdict.CONFLICT


def test_a_hyphenated_word_that_is_no_unit_stays_unread():
    assert not [m for m in find_quantities("a 3-gross-error report") if m.kind == "quantity"]
