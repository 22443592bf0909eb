"""Issue 12, session 19 (time23): a month and day with no preposition that the words
around it put in the past (:func:`workbench.facts.time.happened.told_as_past`).

Located by counting AQUAINT's shortfall (``--breakdown``: days read a year after
gold's). A day that heads the subject of a past verb ("the Dec. 20 meeting ended",
"turnout in the Dec. 20 poll was low") dates something over: the latest such day,
not the one ahead that publication's year gives; so does "last Dec. 20" and "which
took place Dec. 20". A verb of postponing or planning, a future clause, and the
backshifted copula of reported speech ("he said the Dec. 20 vote was a test") leave
the day ahead. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import value_of

AUG = date(1998, 8, 12)  # a Wednesday
MAY = date(2003, 5, 6)


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        # the day heads a subject whose verb follows in the past
        ("The Dec. 20 storm killed four people.", AUG, "Dec. 20", "1997-12-20"),
        ("The Dec. 20 meeting ended without agreement.", AUG, "Dec. 20", "1997-12-20"),
        ("A Dec. 20 report said exports fell.", AUG, "Dec. 20", "1997-12-20"),
        ("The Nov. 3 election was won by the opposition.", AUG, "Nov. 3", "1997-11-03"),
        ("Turnout in the Dec. 20 poll was low.", AUG, "Dec. 20", "1997-12-20"),
        ("The Oct. 1 budget vote drew protests.", MAY, "Oct. 1", "2002-10-01"),
        ("The Sept. 14 referendum results were disputed.", MAY, "Sept. 14", "2002-09-14"),
        # "last" before the day, "took place" before it
        ("He has been in jail since last Dec. 20.", AUG, "Dec. 20", "1997-12-20"),
        ("The deal was signed last Sept. 5 in Paris.", AUG, "Sept. 5", "1997-09-05"),
        ("The talks, which took place Dec. 20, failed.", AUG, "Dec. 20", "1997-12-20"),
        ("The congress that took place Nov. 12 elected him.", MAY, "Nov. 12", "2002-11-12"),
        # moved, called off, planned, or in a future clause: still ahead
        ("The Dec. 20 vote was postponed.", AUG, "Dec. 20", "1998-12-20"),
        ("The Dec. 20 vote was called off.", AUG, "Dec. 20", "1998-12-20"),
        ("The Dec. 20 talks were expected to go ahead.", AUG, "Dec. 20", "1998-12-20"),
        ("The Nov. 3 election will be close.", AUG, "Nov. 3", "1998-11-03"),
        ("The Oct. 1 summit is set to go ahead.", MAY, "Oct. 1", "2003-10-01"),
        # reported speech shifts the copula back: the day may be ahead
        ("He said the Dec. 20 meeting was important.", AUG, "Dec. 20", "1998-12-20"),
        ("Officials told reporters the Nov. 30 poll was a test.", AUG, "Nov. 30", "1998-11-30"),
        # ... but not an active verb of the day's subject
        ("He said the Dec. 20 meeting ended in chaos.", AUG, "Dec. 20", "1997-12-20"),
    ],
)
def test_day_told_as_past(text: str, pub: date, expr: str, want: str) -> None:
    assert value_of(text, pub, expr) == want
