"""A bound against a figure far beyond it (session 41, issue 11: unresolved
precision).

Readers of the authored development events judged every question "only a bound
against a figure N times beyond it" with N of three or more wrong: the two
measure different things (snow against debris, a shipping lane's stand-off
against a port's distance, a settlement's deadline against a strike's length).
Those they judged right were within twice the bound, and stay questions; so
does one claim told in alike words with a far bound (tests/test_s19_open_length.py:
'lasted more than three years' / 'lasted 485 years').
Cases are made up; the patterns are the readers'."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.model import Verdict

ROW = "bound_far_beyond_its_figure"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _questions(found, *values: str) -> list:
    return [
        d
        for d in found
        if d.verdict == Verdict.UNRESOLVED
        and {s.text.lower() for s in d.sides} & {v.lower() for v in values}
    ]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (  # a distance: a floor of a stand-off against a port's distance, four times
            "The coastguard said the tanker was told to stay at least 10 nautical miles "
            "from Cape Orsa while it drifted.",
            "The coastguard said the drifting tanker was towed to Eastholm, about 70 km "
            "from Cape Orsa.",
            ("at least 10 nautical miles", "about 70 km"),
        ),
    ],
)
def test_a_figure_far_beyond_a_bound_is_no_flag(tmp_path, a, b, values):
    assert not _questions(courier_gazette(tmp_path, a, b), *values)
    asked = _questions(courier_gazette(tmp_path, a, b, without=(ROW,)), *values)
    assert asked, "the pair must be a question without the row"


def test_a_figure_within_twice_a_bound_stays_a_question(tmp_path):
    a = "The plant employs more than 2,000 people in Tessen, the company said."
    b = "The plant employs 3,200 people in Tessen, the company said."
    found = courier_gazette(tmp_path, a, b)
    assert _questions(found, "more than 2,000", "3,200")
