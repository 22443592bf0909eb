"""Issue 12, a missed class of TimeBank (development data): a reporting period named
by the day it ends ("for the quarter ended Sept. 30", "the year ended March 31",
"its fiscal year ending June 30, 2025") was not read at all; only the day was.
The period now takes the months that end on that day, and an earlier sentence's
reporting period no longer replaces it. Cases are our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workbench.facts.time import find_times, find_times_in_document

NOV = date(2024, 11, 6)


def found(sentence: str, published: date = NOV) -> dict[str, tuple]:
    return {m.text: (m.type, m.timex, m.interval) for m in find_times(sentence, published)}


@pytest.mark.parametrize(
    "sentence, text, timex, start, end",
    [
        (
            "The bank lost $92 million for the quarter ended Sept. 30.",
            "the quarter",
            "2024-Q3",
            datetime(2024, 7, 1),
            datetime(2024, 10, 1),
        ),
        (
            "In the quarter ended July 31, the retailer had 5.6 million shares outstanding.",
            "the quarter",
            "2024-Q2",
            datetime(2024, 5, 1),
            datetime(2024, 8, 1),
        ),
        (
            "Profit for the half ended 30 June doubled.",
            "the half",
            "2024-H1",
            datetime(2024, 1, 1),
            datetime(2024, 7, 1),
        ),
        (
            "For its fiscal year ended Dec. 31, 2023, the insurer lost money.",
            "its fiscal year",
            "2023",
            datetime(2023, 1, 1),
            datetime(2024, 1, 1),
        ),
    ],
)
def test_a_quarter_half_or_calendar_year_ends_on_its_day(sentence, text, timex, start, end):
    typ, got, interval = found(sentence)[text]
    assert (typ, got, interval) == ("DATE", timex, (start, end))


@pytest.mark.parametrize(
    "sentence, text, start, end",
    [
        (
            "The unit had revenue of $76 million for the year ended March 31.",
            "the year",
            datetime(2023, 4, 1),
            datetime(2024, 4, 1),
        ),
        (
            "Results for the year to 31 March fell by a fifth.",
            "the year",
            datetime(2023, 4, 1),
            datetime(2024, 4, 1),
        ),
        (
            "The chain expects a loss in the fiscal year ending June 30, 2025.",
            "the fiscal year",
            datetime(2024, 7, 1),
            datetime(2025, 7, 1),
        ),
    ],
)
def test_a_fiscal_year_is_the_twelve_months_to_its_day(sentence, text, start, end):
    typ, timex, interval = found(sentence)[text]
    assert (typ, timex, interval) == ("DURATION", "P1Y", (start, end))


def test_the_day_is_still_read_on_its_own():
    got = found("Sales rose for the quarter ended Sept. 30.")
    assert got["Sept. 30"][1] == "2024-09-30"


@pytest.mark.parametrize(
    "sentence",
    [
        "The year ended with a loss.",
        "The quarter ended badly for the club.",
        "They said the year ended in tears for investors.",
    ],
)
def test_no_day_no_period(sentence):
    assert not any(t.startswith(("the year", "the quarter")) for t in found(sentence))


def test_an_earlier_sentences_period_does_not_replace_it():
    sentences = [
        "The company earned $5.2 million in the fiscal first quarter.",
        "It reported sales of $538.5 million for the quarter ended Sept. 29, up 39%.",
    ]
    second = find_times_in_document(sentences, date(2024, 10, 26))[1]
    quarter = next(m for m in second if m.text == "the quarter")
    assert quarter.timex == "2024-Q3"
    assert "ended Sun 29 Sep 2024" in quarter.value
