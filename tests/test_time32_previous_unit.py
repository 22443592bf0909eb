"""Issue 12, session 25 (time32): "the previous year", "the prior year", "the
preceding week", "the previous day" with no date before them to count from are the
ones before publication's, as "last year" is (Xinhua's "rose 9 percent over the
previous year"); they were not read. After a date they stay counted from it."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document

NOV98 = date(1998, 11, 20)  # a Friday
APR99 = date(1999, 4, 14)  # a Wednesday
JAN00 = date(2000, 1, 12)
DEC26 = date(2026, 12, 5)


def doc_values(pub: date, *sentences: str) -> list[dict[str, str]]:
    """Each sentence's expressions with their TimeML values, read as one document."""
    return [{m.text: m.timex for m in ms} for ms in find_times_in_document(sentences, pub)]


def values(pub: date, sentence: str) -> dict[str, str]:
    return doc_values(pub, sentence)[0]


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (NOV98, "Exports rose 9 percent over the previous year.", "the previous year", "1997"),
        (APR99, "Sales doubled from the prior year, the agency said.", "the prior year", "1998"),
        (NOV98, "The previous week, the central bank cut rates.", "The previous week", "1998-W46"),
        (JAN00, "In the previous month, output rose 2 percent.", "the previous month", "1999-12"),
        (APR99, "The previous day, rebels had shelled the town.", "The previous day", "1999-04-13"),
        (JAN00, "Inflation eased from the preceding year.", "the preceding year", "1999"),
    ],
)
def test_previous_unit_from_publication(pub, sentence, expr, want):
    assert values(pub, sentence).get(expr) == want


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (
            NOV98,
            ("In 1995, the firm lost $5 million.", "The previous year, it had earned $1 million."),
            "The previous year",
            "1994",
        ),
        (
            NOV98,
            ("On March 3, 1996, he was arrested.", "The previous day, police searched his home."),
            "The previous day",
            "1996-03-02",
        ),
        (
            APR99,
            ("Exports in 1997 rose 8 percent from the previous year.",),
            "the previous year",
            "1996",
        ),
    ],
)
def test_previous_unit_after_a_date_counts_from_it(pub, sentences, expr, want):
    assert doc_values(pub, *sentences)[-1].get(expr) == want
