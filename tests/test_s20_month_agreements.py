"""A bare month stated the same by every source is an agreement (trial 30:
"in May" / "last May" of undated articles were counted to review): read
again alone, a month is read with the word that introduced it ("may" alone is
a verb). A month given its year by a publication date still needed it."""

from __future__ import annotations

from datetime import date

import pytest
from test_agreements import _finding

from workbench.findings.agree import is_agreement


@pytest.mark.parametrize(
    "pair",
    [
        (
            ("She was killed in May in Albany.", "May"),
            ("She was killed last May in Albany.", "May"),
        ),
        (("The plant shut in March.", "March"), ("The plant shut in March.", "March")),
        (("It opened in June, officials said.", "June"), ("In June, it opened.", "June")),
    ],
)
def test_a_month_stated_alike_without_a_publication_date_is_an_agreement(pair):
    found, fact_at, how, days = _finding(list(pair), published=None)
    assert is_agreement(found, fact_at, how, days)


def test_a_month_given_its_year_by_the_publication_date_is_still_to_review():
    pair = [("She was killed in May in Albany.", "May"), ("She was killed in May 2019.", "May")]
    found, fact_at, how, days = _finding(pair, published=date(2019, 6, 23))
    assert not is_agreement(found, fact_at, how, days)
