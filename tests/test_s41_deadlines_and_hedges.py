"""Session 41 (eng149, issue 11): agreements that hid a real difference.

Two deadlines of one thing that name different days, and two hedged figures in
two units whose hedges met only because each stretched its figure by a tenth.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.quantity import compare as compare_quantities
from workbench.facts.quantity import find_quantities
from workbench.facts.time import compare as compare_times
from workbench.facts.time import find_times
from workbench.model import Verdict

PUB = date(2026, 3, 10)  # a Tuesday


def _times(a: str, b: str, pa: date = PUB, pb: date = PUB):
    (ma,), (mb,) = find_times(a, pa), find_times(b, pb)
    return compare_times(ma, mb, "Left", "Right")


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The commission has been told to report by April 7.",
            "The commission is due to report by April 17.",
        ),
        ("The inquiry must report by Tuesday, April 7.", "The inquiry will report by April 17."),
        ("Claims must be filed by 30 June.", "Claims have to be filed by 31 May."),
        ("The plant is to close by 2028.", "The plant will close by 2030."),
        ("The refund will be paid by next month.", "Refunds are due by May."),
    ],
)
def test_two_deadlines_that_name_different_days_conflict(a: str, b: str) -> None:
    c = _times(a, b)
    assert c.verdict == Verdict.CONFLICT
    assert "the stated deadlines differ" in c.explanation
    assert "not every" in c.explanation


def test_two_deadlines_days_apart_are_counted() -> None:
    c = _times("Bids are due by March 20.", "Bids are due by March 23.")
    assert "(3 days apart)" in c.explanation


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        # one deadline written two ways
        ("Bids are due by March 20.", "Bids are due by Friday, March 20.", Verdict.CONSISTENT),
        # a month and a day in it: granularities differ, the overlap decides as before
        ("Repairs should be done by the end of March.", "Repairs will be done by March 20.",
         Verdict.CONSISTENT),
        # two past stamps of a state are no deadlines
        ("By Tuesday, 40 people had been arrested.", "By Wednesday, 52 people had been arrested.",
         Verdict.CONSISTENT),
        # a deadline and a day inside the time it allows
        ("The work is due by April 17.", "The work will finish on April 7.", Verdict.CONSISTENT),
    ],
)  # fmt: skip
def test_what_is_no_pair_of_differing_deadlines_keeps_its_verdict(
    a: str, b: str, verdict: Verdict
) -> None:
    c = _times(a, b)
    assert c.verdict == verdict, c.explanation
    assert "not every" not in c.explanation


def _figures(a: str, b: str):
    return compare_quantities(find_quantities(a)[0], find_quantities(b)[0], "Left", "Right")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Gusts of about 90 km/h hit the coast.", "Gusts of about 65 mph hit the coast."),
        ("The town lies about 6 km from the crater.", "The town lies about 4.5 miles from it."),
        ("It reached about 40C in the city.", "It reached about 110F in the city."),
        ("The hull is about 120 metres long.", "The hull is some 330 feet long."),
    ],
)
def test_two_hedged_figures_in_two_units_that_no_rounding_joins_conflict(a: str, b: str) -> None:
    c = _figures(a, b)
    assert c.verdict == Verdict.CONFLICT, c.explanation
    assert "does not round to" in c.explanation
    assert "overlap" not in c.explanation


@pytest.mark.parametrize(
    "a, b",
    [
        ("The town is about 30 miles away.", "The town is about 50km away."),
        ("Winds of about 100 km/h hit the coast.", "Winds of about 65 mph hit the coast."),
        ("The bag weighed about 20 kg.", "The bag weighed about 50 pounds."),
        ("The ship was about 200 metres long.", "The ship was about 650 feet long."),
        ("It reached about 40C.", "It reached about 104F."),
    ],
)
def test_two_hedged_figures_one_rounds_to_the_other_agree(a: str, b: str) -> None:
    assert _figures(a, b).verdict == Verdict.CONSISTENT


def test_hedged_figures_far_apart_keep_the_familys_wording() -> None:
    c = _figures("The ridge is about 15 km long.", "The ridge is about 15 miles long.")
    assert c.verdict == Verdict.CONFLICT
    assert "beyond the rounding of" in c.explanation
