"""Session 31 (time38): "the first week of June", "the last week of January" were
only the ISO week whose Thursday falls there (3-9 June 2024, 27 January - 2 February
2025), so "results are due in the first week of June" conflicted with "on June 1"
(a Saturday) and "the last week of January" left out the 25th and 26th. The TimeML
value stays the ISO week (as the corpora write it); the interval compared also
takes in the month's own first (second ...) or last seven days. Own cases.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.facts.time import compare, find_times


@pytest.mark.parametrize(
    "pub, text, timex, first, last",
    [
        ("2024-05-08", "Results are due in the first week of June.", "2024-W23", "06-01", "06-09"),
        (
            "2024-05-08",
            "The trial starts in the last week of January.",
            "2025-W05",
            "01-25",
            "02-02",
        ),
        (
            "2019-01-10",
            "The vote is set for the second week of March.",
            "2019-W11",
            "03-08",
            "03-17",
        ),
        ("2021-09-01", "Fares rise in the first week of October.", "2021-W40", "10-01", "10-10"),
    ],
)
def test_the_nth_week_of_a_month_allows_its_own_days(pub, text, timex, first, last):
    m = find_times(text, date.fromisoformat(pub))[0]
    assert m.timex == timex
    lo, hi = m.interval
    year = lo.year
    assert lo.date() == date.fromisoformat(f"{year}-{first}")
    assert (hi - timedelta(days=1)).date().strftime("%m-%d") == last


def test_the_first_day_of_the_month_is_in_its_first_week():
    pub = date(2024, 5, 8)
    a = "Results are due in the first week of June."
    b, c = "Results are due on June 1.", "Results are due on June 12."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(ma, mc, a, c).verdict == "conflict"


def test_the_first_week_of_a_year_is_unchanged():
    m = find_times("The first week of 2015 was cold.", date(2015, 3, 1))[0]
    assert m.timex == "2015-W01"
    assert m.interval[0].date() == date(2014, 12, 29)
