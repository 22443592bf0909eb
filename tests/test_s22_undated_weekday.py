"""A weekday in a report without a publication date against a day another
report states in full (session 22, development 2: 'on Friday' against
'Tuesday, December 9, 2008' for one check-in was only a question): whatever
the week, a Friday is not that Tuesday, so the pair conflicts. The same
weekday stays a question (its week cannot be placed: labelled pair 8), and so
does a part of a day ('Friday night' may run into Saturday) or a bound."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.compare import compare


def _one(text: str, pub: date | None):
    (m,) = find_times(text, pub)
    return m


@pytest.mark.parametrize(
    ("undated", "dated", "pub", "verdict"),
    [
        ("on Friday", "on Tuesday, December 9, 2008", date(2008, 12, 12), "conflict"),
        ("on Monday", "on March 3, 2021", date(2021, 3, 5), "conflict"),  # a Wednesday
        ("on Sunday", "on 14 April 2024", date(2024, 4, 15), "unresolved"),  # a Sunday
        ("on Tuesday", "on Tuesday, December 9, 2008", date(2008, 12, 12), "unresolved"),
        ("on Friday night", "on Tuesday, December 9, 2008", date(2008, 12, 12), "unresolved"),
        ("by Friday", "on Tuesday, December 9, 2008", date(2008, 12, 12), "unresolved"),
    ],
)
def test_an_undated_weekday_against_a_stated_day(undated, dated, pub, verdict):
    a = _one(f"The singer checked into the clinic {undated}, her agent said.", None)
    b = _one(f"The singer checked into the clinic {dated}, her agent said.", pub)
    for x, y in ((a, b), (b, a)):
        got = compare(x, y, "A", "B")
        assert str(got.verdict) == verdict, got.explanation
        if verdict == "conflict":
            assert "different weekday" in got.explanation
