"""Two lengths of time on either side of one figure (issue 11, session 38,
facts/time/lengths.at_figure): 'more than 20 minutes' / 'nearly 20 minutes'
put one length above and below one figure and cannot both hold, a conflict, as
the quantity family reads 'more than 150' / 'nearly 150'; 'less than' /
'nearly' both put it below and agree. A plain figure against a bound at it
('more than eight years' / 'eight years') stays the question sessions 9 and 19
made it (tests/test_flags9f_lengths.py, tests/test_s19_open_length.py).
Made-up sentences, varied units, words and orders."""

from __future__ import annotations

import pytest
from conftest import analyse_dated


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _lengths(tmp_path, a: str, b: str):
    found = analyse_dated(tmp_path, ("2026-03-10", a), ("2026-03-10", b))
    return [(d.verdict.value, {s.text for s in d.sides}) for d in found.discrepancies]


APART = [
    (
        "Firefighters took more than 20 minutes to reach the burning tower, residents said.",
        "Firefighters took nearly 20 minutes to reach the burning tower, residents said.",
        {"more than 20 minutes", "nearly 20 minutes"},
    ),
    (
        "The rescue took almost three hours, the coastguard said.",
        "The rescue took more than three hours, the coastguard said.",
        {"almost three hours", "more than three hours"},
    ),
    (
        "The pair were married for over 40 years, relatives said.",
        "The pair were married for nearly 40 years, relatives said.",
        {"over 40 years", "nearly 40 years"},
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), APART)
def test_a_length_above_and_just_below_one_figure_is_a_conflict(tmp_path, a, b, values):
    got = _lengths(tmp_path, a, b)
    assert got == [("conflict", values)], got


def test_the_conflict_says_above_and_below(tmp_path):
    a, b, _ = APART[0]
    found = analyse_dated(tmp_path, ("2026-03-10", a), ("2026-03-10", b))
    (d,) = found.discrepancies
    assert "one puts it above, the other below — conflict" in d.explanation


def test_below_and_just_below_one_figure_agree(tmp_path):
    got = _lengths(
        tmp_path,
        "Firefighters took less than 20 minutes to reach the burning tower, residents said.",
        "Firefighters took nearly 20 minutes to reach the burning tower, residents said.",
    )
    assert [v for v, _ in got] in ([], ["consistent"]), got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The standoff lasted more than six hours, police said.",
            "The standoff lasted six hours, police said.",
        ),
        (
            "Less than ten minutes after she was escorted out, the woman returned with a gun.",
            "Ten minutes after she was escorted out, the woman returned with a gun.",
        ),
    ],
)
def test_a_plain_figure_at_a_bound_stays_a_question(tmp_path, a, b):
    assert [v for v, _ in _lengths(tmp_path, a, b)] == ["unresolved"]
