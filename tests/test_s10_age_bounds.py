"""An age as a bound ("before the age of 40" is under 40), from a fresh CLI
trial where it was read as exactly 40 and flagged against "under 40"."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import compare, find_quantities


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Most cases are diagnosed before the age of 40, doctors say.", "under"),
        ("The risk rises sharply after the age of 65.", "over"),
        ("By the age of 5, most children can swim a length.", "up to"),
    ],
)
def test_the_age_of_is_a_bound(text, hedge):
    (m,) = find_quantities(text)
    assert m.hedge == hedge


def test_before_the_age_of_agrees_with_under():
    (a,) = find_quantities("Most patients fall ill before the age of 40.")
    (b,) = find_quantities("Most patients fall ill when they are under 40.")
    assert str(compare(a, b, "A", "B").verdict) != "conflict"


def test_a_bare_age_stays_a_figure():
    (m,) = find_quantities("She was 40 when she founded the company.")
    assert m.hedge is None
