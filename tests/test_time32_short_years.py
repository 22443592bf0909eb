"""Issue 12, session 25 (time32): a year written with two digits in wire copy ("in
'98", "the '96 election", "fiscal '99") is the one in the century that puts it at
most five years after publication. Read in 1998, "'98" was 2098 and "'85" 2085 (the
century came from the last two digits of the publication year), and before a noun
or after "fiscal" it was not read at all."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values

NOV98 = date(1998, 11, 20)  # a Friday
APR99 = date(1999, 4, 14)  # a Wednesday
JAN00 = date(2000, 1, 12)
DEC26 = date(2026, 12, 5)


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (NOV98, "He joined the band in '98 and left a year later.", "'98", "1998"),
        (NOV98, "The firm was founded in '85 by two brothers.", "'85", "1985"),
        (NOV98, "Back in '91, things were different for the union.", "'91", "1991"),
        (NOV98, "The Class of '68 held its reunion.", "'68", "1968"),
        (NOV98, "The class of '02 will graduate into a new century.", "'02", "2002"),
        (JAN00, "Prices have risen since ’97, the board said.", "’97", "1997"),
        (APR99, "The '96 election was closer than the polls said.", "'96", "1996"),
        (APR99, "Its '97 results were restated in March.", "'97", "1997"),
        (APR99, "Fiscal '99 looks better for the carmaker.", "'99", "1999"),
        (DEC26, "The stadium has stood since '68.", "'68", "1968"),
        (DEC26, "The deal runs until '29.", "'29", "2029"),
    ],
)
def test_two_digit_years(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want


@pytest.mark.parametrize(
    "pub, sentence",
    [
        (APR99, "The '96 votes were recounted twice."),  # a count of votes, not a year
        (APR99, "He scored '96 points' in the quiz."),
        (APR99, "She said '99 problems' was her favourite song."),
    ],
)
def test_two_digit_numbers_that_are_not_years(pub, sentence):
    assert not any(v in ("1996", "1999") for v in doc_values(pub, sentence)[0].values())
