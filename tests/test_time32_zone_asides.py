"""Issue 12, session 25 (time32): the wire gives a clock time with the same instant in
brackets in another zone. When the bracketed clock carries the day ("at 9 p.m. EDT
(0100 GMT Tuesday)", "at 3:15 a.m. (1915 GMT Sunday)") the local clock's day is told
from it (it had no day: 'T21:00-04:00'); when the day follows the brackets ("at 9
p.m. EDT (0100 GMT) Monday") the bracketed clock takes its own day (it took Monday's).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import sentence_values

MON = date(1998, 8, 10)  # a Monday
THU = date(1999, 11, 25)  # a Thursday


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (
            MON,
            "The speech begins at 9 p.m. EDT (0100 GMT Tuesday).",
            "9 p.m. EDT",
            "1998-08-10T21:00-04:00",
        ),
        (
            MON,
            "The quake struck at 3:15 a.m. (1915 GMT Sunday), killing 12.",
            "3:15 a.m.",
            "1998-08-10T03:15",
        ),
        (
            THU,
            "The blast came at 11:40 p.m. (2140 GMT Wednesday) near the port.",
            "11:40 p.m.",
            "1999-11-24T23:40",
        ),
        (
            THU,
            "Polls closed at 7 p.m. EST (0000 GMT Thursday).",
            "7 p.m. EST",
            "1999-11-24T19:00-05:00",
        ),
        (
            THU,
            "Rebels attacked at 5 a.m. (2200 GMT Wednesday), the army said.",
            "5 a.m.",
            "1999-11-25T05:00",
        ),
    ],
)
def test_local_clock_takes_its_day_from_the_bracketed_one(pub, sentence, expr, want):
    assert sentence_values(pub, sentence).get(expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (
            MON,
            "The speech began at 9 p.m. EDT (0100 GMT) on Monday.",
            "0100 GMT",
            "1998-08-11T01:00Z",
        ),
        (
            THU,
            "It landed at 1 a.m. (1700 GMT) Wednesday in Tokyo.",
            "1700 GMT",
            "1999-11-23T17:00Z",
        ),
        (MON, "Stocks closed at 4 p.m. EDT (2000 GMT) Monday.", "2000 GMT", "1998-08-10T20:00Z"),
        (
            MON,
            "Stocks closed at 4 p.m. EDT (2000 GMT) Monday.",
            "4 p.m. EDT",
            "1998-08-10T16:00-04:00",
        ),
    ],
)
def test_bracketed_clock_takes_its_own_day(pub, sentence, expr, want):
    assert sentence_values(pub, sentence).get(expr) == want
