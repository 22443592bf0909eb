"""Issue 12: 'year-end' / 'year end' after a preposition is the closing day of a
year, 31 December: the coming one for a deadline, the last one for a past
clause or 'since'. Not a fiscal year's end, nor a modifier in mid-clause
('staff got year-end bonuses'). Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

OCT = date(2023, 10, 16)
JAN = date(2024, 1, 9)


@pytest.mark.parametrize(
    "sentence, published, text, timex",
    [
        ("The merger should close by year-end.", OCT, "year-end", "2023-12-31"),
        ("Rates will be cut before year end, the bank said.", OCT, "year end", "2023-12-31"),
        ("Shares have gained 4% since year-end.", JAN, "year-end", "2023-12-31"),
        ("Cash at year end was $40 million.", OCT, "year end", "2022-12-31"),
        ("Year-end debt was $2 billion.", JAN, "Year-end", "2023-12-31"),
    ],
)
def test_year_end_is_the_closing_day(sentence, published, text, timex):
    assert [(m.text, m.timex) for m in find_times(sentence, published)] == [(text, timex)]


@pytest.mark.parametrize(
    "sentence",
    ["Staff got year-end bonuses.", "The fiscal year-end is in June, not December."],
)
def test_year_end_as_a_modifier_or_fiscal_is_left_alone(sentence):
    assert all("year" not in m.text.lower() for m in find_times(sentence, OCT))


@pytest.mark.parametrize(
    "other, verdict",
    [
        ("The merger should close by December 31.", Verdict.CONSISTENT),
        ("The merger should close by the end of the year.", Verdict.CONSISTENT),
        ("The merger should close by March 2024.", Verdict.CONSISTENT),
        ("The merger should close in March 2024.", Verdict.CONFLICT),
    ],
)
def test_year_end_compares_as_a_deadline(other, verdict):
    (a,) = find_times("The merger should close by year-end.", OCT)
    (b,) = find_times(other, OCT)
    c = compare(a, b, "A", "B")
    assert c is not None and c.verdict == verdict, c and c.explanation
