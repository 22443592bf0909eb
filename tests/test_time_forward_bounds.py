"""Issue 12: a bound set by a past verb lies after that verb's time. "The
board extended the loans through January", "gave the bidder until
mid-November", "named a new chairman, effective Feb. 1": the past tense of
the verb says nothing about whether the month is past, so the nearer year
decides. A state that lasted until a month ended then: the past tense stands.
Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

NOV = date(2022, 11, 8)


def values(text: str) -> list[str]:
    return [m.timex for m in find_times(text, NOV)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ministry extended the consultation through January.", ["2023-01"]),
        ("Regulators gave the bidder until mid-December to reply.", ["2022-12"]),
        ("The judge adjourned the hearing until Feb. 3.", ["2023-02-03"]),
        ("The club appointed a new coach, effective Jan. 1.", ["2023-01-01"]),
        ("Lenders have granted the miner a waiver until March.", ["2023-03"]),
    ],
)
def test_a_bound_set_by_a_past_verb_takes_the_nearer_year(text, want):
    assert values(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The curfew lasted until March.", ["2022-03"]),
        ("Prices rose through January, then fell.", ["2022-01"]),
        ("The strike ran until Feb. 3.", ["2022-02-03"]),
    ],
)
def test_a_state_that_lasted_until_a_date_ended_then(text, want):
    assert values(text) == want
