"""A figure a day against a total of several days (issue 11, session 41, eng149).

'£38m a day' / '£38 million over the two days' were called one value written
two ways; the second is the total of two days (judge/rate_over_days.py).
Made-up cases in other words, sums and stretches than the development event's.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.judge.rate_over_days import _STRETCH


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


OPENING = "Dock workers at Carrow walked out on Monday."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The port authority puts the cost of the stoppage at €12m a day in lost trade.",
            "The port authority said the stoppage had cost €12 million in lost trade over "
            "the three days.",
        ),
        (
            "Harbour traders estimate the walkout is costing them £4.5 million per day.",
            "Harbour traders estimate the walkout has cost them £4.5 million across the four days.",
        ),
    ],
)
def test_a_daily_figure_against_a_total_of_days_conflicts(flags, a, b):
    found = flags((OPENING, a, "2031-05-08"), (OPENING, b, "2031-05-08"))
    told = [f for f in found if "a daily figure is not the total" in f[3]]
    assert told and all(f[2] == "conflict" for f in told), found


def test_a_daily_figure_and_its_total_of_days_agree(flags):
    a = "The port authority puts the cost of the stoppage at €12m a day in lost trade."
    b = "The port authority said the stoppage had cost €36 million over the three days."
    found = flags((OPENING, a, "2031-05-08"), (OPENING, b, "2031-05-08"))
    assert not [f for f in found if f[2] == "conflict"], found


@pytest.mark.parametrize(
    ("after", "days"),
    [
        (" over the two days", "two"),
        (" in 3 days", "3"),
        (" across the five-day strike", "five"),
        (" in total over the past four days", "four"),
    ],
)
def test_the_stretch_a_total_is_of(after, days):
    m = _STRETCH.match(after)
    assert m is not None and m.group("n") == days


@pytest.mark.parametrize("after", [" a day", " on two days", " over the weekend", " by Tuesday"])
def test_no_stretch_of_days(after):
    assert _STRETCH.match(after) is None
