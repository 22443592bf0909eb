"""Lengths of time set against each other as an editor would (session 9,
classes 2, 3 and 6): a vague amount near a figure is not a conflict; lengths
in other units orders of magnitude apart are different things; an open bound
at the other's figure is unresolved, a closed one consistent; a conflict's
explanation never says a length is shorter than itself. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

WED = date(2024, 3, 6)


def _length(sentence: str):
    return next(m for m in find_times(sentence, WED) if m.type == "DURATION")


def _judge(a: str, b: str):
    return compare(_length(a), _length(b), "A", "B")


@pytest.mark.parametrize(
    "a, b",
    [
        ("The alarm rang for a few minutes.", "The alarm rang for ten minutes."),
        ("Talks went on for several days.", "Talks went on for a fortnight."),
        ("She was held for a couple of days.", "She was held for four days."),
        ("The siege lasted several hours.", "The siege lasted two hours."),
        ("Crews searched for dozens of hours.", "Crews searched for 200 hours."),
    ],
)
def test_a_vague_amount_near_a_figure_is_unresolved(a, b):
    c = _judge(a, b)
    assert c.verdict == Verdict.UNRESOLVED
    assert "vague amount" in c.explanation


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        ("The alarm rang for a few minutes.", "The alarm rang for three hours.", Verdict.CONFLICT),
        ("She was held for a couple of days.", "She was held for two months.", Verdict.CONFLICT),
        (
            "The alarm rang for a few minutes.",
            "The alarm rang for four minutes.",
            Verdict.CONSISTENT,
        ),
        ("Talks went on for several days.", "Talks went on for a week.", Verdict.CONSISTENT),
    ],
)
def test_far_off_still_conflicts_and_inside_agrees(a, b, verdict):
    assert _judge(a, b).verdict == verdict


@pytest.mark.parametrize(
    "a, b",
    [
        ("She had worked there for 15 years.", "He pulled over after about 15 minutes."),
        ("The project took five months.", "The fire burned for five minutes."),
        ("He was jailed for 20 years.", "The hearing lasted 20 hours."),
        ("The chase lasted 30 seconds.", "The feud lasted three decades."),
    ],
)
def test_lengths_orders_apart_in_other_units_are_not_compared(a, b):
    assert _judge(a, b) is None


@pytest.mark.parametrize(
    "a, b",
    [
        ("The strike lasted three days.", "The strike lasted three weeks."),
        ("The fire burned for 90 minutes.", "The fire burned for four hours."),
    ],
)
def test_the_same_thing_in_other_units_still_conflicts(a, b):
    assert _judge(a, b).verdict == Verdict.CONFLICT


@pytest.mark.parametrize(
    "a, b",
    [
        ("He had been in prison for more than 8 years.", "He had been in prison for 8 years."),
        ("She led the band for over a decade.", "She led the band for ten years."),
        ("The dispute ran for less than six months.", "The dispute ran for six months."),
    ],
)
def test_an_open_bound_at_the_figure_is_unresolved(a, b):
    c = _judge(a, b)
    assert c.verdict == Verdict.UNRESOLVED
    assert "may be rounded" in c.explanation


def test_a_closed_bound_at_the_figure_agrees_once():
    c = _judge("He coached for at least 8 years.", "He coached for 8 years.")
    assert c.verdict == Verdict.CONSISTENT
    assert "to 8 years" not in c.explanation


@pytest.mark.parametrize(
    "a, b, shown",
    [
        (
            "The trial lasted 4.5 months.",
            "The trial lasted 5 months.",
            "4.5 months is shorter than 5 months",
        ),
        ("The ban ran 2.5 years.", "The ban ran 3 years.", "2.5 years is shorter than 3 years"),
    ],
)
def test_a_conflict_never_says_a_length_is_shorter_than_itself(a, b, shown):
    c = _judge(a, b)
    assert c.verdict == Verdict.CONFLICT
    assert shown in c.explanation


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The club bid $150 million over seven years.", "seven years", "7 years"),
        ("The grant will be paid over five years.", "five years", "5 years"),
        ("A deal worth 90m over 4 years was signed.", "4 years", "4 years"),
        ("He has coached there for over seven years.", "over seven years", "more than 7 years"),
        ("She ran the unit over 12 years.", "over 12 years", "more than 12 years"),
    ],
)
def test_over_after_an_amount_spreads_it_and_is_no_bound(sentence, text, value):
    m = _length(sentence)
    assert (m.text, m.value) == (text, value)


def test_two_open_bounds_are_judged_without_error():
    c = _judge("He served more than 8 years.", "He served over five years.")
    # session 23 (issue 11, point 3): two floors that differ are two figures, not
    # "both allow more than 8 years" (consistent until then)
    assert c.verdict == Verdict.CONFLICT and "different floors" in c.explanation
