"""Session 42 (eng152, issue 11): a change of a rate in per cent against one in
percentage points.

Fresh readers of a held-out results story found '2.4 per cent' against '2.4
percentage points' of a rate left a question. Of a rate the two are different
figures and cannot both be right; where a report gives the old and the new rate
the arithmetic says which is. Each case is our own pair of sentences.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.facts.quantity.family import QUANTITY
from workbench.facts.quantity.rate_change import rate_change_comparison


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _change(text: str):
    found = [m for m in QUANTITY.find(text, None) if m.unit in ("%", "pp", "bp")]
    marked = [m for m in found if m.of_rate or m.rate_levels]
    assert marked, [(m.text, m.unit) for m in found]
    return marked[0]


@pytest.mark.parametrize(
    ("a", "b", "verdict", "says"),
    [
        (
            "The jobless rate fell 2.4 percentage points, from 13.5% to 11.1%, the agency said.",
            "The jobless rate fell 2.4 per cent, the agency said.",
            "conflict",
            "13.5% to 11.1% is 2.4 percentage points, 17.8 per cent, not 2.4 per cent",
        ),
        (
            "Its operating margin narrowed to 9% from 12%, a fall of 25 per cent.",
            "Its operating margin narrowed 25 percentage points.",
            "conflict",
            "12% to 9% is 3 percentage points, 25 per cent, not 25 points",
        ),
        (
            "Its market share slipped to 18% from 20%, down 2 percentage points.",
            "Its market share slipped 10 per cent.",
            "consistent",
            "20% to 18% is 2 percentage points, 10 per cent",
        ),
        (
            "The bank's net interest margin fell 2.4 per cent in the quarter.",
            "The net interest margin fell by 2.4 percentage points.",
            "conflict",
            "both cannot be right",
        ),
    ],
)
def test_a_rate_change_in_two_measures(a, b, verdict, says):
    got = rate_change_comparison(_change(a), _change(b))
    assert got is not None and got.verdict.value == verdict, got
    assert says in got.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # different numbers, no levels: both may be right
            "Operating margin fell 1.2 percentage points.",
            "Operating margin fell 8 per cent.",
        ),
        (  # no rate: sales in per cent are no rate
            "Market share fell 2.4 percentage points in March.",
            "Sales fell 2.4 per cent in March.",
        ),
    ],
)
def test_no_rate_or_no_sum_is_left_as_before(a, b):
    pts = _change(a)
    pct = next(m for m in QUANTITY.find(b, None) if m.unit == "%")
    assert rate_change_comparison(pts, pct) is None


def test_the_flag_between_two_reports(tmp_path):
    found = analyze(
        load_articles(
            pair(
                tmp_path,
                "The jobless rate fell 2.4 percentage points, from 13.5% to 11.1%, officials said.",
                "The jobless rate fell 2.4 per cent to 11.1%, officials said.",
            )
        )
    ).discrepancies
    got = [d for d in found if "17.8 per cent" in d.explanation]
    assert [d.verdict.value for d in got] == ["conflict"], [d.explanation for d in found]
