"""Issue 12, session 25 (time32): timetable verbs in the simple present before a
weekday look ahead ("the law goes into effect Sunday", "the treaty enters into force
Monday", "the talks end Friday", "the rules apply from Monday", "the ceremony takes
place Saturday"); each was read as the weekday before publication. The past and a
market's "end lower" still look back."""

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
        (APR99, "The measure goes into effect Sunday.", "Sunday", "1999-04-18"),
        (APR99, "The ban goes into force on Saturday, officials say.", "Saturday", "1999-04-17"),
        (NOV98, "The treaty enters into force Monday.", "Monday", "1998-11-23"),
        (APR99, "The talks end Friday in Geneva.", "Friday", "1999-04-16"),
        (NOV98, "The festival concludes Sunday with a parade.", "Sunday", "1998-11-22"),
        (APR99, "The new rules apply from Monday.", "Monday", "1999-04-19"),
        (JAN00, "The ceremony takes place Saturday in Rome.", "Saturday", "2000-01-15"),
    ],
)
def test_timetable_verbs_look_ahead(pub, sentence, expr, want):
    assert values(pub, sentence).get(expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (APR99, "The talks ended Friday in Geneva.", "Friday", "1999-04-09"),
        (APR99, "The measure went into effect Sunday.", "Sunday", "1999-04-11"),
        (APR99, "Stocks end lower as the dollar slides on Monday.", "Monday", "1999-04-12"),
    ],
)
def test_past_and_market_forms_still_look_back(pub, sentence, expr, want):
    assert values(pub, sentence).get(expr) == want
