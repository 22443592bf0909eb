"""User trial 48 (problem 11): a consistent date finding whose values nest —
one inside the other, 'March 3' / 'March', 'May 9' / 'by May 9th',
'November 2013' / 'November 22, 2013' — has nothing for a desk to decide:
it goes with the agreements (``findings.settled``), still listed. A bound
that could exclude the other, or dates that only overlap, stay to review."""

from __future__ import annotations

from datetime import date

import pytest
from test_agreements import _finding

from workbench.findings.settled import is_settled

APR = date(2009, 4, 27)
NESTED = [
    # a day inside a month, the month also told relatively ('last month')
    [("On March 3, Obama signed the order.", "March 3"),
     ("In March, Obama signed the order.", "March"),
     ("Obama signed the order last month.", "last month")],
    # a deadline and the same deadline with 'by'
    [("He must act by the May 9 deadline.", "May 9"),
     ("Salazar must decide on the rule by May 9th.", "May 9th")],
    # a day inside a month of another year, written in full
    [("The plant opened on November 22, 2013.", "November 22, 2013"),
     ("The plant opened in November 2013.", "November 2013")],
    # a month inside a year
    [("The treaty was signed in 2008.", "2008"),
     ("The treaty was signed in June 2008.", "June 2008")],
    # a part of a month inside the month
    [("Shares fell in early February.", "early February"),
     ("Shares fell in February.", "February")],
]  # fmt: skip


@pytest.mark.parametrize("sentences", NESTED)
def test_a_date_inside_another_plainly_stated_one_is_settled(sentences):
    found, fact_at, _how, _days = _finding(sentences, published=APR, versions=len(sentences))
    assert len(found.versions) >= 2
    assert is_settled(found, fact_at)


STAYS = [
    # 'before' could exclude the day
    [("The vote was held before March 3.", "March 3"),
     ("The vote was held in March.", "March")],
    # 'by May' may end before May begins
    [("The deal must close by May.", "May"),
     ("The deal must close on May 20.", "May 20")],
    # 'earlier this year' is a bound, not the whole year
    [("Earlier this year, a dam failed.", "Earlier this year"),
     ("In February, a dam failed.", "February")],
    # two days inside one month: neither inside the other
    [("The strike began on March 3.", "March 3"),
     ("The strike began in March.", "March"),
     ("The strike began on March 9.", "March 9")],
    # a month with no year: not resolved
    [("The mill closed in May.", "May"), ("The mill closed on May 4.", "May 4")],
]  # fmt: skip


@pytest.mark.parametrize("sentences", STAYS)
def test_a_bound_or_an_unresolved_or_an_overlap_stays_to_review(sentences):
    dated = None if "mill" in sentences[0][0] else APR
    found, fact_at, _how, _days = _finding(sentences, published=dated, versions=len(sentences))
    assert not is_settled(found, fact_at)
