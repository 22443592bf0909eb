"""A person's age does not move from one day's report to the next (fresh CLI
trial): two reports a day apart of one sentence whose every value differs
are kept apart as look-alikes about different things (stock reports) --
unless an age is among the values, which is the classic correction."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, days=("2008-03-14", "2008-03-15")):
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + b + "\n"),
    ]
    return analyze_paths(paths).discrepancies


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Jane Doe, 56, of Burnsville was killed Wednesday night when a driver struck her.",
            "Jane Doe, 66, of Burnsville was killed Tuesday night when a driver struck her.",
        ),
        (
            "Firefighter Tom Reyes, 41, died Monday after the roof of the depot collapsed.",
            "Firefighter Tom Reyes, 44, died Sunday after the roof of the depot collapsed.",
        ),
        (
            "The suspect, aged 23, was arrested on Friday at a motel near the border.",
            "The suspect, aged 32, was arrested on Thursday at a motel near the border.",
        ),
    ],
)
def test_an_age_and_a_day_that_both_differ_are_shown(tmp_path, a, b):
    found = _flags(tmp_path, a, b)
    kinds = {d.kind for d in found}
    assert "number" in kinds and "date" in kinds, [(d.kind, d.explanation) for d in found]
    assert any("an age" in d.explanation for d in found)


def test_market_look_alikes_of_different_days_are_still_kept_apart(tmp_path):
    found = _flags(
        tmp_path,
        "The FTSE 100 index fell 2.36% to 4,907 points in London trading.",
        "The FTSE 100 index fell 1.2% to 9,694 points in London trading.",
    )
    assert found == ()
