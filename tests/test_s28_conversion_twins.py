"""A figure and its conversion in parentheses that disagree (session 28,
align36; authored development storm D2 "wind gusts of 102 mph (148 km/h)",
trial D9 "the 11 miles (28km) from Bradford"): the other report's value took
the twin it agrees with, one to one, and the wrong twin was never compared.

The sentences are made up; the pattern comes from the authored events.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _found(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


WRONG = [
    # a speed: 87 mph is 140 km/h
    (
        "The storm brought gusts of 87 mph (160 km/h) to the headland, the weather "
        "service said. Ferries were cancelled.",
        "2026-01-12",
        "Gusts of 160 km/h were recorded on the headland, the weather service said, and"
        " ferries were cancelled.",
        "2026-01-12",
        ["87 mph", "160 km/h"],
    ),
    # a distance: 40 miles is 64 km
    (
        "The tanker spilled its cargo 40 miles (48 km) off the coast, the coastguard "
        "said. Clean-up crews were sent at dawn.",
        "2026-02-03",
        "The coastguard said the tanker spilled its cargo 40 miles off the coast, and "
        "clean-up crews were sent at dawn.",
        "2026-02-03",
        ["48 km", "40 miles"],
    ),
    # a weight: 250 kg is 551 pounds
    (
        "Customs officers seized 250 kilograms (350 pounds) of cocaine hidden in a "
        "shipment of bananas at the port.",
        "2026-06-10",
        "Customs officers at the port found 550 pounds of cocaine hidden in a shipment of bananas.",
        "2026-06-10",
        ["350 pounds", "550 pounds"],
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "sides"), WRONG)
def test_a_conversion_that_disagrees_with_its_figure_is_shown(tmp_path, a, pa, b, pb, sides):
    found = _found(tmp_path, a, pa, b, pb)
    assert found.get(frozenset(sides)) == "conflict", found


def test_a_right_conversion_says_nothing(tmp_path):
    # 99 mph is 159 km/h: within the rounding of '160 km/h'
    found = _found(
        tmp_path,
        "The storm brought gusts of 99 mph (160 km/h) to the headland, the weather "
        "service said. Ferries were cancelled.",
        "2026-01-12",
        "Gusts of 160 km/h were recorded on the headland, the weather service said, and"
        " ferries were cancelled.",
        "2026-01-12",
    )
    assert "conflict" not in found.values(), found


def test_a_sum_and_its_currency_are_no_twins(tmp_path):
    # outlets choose their own exchange rates: the family's reading of a stated rate decides
    found = _found(
        tmp_path,
        "Harbour Foods agreed to buy Millbrook Dairies for £300m ($420m) in cash, the "
        "companies said on Monday.",
        "2026-03-17",
        "Harbour Foods agreed to buy Millbrook Dairies for £300m in cash, the companies "
        "said on Monday.",
        "2026-03-17",
    )
    assert frozenset(("$420m", "£300m")) not in found, found
