"""Issue 12, session 25 (time32): timetable verbs in the simple present before a
weekday look ahead ("the law goes into effect Sunday", "the treaty enters into force
Monday", "the talks end Friday", "the rules apply from Monday", "the ceremony takes
place Saturday"); so do verbs of the news agenda with a day a few words on ("Albright
testifies before Congress on Thursday", "the court rules Friday", "Clinton signs the
bill Monday"); each was read as the weekday before publication. The past, a market's
"end lower" and the nouns ("in his radio address Saturday", "in a release Monday")
still look back."""

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
        (APR99, "The measure goes into effect Sunday.", "Sunday", "1999-04-18"),
        (APR99, "The ban goes into force on Saturday, officials say.", "Saturday", "1999-04-17"),
        (NOV98, "The treaty enters into force Monday.", "Monday", "1998-11-23"),
        (APR99, "The talks end Friday in Geneva.", "Friday", "1999-04-16"),
        (NOV98, "The festival concludes Sunday with a parade.", "Sunday", "1998-11-22"),
        (APR99, "The new rules apply from Monday.", "Monday", "1999-04-19"),
        (JAN00, "The ceremony takes place Saturday in Rome.", "Saturday", "2000-01-15"),
        (APR99, "Albright testifies before Congress on Thursday.", "Thursday", "1999-04-15"),
        (APR99, "Clinton goes to Moscow on Monday.", "Monday", "1999-04-19"),
        (APR99, "The court rules Friday on the appeal.", "Friday", "1999-04-16"),
        (
            NOV98,
            "The president addresses the nation Sunday night.",
            "Sunday night",
            "1998-11-22TNI",
        ),
        (APR99, "The two leaders sit down Friday for talks.", "Friday", "1999-04-16"),
        (APR99, "Police said the suspect appears in court Monday.", "Monday", "1999-04-19"),
        (JAN00, "The agency releases its trade figures Thursday.", "Thursday", "2000-01-13"),
        (NOV98, "Clinton signs the budget bill Monday.", "Monday", "1998-11-23"),
    ],
)
def test_timetable_verbs_look_ahead(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (APR99, "The talks ended Friday in Geneva.", "Friday", "1999-04-09"),
        (APR99, "The measure went into effect Sunday.", "Sunday", "1999-04-11"),
        (APR99, "Stocks end lower as the dollar slides on Monday.", "Monday", "1999-04-12"),
        # the noun, not the verb: a past address, a past press release, a holding
        (
            APR99,
            "In his radio address Saturday, Clinton defended the strikes.",
            "Saturday",
            "1999-04-10",
        ),
        (APR99, "In a release Monday, the company said profit fell.", "Monday", "1999-04-12"),
        (JAN00, "Under the rules announced Monday, banks must report.", "Monday", "2000-01-10"),
        (APR99, "The fund began buying in March and holds 14.6 percent.", "March", "1999-03"),
    ],
)
def test_past_and_market_forms_still_look_back(pub, sentence, expr, want):
    assert doc_values(pub, sentence)[0].get(expr) == want
