"""Session 31 (time38): a day counted from a holiday or a written date ("the day after
Thanksgiving", "two days before Christmas", "a week after March 3") was read as the
named day itself: "shoppers crowded malls the day after Thanksgiving" dated the crowds
to Thanksgiving, so another report's "Black Friday" looked a day off. Counted from a
weekday or "today" it was already right ("three days after Monday", "a week
tomorrow"). And "this time last year", "the same time next week" were the whole of
last year or next week ("last year" alone): now about the publication day a unit off.
Own cases; the explanation says which day it was counted from.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times


@pytest.mark.parametrize(
    "pub, text, span, day",
    [
        (
            "2019-12-02",
            "Shoppers crowded malls the day after Thanksgiving.",
            "the day after Thanksgiving",
            "2019-11-29",
        ),
        (
            "2016-01-05",
            "Most shops closed early the day before Christmas.",
            "the day before Christmas",
            "2015-12-24",
        ),
        (
            "2021-01-04",
            "Two days after Christmas, the storm reached the coast.",
            "Two days after Christmas",
            "2020-12-27",
        ),
        (
            "2012-05-02",
            "Three days before Easter the rebels took the town.",
            "Three days before Easter",
            "2012-04-05",
        ),
        (
            "2024-05-08",
            "Talks resumed a week after March 3.",
            "a week after March 3",
            "2024-03-10",
        ),
        (
            "2010-11-20",
            "The ceasefire is due to start the day after 14 December.",
            "the day after 14 December",
            "2010-12-15",
        ),
    ],
)
def test_a_day_counted_from_a_named_day(pub, text, span, day):
    ms = find_times(text, date.fromisoformat(pub))
    got = [(m.text, m.timex) for m in ms]
    assert (span, day) in got, got
    m = next(m for m in ms if m.text == span)
    assert "counted from" in m.value


@pytest.mark.parametrize(
    "text, span",
    [
        ("Sales fell in the days after Christmas.", "Christmas"),  # no count of days
        ("Months after Easter the road is still shut.", "Easter"),
        ("He came home on Christmas Day.", "Christmas Day"),
    ],
)
def test_the_named_day_alone_is_unchanged(text, span):
    ms = find_times(text, date(2024, 5, 8))
    assert [m.text for m in ms] == [span]


def test_the_day_after_thanksgiving_agrees_with_its_friday():
    pub = date(2019, 12, 2)
    a = "Shoppers crowded malls the day after Thanksgiving."
    b = "Shoppers crowded malls on Friday, Nov. 29."
    c = "Shoppers crowded malls on Thanksgiving Day."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict in ("identical", "consistent")
    assert compare(ma, mc, a, c).verdict == "conflict"


def test_the_word_that_counts_the_days_bounds_nothing():
    """'three days after Monday' is that Thursday, not any time after it (the
    weekday's 'after' stayed a bound: against the Thursday it was a question)."""
    pub = date(2024, 5, 8)
    a = "The inspectors return three days after Monday."
    b = "The inspectors return on Thursday, May 16."
    ma, mb = find_times(a, pub)[0], find_times(b, pub)[0]
    assert ma.modifier is None
    assert compare(ma, mb, a, b).verdict in ("identical", "consistent")


@pytest.mark.parametrize(
    "pub, text, span, timex",
    [
        ("2024-05-08", "Sales were strong this time last year.", "this time last year", "2023-05"),
        (
            "2019-02-11",
            "At the same time last year the river was frozen solid.",
            "the same time last year",
            "2018-02",
        ),
        (
            "2015-09-30",
            "By this time next year the bridge will be open.",
            "this time next year",
            "2016-09",
        ),
        ("2022-06-15", "This time last week he was in Kyiv.", "This time last week", "2022-06-08"),
        (
            "2021-03-31",
            "This time last month the shares were half the price.",
            "This time last month",
            "2021-02-28",
        ),
    ],
)
def test_this_time_last_year_is_about_the_publication_day_a_unit_off(pub, text, span, timex):
    """'this time last year' was the whole of last year ("last year" alone)."""
    ms = find_times(text, date.fromisoformat(pub))
    assert [(m.text, m.timex) for m in ms] == [(span, timex)]


def test_this_time_last_year_conflicts_with_a_month_far_from_it():
    pub = date(2024, 5, 8)
    a = "Reservoirs were full this time last year."
    b, c = "Reservoirs were full in June 2023.", "Reservoirs were full in December 2023."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(ma, mc, a, c).verdict == "conflict"


def test_last_year_after_this_time_and_a_comma_is_the_year():
    ms = find_times("This time, last year's champion lost.", date(2024, 5, 8))
    assert [(m.text, m.timex) for m in ms] == [("last year", "2023")]


@pytest.mark.parametrize(
    "pub, text, year",
    [
        ("2024-12-10", "The shop reopens in the new year.", "2025"),
        ("2019-11-28", "Talks will resume after the new year, officials said.", "2020"),
        ("2016-10-20", "The law takes effect early in the new year.", "2017"),
        ("2025-01-10", "Sales slumped in the new year.", "2025"),
    ],
)
def test_the_new_year_is_the_early_part_of_the_year_ahead(pub, text, year):
    """'in the new year' was not read; told late in a year it is early next year."""
    ms = find_times(text, date.fromisoformat(pub))
    assert [(m.text, m.timex, m.part) for m in ms] == [("the new year", year, "early")]


@pytest.mark.parametrize(
    "pub, text",
    [
        ("2024-06-10", "The shop reopens in the new year."),  # which year: unsaid in June
        ("2024-12-10", "Happy New Year to all our readers."),
    ],
)
def test_the_new_year_is_unread_far_from_it(pub, text):
    assert find_times(text, date.fromisoformat(pub)) == []


def test_in_the_new_year_agrees_with_january_and_not_with_the_summer():
    pub = date(2024, 12, 10)
    a = "The shop reopens in the new year."
    b, c = "The shop reopens in January.", "The shop reopens in July 2025."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(ma, mc, a, c).verdict == "conflict"
