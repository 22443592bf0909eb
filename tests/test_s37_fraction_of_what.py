"""A fraction of what another amount is, 'less than half what investors
consider healthy', is a ratio to that amount, not a share to compare with a
percentage (issue 11, session 37; authored carmaker_cuts: read as 50% against
an operating margin of 5.6%, a question judged wrong). The candidate row
multiplier_against_count sets it apart; 'half the staff' stays a share."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench import judge
from workbench.analysis import analyze_paths


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    with judge.rules.without(*without):
        found = analyze_paths(pair(tmp_path, a, b, "2026-05-11", "2026-05-11"))
    return [(d.verdict.value, {s.text for s in d.sides}) for d in found.discrepancies]


APART = {
    "margin": (
        "The operating margin shrank to 3.5% from 5.6%.",
        "The operating margin, at 3.5%, is less than half what investors consider healthy "
        "for a volume carmaker.",
        {"5.6%", "less than half"},
    ),
    "reservoir": (
        "Water in the reservoir stands at 38% of capacity.",
        "Water in the reservoir is at barely a third of what engineers consider safe for "
        "the summer.",
        {"38%", "a third"},
    ),
    "profit": (
        "The airline's profit fell 24% in the quarter.",
        "The airline's profit in the quarter was about a quarter of what analysts had expected.",
        {"24%", "about a quarter"},
    ),
}


@pytest.mark.parametrize("name", sorted(APART))
def test_a_fraction_of_what_is_not_a_share(tmp_path, name):
    a, b, sides = APART[name]
    shown = _flags(tmp_path, a, b, without=("multiplier_against_count",))
    assert [f for f in shown if f[1] == sides], shown  # the row is what sets it apart
    assert not [f for f in _flags(tmp_path, a, b) if f[1] == sides]


def test_a_fraction_of_a_group_stays_a_share(tmp_path):
    a = "Half the staff at the plant were laid off on Monday."
    b = "About 50% of the staff at the plant were laid off on Monday."
    assert [f for f in _flags(tmp_path, a, b) if f[1] == {"Half", "About 50%"}]
