"""Issue 12, session 25 (time32): "this year", "next year", "last year" in words said
in another year count from when they were said: "In 1996, he said the economy had
grown this year" (1996), "He said in 1995 that he would run again next year" (1996),
"Last year, he told reporters, 'This year will be better'" (the year before
publication). They were read from publication. A year that dates something other
than the saying ("the company, founded in 1995, said ...") or no saying at all
("In 1997, sales rose, and this year they will rise again"), or words after the
writer turns back to the present ("...; this year it has", "but this year") change
nothing."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values

OCT98 = date(1998, 10, 2)
MAR00 = date(2000, 3, 15)


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (OCT98, "In 1996, he said the economy had grown this year.", "this year", "1996"),
        (OCT98, "He said in 1995 that he would run again next year.", "next year", "1996"),
        (OCT98, 'Last year, he told reporters, "This year will be better."', "This year", "1997"),
        (
            OCT98,
            "Speaking in 1995, the minister said inflation would fall next year.",
            "next year",
            "1996",
        ),
        (
            MAR00,
            "In March 1997, Greenspan warned that stocks could fall later this year.",
            "later this year",
            "1997",
        ),
        (
            MAR00,
            "Back in 1993, the governor predicted a surplus by next year.",
            "next year",
            "1994",
        ),
        (OCT98, "Last year, the firm said it would cut 500 jobs next year.", "next year", "1998"),
        (
            MAR00,
            "The agency forecast in 1998 that output would fall last year.",
            "last year",
            "1997",
        ),
    ],
)
def test_said_in_another_year(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (
            OCT98,
            "The company, founded in 1995, said it expects profits to rise this year.",
            "this year",
            "1998",
        ),
        (OCT98, "In 1997, sales rose, and this year they will rise again.", "this year", "1998"),
        (OCT98, "He said Tuesday that the plant will close next year.", "next year", "1999"),
        (
            MAR00,
            "In 2001, officials say, the line will open, and next year the tunnel.",
            "next year",
            "2001",
        ),
        (OCT98, "Last year's winner said this year will be harder.", "this year", "1998"),
        (
            OCT98,
            "In 1997, Intel said it would hire 5,000; this year it has hired 2,000.",
            "this year",
            "1998",
        ),
        (
            OCT98,
            "In 1996, he said growth would slow, but this year it has not.",
            "this year",
            "1998",
        ),
    ],
)
def test_other_years_change_nothing(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want
