"""An open bound on a length never makes a figure many times beyond it
consistent (trial 27: 'more than three years of efforts' against '485
years' was 'consistent: both allow 485 years'); the quantity family's rule,
with its thresholds: a lower bound already at half as much again, an upper
bound three times over, is a question."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("sentence", "one", "other", "verdict"),
    [
        (
            "The search for the missing climbers lasted {}, officials said.",
            "more than three years",
            "485 years",
            "unresolved",
        ),
        (
            "The talks between the unions and the board went on for {}.",
            "at least two weeks",
            "six weeks",
            "unresolved",
        ),
        (
            "The repairs to the bridge will take {}, the council said.",
            "up to 10 days",
            "two days",
            "unresolved",
        ),
        (
            "The search for the missing climbers lasted {}, officials said.",
            "more than 30 hours",
            "40 hours",
            "consistent",
        ),
        (
            "The talks between the unions and the board went on for {}.",
            "more than three years",
            "four years",
            "consistent",
        ),
        (
            "The repairs to the bridge will take {}, the council said.",
            "less than an hour",
            "five hours",
            "conflict",
        ),
    ],
)
def test_an_open_bound_against_a_length_far_beyond_it(tmp_path, sentence, one, other, verdict):
    analysis = analyze_paths(
        pair(tmp_path, sentence.format(one) + "\n", sentence.format(other) + "\n")
    )
    found = [d for d in analysis.discrepancies if d.kind == "duration"]
    assert found, [d.explanation for d in analysis.discrepancies]
    assert {d.verdict.value for d in found} == {verdict}, [d.explanation for d in found]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("after 30 hours", "after more than 30 hours"),
        ("for eight years", "for more than eight years"),
        ("after two days", "after less than two days"),
    ],
)
def test_a_bound_at_the_figure_itself_is_a_question(tmp_path, one, other):
    """J19c (a fresh reader): 'after 30 hours of deliberation' against 'more than
    30 hours' was a conflict ('30 hours is shorter than more than 30 hours'); a
    round figure may be the bound's own: check, never a conflict."""
    sentence = "The jury reached its verdict {} of deliberation, the court said.\n"
    analysis = analyze_paths(pair(tmp_path, sentence.format(one), sentence.format(other)))
    found = [d for d in analysis.discrepancies if d.kind == "duration"]
    assert found and {d.verdict.value for d in found} == {"unresolved"}, [
        d.explanation for d in found
    ]
