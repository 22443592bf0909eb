"""The day of a statement and the day of the event (session 9, class 5).

"police said Friday" dates what was said; "the shooting Thursday night" dates
the shooting: they are not compared. And a whole day ("on September 10")
against a night of the day before ("Thursday night", Sep 9) shares only the
hours after midnight a night may run to: unresolved, not consistent; "early
Friday" names those hours and still agrees. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.time import compare, find_times
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2019-05-10\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.verdict, d.explanation) for d in found if d.kind in ("date", "time")]

    return run


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The gunman was arrested at his home, police said Friday.",
            "The gunman was arrested at his home after the shooting Thursday night.",
        ),
        (
            "Two guards were wounded in the attack, the company told reporters Wednesday.",
            "Two guards were wounded in the attack on Monday.",
        ),
        (
            "Mora shot two co-workers and wounded a third at the depot, police said Friday.",
            "Mora returned to the depot Thursday evening, shot two co-workers and wounded a third.",
        ),
    ],
)
def test_the_day_something_was_said_is_not_the_day_it_happened(flags, a, b):
    assert flags(a, b) == []


def test_a_statement_still_compares_with_an_announcement(flags):
    found = flags(
        "The airline will cut 400 jobs at the plant, the company said Friday.",
        "The airline announced Wednesday it will cut 400 jobs at the plant.",
    )
    assert [v for v, _ in found] == [Verdict.CONFLICT]


def test_two_days_of_the_same_happening_still_compare(flags):
    found = flags(
        "The gunman was arrested at his home on Friday, police said.",
        "The gunman was arrested at his home on Wednesday, police said.",
    )
    assert [v for v, _ in found] == [Verdict.CONFLICT]


FRI = date(2010, 9, 10)


def _m(sentence: str, text: str):
    return next(m for m in find_times(sentence, FRI) if m.text == text)


@pytest.mark.parametrize(
    "a, ta, b, tb",
    [
        (
            "The plant was hit on September 10.",
            "September 10",
            "The plant was hit Thursday night.",
            "Thursday night",
        ),
        (
            "The plant was hit on Friday.",
            "Friday",
            "The plant was hit late Thursday.",
            "late Thursday",
        ),
        (
            "The plant was hit Sunday night.",
            "Sunday night",
            "The plant was hit on Monday.",
            "Monday",
        ),
    ],
)
def test_a_whole_day_against_the_night_before_is_unresolved(a, ta, b, tb):
    c = compare(_m(a, ta), _m(b, tb), "A", "B")
    assert c.verdict == Verdict.UNRESOLVED
    assert "midnight" in c.explanation


@pytest.mark.parametrize(
    "a, ta, b, tb, verdict",
    [
        (
            "The plant was hit early Friday.",
            "early Friday",
            "The plant was hit Thursday night.",
            "Thursday night",
            Verdict.CONSISTENT,
        ),
        (
            "The plant was hit in September.",
            "September",
            "The plant was hit Thursday night.",
            "Thursday night",
            Verdict.CONSISTENT,
        ),
        (
            "The plant was hit on Saturday.",
            "Saturday",
            "The plant was hit Thursday night.",
            "Thursday night",
            Verdict.CONFLICT,
        ),
    ],
)
def test_the_small_hours_named_or_a_wider_period_still_decide(a, ta, b, tb, verdict):
    assert compare(_m(a, ta), _m(b, tb), "A", "B").verdict == verdict
