"""Clock readings an editor would not call a conflict (session 9, class 4).

"just after", "shortly before", "moments after" a clock time are said of that
time: they agree with it and stretch half an hour past it (before it), no
further. Two stated times whose minutes touch ("12:01 a.m. Saturday" /
"midnight Friday", "9:01" / "9:00") are not a conflict: midnight written the
officials' way is consistent, any other minute apart is unresolved. Cases are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

WED = date(2024, 3, 6)


def _m(sentence: str, text: str):
    return next(m for m in find_times(sentence, WED) if m.text == text)


def _judge(a: str, ta: str, b: str, tb: str):
    return compare(_m(a, ta), _m(b, tb), "A", "B")


@pytest.mark.parametrize(
    "a, ta, b, tb",
    [
        (
            "Crews were called just after 6am.",
            "6am",
            "Crews were called at 06:00 BST.",
            "06:00 BST",
        ),
        (
            "The roof fell in shortly after 4:15 pm.",
            "4:15 pm",
            "The roof fell in at 4.15pm.",
            "4.15pm",
        ),
        (
            "He was seen moments before 11 p.m. Monday.",
            "11 p.m.",
            "He was seen at 10:50 p.m. Monday.",
            "10:50 p.m.",
        ),
        (
            "Shots rang out soon after 2 a.m. on Sunday.",
            "2 a.m.",
            "Shots rang out at 2:20 a.m. on Sunday.",
            "2:20 a.m.",
        ),
    ],
)
def test_just_after_or_before_a_time_agrees_with_it_and_a_little_beyond(a, ta, b, tb):
    assert _judge(a, ta, b, tb).verdict == Verdict.CONSISTENT


@pytest.mark.parametrize(
    "a, ta, b, tb",
    [
        ("Crews were called just after 6am.", "6am", "Crews were called at 7:15am.", "7:15am"),
        (
            "The alarm went off shortly after 9 p.m.",
            "9 p.m.",
            "The alarm went off at 8:45 p.m.",
            "8:45 p.m.",
        ),
        (
            "The blast came just before noon Tuesday.",
            "noon",
            "The blast came at 12:20 p.m. Tuesday.",
            "12:20 p.m.",
        ),
    ],
)
def test_the_slack_is_a_short_way_and_one_side_only(a, ta, b, tb):
    assert _judge(a, ta, b, tb).verdict == Verdict.CONFLICT


@pytest.mark.parametrize(
    "a, ta, b, tb",
    [
        (
            "The curfew began at 12:01 a.m. Saturday.",
            "12:01 a.m.",
            "The curfew began at midnight Friday.",
            "midnight",
        ),
        (
            "The law lapsed at 11:59 p.m. Friday.",
            "11:59 p.m.",
            "The law lapsed at midnight Friday.",
            "midnight",
        ),
        ("The vote closed at 11:59 p.m.", "11:59 p.m.", "The vote closed at midnight.", "midnight"),
    ],
)
def test_the_officials_midnight_is_midnight(a, ta, b, tb):
    c = _judge(a, ta, b, tb)
    assert c.verdict == Verdict.CONSISTENT
    assert "midnight" in c.explanation


def test_a_minute_apart_is_unresolved_two_minutes_a_conflict():
    one = _judge("It struck at 9:01 p.m.", "9:01 p.m.", "It struck at 9 p.m.", "9 p.m.")
    two = _judge("It struck at 9:02 p.m.", "9:02 p.m.", "It struck at 9 p.m.", "9 p.m.")
    on_a_day = _judge(
        "It struck at 3:14 a.m. Monday.", "3:14 a.m.", "It struck at 3:15 a.m. Monday.", "3:15 a.m."
    )
    assert one.verdict == on_a_day.verdict == Verdict.UNRESOLVED
    assert two.verdict == Verdict.CONFLICT


def test_a_gap_across_midnight_is_told_the_short_way():
    c = _judge(
        "The fire started at 11:40 p.m.",
        "11:40 p.m.",
        "The fire started at 12:30 a.m.",
        "12:30 a.m.",
    )
    assert c.verdict == Verdict.CONFLICT
    assert "50 minutes apart" in c.explanation
