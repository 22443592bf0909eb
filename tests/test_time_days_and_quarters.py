"""Issue 12: a weekday written beside "this/next/last week" takes its day in
that week, whatever the tense. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

THU = date(2024, 5, 16)  # a Thursday; ISO week 20 runs May 13-19


def day_of(text: str, word: str) -> str:
    return next(m.timex for m in find_times(text, THU) if m.text == word)


@pytest.mark.parametrize(
    "text, word, want",
    [
        ("The hearing is set for Tuesday next week.", "Tuesday", "2024-05-21"),
        ("Next week Friday the board meets.", "Friday", "2024-05-24"),
        ("Ministers meet on Saturday this week.", "Saturday", "2024-05-18"),
        ("The strike began on Monday last week.", "Monday", "2024-05-06"),
        # one mention since session 32 (time39: 'Wednesday of last week' is one day)
        ("Shares fell on the Wednesday of last week.", "the Wednesday of last week", "2024-05-08"),
        ("A storm hit on Sunday, last week.", "Sunday", "2024-05-12"),
    ],
)
def test_weekday_in_a_named_week(text, word, want):
    assert day_of(text, word) == want


def test_the_week_keeps_its_own_mention():
    got = [(m.text, m.timex) for m in find_times("The vote is on Monday next week.", THU)]
    assert got == [("Monday", "2024-05-20"), ("next week", "2024-W21")]


def test_a_weekday_away_from_the_week_is_left_to_the_tense():
    # "last week" is not next to "Tuesday": the weekday is the one before publication
    assert day_of("Sales slowed last week, the firm said on Tuesday.", "Tuesday") == "2024-05-14"


# ------------------------------------------------ a day after a comma; the past quarter


@pytest.mark.parametrize(
    "text, want",
    [
        ("Entries close on June, 30th.", [("June, 30th", "2024-06-30")]),
        ("The fair opens August, 2nd 2025.", [("August, 2nd 2025", "2025-08-02")]),
        # a number after the comma that is not an ordinal day stays apart
        ("In June, 30 people were hurt.", [("June", "2023-06")]),
        ("In June, 2nd Battalion left.", [("June", "2023-06")]),
    ],
)
def test_month_comma_ordinal_day(text, want):
    assert [(m.text, m.timex) for m in find_times(text, THU)] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Revenue grew 8% in the past quarter.", [("the past quarter", "2024-Q1")]),
        ("Sales for past quarter beat forecasts.", [("past quarter", "2024-Q1")]),
        ("Sales in the past three quarters rose.", [("the past three quarters", "P3Q")]),
        ("Growth over the past quarter century was slow.", []),
    ],
)
def test_the_past_quarter_is_the_last_completed_one(text, want):
    assert [(m.text, m.timex) for m in find_times(text, THU)] == want


# ------------------------------------------------ the present of a timetable


@pytest.mark.parametrize(
    "text, word, want",
    [
        # a scheduled event in the simple present is ahead of publication
        ("The two leaders meet Monday in Geneva.", "Monday", "2024-05-20"),
        ("The appeals court hears the case Tuesday.", "Tuesday", "2024-05-21"),
        ("Negotiations resume Wednesday after a pause.", "Wednesday", "2024-05-22"),
        ("Lawmakers vote on the budget Friday.", "Friday", "2024-05-17"),
        ("The delegation arrives in Lagos Saturday.", "Saturday", "2024-05-18"),
        # a past verb keeps the weekday behind
        ("The two leaders met Monday in Geneva.", "Monday", "2024-05-13"),
        # market headlines use the present for the day's past
        ("Stocks close lower Monday as oil slides.", "Monday", "2024-05-13"),
    ],
)
def test_scheduled_present_points_ahead(text, word, want):
    assert day_of(text, word) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Tenants paid $2 million more in the 2023 quarter.", [("the 2023 quarter", "2023-Q1")]),
        ("Sales in last year's period were $5 million.", [("last year's period", "2023-Q1")]),
        ("Growth slowed in the last half of 2022.", [("the last half of 2022", "2022-H2")]),
    ],
)
def test_reported_quarter_of_a_named_year(text, want):
    assert [(m.text, m.timex) for m in find_times(text, THU)] == want
