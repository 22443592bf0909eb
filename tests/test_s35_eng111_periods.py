"""A quarter or half an account covers is not the day of a happening
(session 35, eng111; trial 42, ECB+ 44_ecb).

"to announce HP's 2008 second-quarter financial earnings" / "the all-cash deal,
announced Tuesday" was a date question asking for a publication date: the
quarter is the period the earnings cover, not when anything was announced
(judge/same_happening.accounting_period).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _time_flags(tmp_path, a: str, b: str, day: str):
    paths = [write(tmp_path, "a.txt", a + "\n"), write(tmp_path, "b.txt", b + "\n")]
    found = analyze_paths(paths).discrepancies
    return [d for d in found if day in {s.text for s in d.sides}]


DEAL = "Hewlett-Packard announced the deal to buy EDS on Tuesday in a call with reporters."
PLANT = "The carmaker reported the closure of its Ohio plant on Monday at a press conference."


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        (
            "Hewlett-Packard announced its 2008 second-quarter earnings and the deal to buy "
            "EDS in a call with reporters.",
            DEAL,
            "Tuesday",
        ),
        (
            "The carmaker reported its 2019 first-half profit and the closure of its Ohio "
            "plant at a press conference.",
            PLANT,
            "Monday",
        ),
    ],
)
def test_an_accounts_period_is_not_compared_with_a_day(tmp_path, a, b, day):
    assert _time_flags(tmp_path, a, b, day) == []


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        (
            "Hewlett-Packard announced the deal to buy EDS in the second quarter of 2008 in "
            "a call with reporters.",
            DEAL,
            "Tuesday",
        ),
        (
            "The carmaker announced the closure of its Ohio plant in the first half of 2019 "
            "at a press conference.",
            PLANT.replace("reported", "announced"),
            "Monday",
        ),
    ],
)
def test_a_period_dating_the_happening_is_still_compared(tmp_path, a, b, day):
    assert _time_flags(tmp_path, a, b, day)
