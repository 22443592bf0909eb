"""Issue 12, session 25 (time32): a quarter named by the month it ends in, as
Australian and Asian results copy on the wire writes it ("BHP's profit for the March
quarter", "the June quarter", "the December 1998 quarter"), is that calendar
quarter; it was not read ("the September quarter" read as the month September)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import sentence_values

JUL99 = date(1999, 7, 20)
NOV99 = date(1999, 11, 20)
FEB00 = date(2000, 2, 3)


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (JUL99, "Revenue in the June quarter rose 5 percent.", "the June quarter", "1999-Q2"),
        (JUL99, "BHP's profit for the March quarter fell.", "the March quarter", "1999-Q1"),
        (NOV99, "Sales in the September quarter were flat.", "the September quarter", "1999-Q3"),
        (FEB00, "Telstra earned more in the December quarter.", "the December quarter", "1999-Q4"),
        (
            JUL99,
            "It lost money in the December 1998 quarter.",
            "the December 1998 quarter",
            "1998-Q4",
        ),
        (FEB00, "Its June quarter of 1998 was the worst.", "Its June quarter of 1998", "1998-Q2"),
        (
            JUL99,
            "Results for the September quarter are due in October.",
            "the September quarter",
            "1999-Q3",
        ),
    ],
)
def test_quarter_named_by_its_last_month(pub, sentence, expr, want):
    assert sentence_values(pub, sentence).get(expr) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The May quarter ended badly.",  # no calendar quarter ends in May
        "He ran the June quarter mile in record time.",
    ],
)
def test_not_a_quarter(sentence):
    assert not any("-Q" in v for v in sentence_values(JUL99, sentence).values())
