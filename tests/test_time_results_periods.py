"""Issue 12: reporting periods of results copy that were left unread or cut short.
Cases are our own sentences (not from any evaluation corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.combine import timeml_extents

NOV_1993 = date(1993, 11, 3)  # the last completed quarter is 1993-Q3


def exported(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in timeml_extents(sentence, find_times(sentence, NOV_1993))]


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "The lender posted a loss for the second quarter of $41 million.",
            [("the second quarter", "1993-Q2")],
        ),
        (
            "The brewer reported a profit for the first quarter of £3.2 million.",
            [("the first quarter", "1993-Q1")],
        ),
        (
            "The miner reported a record for the second quarter of A$9 million.",
            [("the second quarter", "1993-Q2")],
        ),
    ],
)
def test_a_quarter_followed_by_an_amount_is_still_the_quarter(sentence, want):
    assert exported(sentence) == want


def test_a_quarter_of_a_game_stays_unread():
    assert exported("The visitors led in the third quarter of the match.") == []


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Demand should stay weak through the first two quarters of 1995.", "1995-H1"),
        ("Shipments pick up in the last two quarters of 1994.", "1994-H2"),
        ("Margins narrowed over the final two quarters of 1992.", "1992-H2"),
    ],
)
def test_two_quarters_of_a_year_are_its_half(sentence, want):
    assert [t for _, t in exported(sentence)] == [want]


@pytest.mark.parametrize(
    "sentence, text",
    [
        (
            "Net income was $4 million, against $6 million in the corresponding period last year.",
            "the corresponding period last year",
        ),
        ("Sales rose 12% from the same quarter a year ago.", "the same quarter a year ago"),
        ("Orders were up on the like period a year earlier.", "the like period a year earlier"),
        (
            "Operating profit beat the comparable period of the previous year.",
            "the comparable period of the previous year",
        ),
    ],
)
def test_the_corresponding_period_is_the_reported_quarter_a_year_back(sentence, text):
    assert exported(sentence) == [(text, "1992-Q3")]


def test_the_same_period_outside_results_copy_is_left_to_its_year():
    assert exported("We walked the same route at the corresponding period last year.") == [
        ("last year", "1992")
    ]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The bank reported a loss for the first quarter.", "1993-Q1"),
        ("The insurer reduced its dividend for the second quarter.", "1993-Q2"),
    ],
)
def test_a_stop_listed_ed_word_with_an_object_is_a_past_verb(sentence, want):
    # "reported" alone is often an adjective ("reported cases"); with an object it is
    # the verb, and a past verb points at the quarter already over (not 1994's)
    assert [t for _, t in exported(sentence)] == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1993 period, interest expense fell.",
        "Expenses in the 1993 quarter were higher.",
    ],
)
def test_a_year_named_period_with_expense_words_is_the_reported_quarter(sentence):
    assert [t for _, t in exported(sentence)] == ["1993-Q3"]


@pytest.mark.parametrize(
    "sentence",
    ["The rules should be in force by year's end.", "Two plants close before the year's end."],
)
def test_years_end_is_read_like_year_end(sentence):
    assert [(t, v) for t, v in exported(sentence)] == [("year's end", "1993-12-31")]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The club is bound by a June agreement with its lender.", "1993-06"),
        ("Under its April accord, the union gets a rise.", "1993-04"),
        ("Their May meeting with the regulator was cancelled.", "1993-05"),
        ("He signed an August deal worth $2 million.", "1993-08"),
    ],
)
def test_a_month_before_what_happened_in_it_is_that_month(sentence, want):
    assert [t for _, t in exported(sentence)] == [want]


@pytest.mark.parametrize(
    "sentence",
    ["She was a June bride.", "It was an April fool's joke.", "June agreed with the plan."],
)
def test_a_month_name_as_name_or_saying_stays_unread(sentence):
    assert exported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue edged up 2% in the quarter to $3.1 billion.",
        "Net sales rose in the quarter to 1.4 billion euros.",
        "Operating margins widened in the quarter to 12%.",
    ],
)
def test_the_quarter_to_an_amount_is_the_reported_quarter(sentence):
    assert exported(sentence) == [("the quarter", "1993-Q3")]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Profit for the quarter to 30 June rose 5%.", "1993-Q2"),
        ("Sales in the quarter to March 31 were flat.", "1993-Q1"),
    ],
)
def test_the_quarter_to_a_day_is_the_quarter_ending_then(sentence, want):
    assert exported(sentence)[0] == ("the quarter", want)


def test_a_quarter_to_an_hour_is_still_a_clock():
    assert exported("The ferry left at a quarter to nine.") == [("a quarter to nine", "T08:45")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shares touched a high for the year of $18.50 in May.",
        "The brewer booked a profit for the year of £3 million.",
    ],
)
def test_the_year_of_an_amount_is_the_reported_year(sentence):
    assert exported(sentence)[0] == ("the year", "1993")


def test_the_year_of_something_else_stays_unread():
    assert exported("Sales for the year of the rooster were strong.") == []
