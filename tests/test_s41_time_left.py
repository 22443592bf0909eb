"""Time left on a clock told at two precisions (session 41, issue 11): 'just
over N' and a game clock's reading agree with a bare N told to the whole unit
(facts/time/whole_units.py); figures that round to other whole units still
conflict."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.compare import compare
from workbench.facts.time.find import find_times

DAY = date(2012, 11, 12)


def _length(sentence: str):
    (m,) = [m for m in find_times(sentence, DAY) if m.type == "DURATION"]
    return m


def _verdict(a: str, b: str) -> str:
    got = compare(_length(a), _length(b), "A", "B")
    assert got is not None
    return got.verdict.value


@pytest.mark.parametrize(
    "a, b",
    [
        ("He scored with four minutes left.", "He scored with just over 4 minutes remaining."),
        ("They led with 3 minutes to play.", "They led with a little over three minutes to go."),
        ("The flight lasted two hours.", "The flight lasted just over two hours."),
        ("The talks lasted 40 minutes.", "The talks lasted just over 40 minutes."),
        ("Rescuers came in just under 5 minutes.", "Rescuers came in five minutes."),
        ("He scored with two minutes left.", "He scored with 2:10 left."),
        ("Smith scored with 1:55 remaining.", "Smith scored with two minutes to go."),
        ("with about two minutes to play, Boston led.", "with 2:10 left, Boston led."),
        ("He scored with under a minute left.", "He scored with 0:45 left."),
    ],
)
def test_a_length_told_to_the_whole_unit_agrees(a, b):
    assert _verdict(a, b) == "consistent"
    assert _verdict(b, a) == "consistent"


@pytest.mark.parametrize(
    "a, b",
    [
        ("He scored with four minutes left.", "He scored with five minutes remaining."),
        ("He scored with four minutes left.", "He scored with 4:40 left."),
        ("The talks lasted 40 minutes.", "The talks lasted just over 41 minutes."),
        ("He scored with 2:10 left.", "He scored with 2:50 left."),
        ("He scored with 2:10 left.", "He scored with about 3 minutes left."),
        ("He scored with under a minute left.", "He scored with 1:10 left."),
    ],
)
def test_figures_of_other_whole_units_still_conflict(a, b):
    assert _verdict(a, b) == "conflict"
    assert _verdict(b, a) == "conflict"


def test_an_open_bound_at_the_figure_stays_a_question():
    a, b = "The talks lasted 40 minutes.", "The talks lasted more than 40 minutes."
    assert _verdict(a, b) == "unresolved"
