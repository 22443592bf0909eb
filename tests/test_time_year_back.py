"""Issue 12: which year a date counts in. "a year ago", "a year earlier",
"last year" in a comparison of figures mean the period the sentence reports
on, one year back; "the quarter" in a sentence about results is the last
quarter completed; a month or day with no year and no tense to decide takes
the clearly nearer year. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

NOV = date(2017, 11, 14)  # results season for the third quarter
APR = date(2022, 4, 20)


def found(text: str, pub: date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a named quarter, then a comparison word, then the year-back phrase
        (
            "Third-quarter revenue climbed to $4.1 billion from $3.6 billion a year ago.",
            NOV,
            [("Third-quarter", "2017-Q3"), ("a year ago", "2016-Q3")],
        ),
        (
            "The brewer lost $12 million in the first quarter, versus a profit of $3 million "
            "a year earlier.",
            APR,
            [("the first quarter", "2022-Q1"), ("a year earlier", "2021-Q1")],
        ),
        (
            "Orders in the latest quarter were weaker than last year.",
            NOV,
            [("the latest quarter", "2017-Q3"), ("last year", "2016-Q3")],
        ),
        # a month, and "the same period / month" taken into the phrase
        (
            "Car sales fell 12% in March compared with the same period last year.",
            APR,
            [("March", "2022-03"), ("the same period last year", "2021-03")],
        ),
        (
            "Exports in August were down on the same month a year earlier.",
            NOV,
            [("August", "2017-08"), ("the same month a year earlier", "2016-08")],
        ),
        # a half-year
        (
            "Profit for the first half of 2021 rose from $8 million a year earlier.",
            APR,
            [("the first half of 2021", "2021-H1"), ("a year earlier", "2020-H1")],
        ),
        # the year-back word written before the period
        (
            "In the year-earlier second quarter, it lost money.",
            NOV,
            [("the year-earlier second quarter", "2016-Q2")],
        ),
        (
            "Last year's fourth quarter was the weakest.",
            APR,
            [("Last year's fourth quarter", "2021-Q4")],
        ),
        # the period and the phrase side by side
        (
            "For the quarter a year ago, the bank earned $40 million.",
            NOV,
            [("the quarter a year ago", "2016-Q3")],
        ),
    ],
)
def test_year_back_takes_the_sentence_period(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # no comparison: the phrase dates its own event
        (
            "In the third quarter, the chain, which was bought a year ago, grew.",
            NOV,
            [("the third quarter", "2017-Q3"), ("a year ago", "2016")],
        ),
        # no period in the sentence: the calendar year before publication
        ("Sales fell from $2 million last year.", NOV, [("last year", "2016")]),
        # a part of a period ("late March") is not the period reported on
        (
            "Prices rose in late March from a year earlier.",
            APR,
            [("late March", "2022-03")],
        ),
    ],
)
def test_year_back_keeps_its_own_reading_otherwise(text, pub, want):
    got = found(text, pub)
    assert got[: len(want)] == want
    assert all(t != "a year earlier" or "-" not in v for t, v in got)


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("The company earned $9 million in the quarter.", NOV, [("the quarter", "2017-Q3")]),
        ("Revenue for the quarter rose 4%.", APR, [("the quarter", "2022-Q1")]),
        ("Net income in the quarter fell, compared with a year earlier.", APR,
         [("the quarter", "2022-Q1"), ("a year earlier", "2021-Q1")]),
    ],
)  # fmt: skip
def test_the_quarter_of_a_results_sentence(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text",
    [
        "He scored 11 points in the quarter.",
        "The quarter-to-quarter change was small.",
        "Results for the quarter ending in June will follow.",
    ],
)
def test_the_quarter_elsewhere_is_not_read(text):
    assert [m.text.lower() for m in find_times(text, NOV)] in ([], ["june"])


# ------------------------------------------------ a month or day with no year, no tense


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # the adjacent year's occurrence is clearly nearer the publication date
        ("The dividend is payable Jan. 15 to holders of record.", date(2019, 11, 20),
         [("Jan. 15", "2020-01-15")]),
        ("A revision to December's payroll figures.", date(2016, 2, 5), [("December", "2015-12")]),
        ("The plant closes in February, the union says.", date(2023, 10, 30),
         [("February", "2024-02")]),
        # not clearly nearer: the publication year
        ("The plan takes effect in July.", date(2023, 2, 10), [("July", "2023-07")]),
        ("The record is from May 4, the data show.", date(2022, 10, 1), [("May 4", "2022-05-04")]),
        # a past clause moves a date back, never forward
        ("The fire started Dec. 28.", date(2024, 1, 6), [("Dec. 28", "2023-12-28")]),
        ("She joined the board Feb. 1.", date(2021, 12, 1), [("Feb. 1", "2021-02-01")]),
        # "the year ended March 31": the last such day (and the year that ends on it)
        ("Revenue for the year ended March 31 rose 4%.", date(2018, 11, 2),
         [("the year", "P1Y"), ("March 31", "2018-03-31")]),
    ],
)  # fmt: skip
def test_month_or_day_without_a_year_takes_the_nearer_year(text, pub, want):
    assert found(text, pub)[: len(want)] == want


# ------------------------------------------------ "year-earlier" and "the year-ago period"


@pytest.mark.parametrize(
    "text, pub, want",
    [
        (
            "The chain lost $4 million in the second quarter, compared with a year-earlier "
            "profit of $1 million.",
            NOV,
            [("the second quarter", "2017-Q2"), ("year-earlier", "2016-Q2")],
        ),
        (
            "Fourth-quarter sales rose 3% from the year-ago period.",
            APR,
            [("Fourth-quarter", "2021-Q4"), ("the year-ago period", "2020-Q4")],
        ),
        # no period named: the last quarter completed, a year back
        ("In the year-earlier period, the bank earned $90 million.", NOV,
         [("the year-earlier period", "2016-Q3")]),
        ("The latest period brought a loss of $2 million.", NOV,
         [("The latest period", "2017-Q3")]),
    ],
)  # fmt: skip
def test_year_earlier_as_an_adjective_and_the_period(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text",
    ["The painter's latest period is his darkest.", "A year-earlier start was ruled out."],
)
def test_period_words_outside_results_copy(text):
    assert found(text, NOV) == []


def test_a_district_called_quarter_is_not_a_quarter():
    assert found("Rents in the Quarter rose by $200 a month.", NOV) == []


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("Profit in this year's second quarter doubled.", NOV,
         [("this year's second quarter", "2017-Q2")]),
        ("The merger may close in next year's first quarter.", NOV,
         [("next year's first quarter", "2018-Q1")]),
        ("Sales fell in last year's third quarter.", APR,
         [("last year's third quarter", "2021-Q3")]),
    ],
)  # fmt: skip
def test_a_year_named_before_the_period(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The loss will appear in the group's 2016 accounts.", [("2016", "2016")]),
        ("It sold notes due 2027 to pension funds.", [("2027", "2027")]),
        ("The company's 2000 workers went on strike.", []),
    ],
)
def test_a_year_after_a_possessive_or_due(text, want):
    assert found(text, NOV) == want
