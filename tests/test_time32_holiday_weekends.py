"""Issue 12, session 25 (time32): a holiday's weekend ("the Thanksgiving weekend",
"Memorial Day weekend", "the Easter holiday weekend") is that weekend (TimeML
``1998-W48-WE``): a Monday holiday's is the one before it, a Thursday's or Friday's
the one after; it was unread or read as the holiday alone. And names written with
their article on the wire, Xinhua's "the Spring Festival", "the Lunar New Year",
are the Chinese New Year (they were unread)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values

DEC98 = date(1998, 12, 10)
JAN99 = date(1999, 1, 20)
APR00 = date(2000, 4, 3)


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (DEC98, "Sales rose over the Thanksgiving weekend.", "Thanksgiving weekend", "1998-W48-WE"),
        (
            JAN99,
            "By Memorial Day weekend, the pool will open.",
            "Memorial Day weekend",
            "1999-W21-WE",
        ),
        (
            DEC98,
            "Twelve died on the roads over Labor Day weekend.",
            "Labor Day weekend",
            "1998-W36-WE",
        ),
        (
            APR00,
            "Hotels are full for the Easter holiday weekend.",
            "Easter holiday weekend",
            "2000-W16-WE",
        ),
        (
            JAN99,
            "During the Spring Festival, millions travel home.",
            "the Spring Festival",
            "1999-02-16",
        ),
        (JAN99, "The Lunar New Year falls on Feb. 16.", "The Lunar New Year", "1999-02-16"),
        (
            APR00,
            "Exports fell after the Spring Festival holiday.",
            "the Spring Festival",
            "2000-02-05",
        ),
    ],
)
def test_holiday_weekends_and_names_with_the(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want


@pytest.mark.parametrize(
    "sentence",
    ["Christmas shopping began early.", "She bought Easter eggs for the weekend."],
)
def test_holiday_words_as_nouns_stay_unread(sentence):
    assert doc_values(DEC98, sentence)[0].get("Christmas") is None
    assert doc_values(DEC98, sentence)[0].get("Easter") is None
