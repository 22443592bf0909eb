"""Issue 12, session 11: a month, a day of the year or a season that comes round
every year ("each July", "every March 1", "every winter") is a repetition
(TimeML SET ``XXXX-07``), not this year's month to hold against a date in
another report; "every few weeks" is a repetition of a vague length. Cases are
our own; published 7 August 1998."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times

PUB = date(1998, 8, 7)


def read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Orangemen march each July through the town.", [("each July", "SET", "XXXX-07")]),
        ("The tax is paid each April.", [("each April", "SET", "XXXX-04")]),
        ("Every December 25, the family gathers.",
         [("Every December 25", "SET", "XXXX-12-25")]),
        ("The festival takes place each summer.", [("each summer", "SET", "XXXX-SU")]),
        ("Every spring, the river floods.", [("Every spring", "SET", "XXXX-SP")]),
        ("RSV fills hospitals every winter.", [("every winter", "SET", "XXXX-WI")]),
        ("He visits every few weeks.", [("every few weeks", "SET", "PXW")]),
        ("The talks resume every couple of months.",
         [("every couple of months", "SET", "PXM")]),
        # not a month: "each may", a pronoun and a modal
        ("Each may decide for itself.", []),
    ],
)  # fmt: skip
def test_a_recurring_month_or_season_is_a_set(text: str, want: list[tuple[str, str, str]]):
    assert read(text) == want


def test_a_recurring_month_is_not_compared_with_a_date():
    (each,) = find_times("Orangemen march each July through the town.", PUB)
    (day,) = find_times("The march was held on July 5.", PUB)
    assert compare(each, day, "A", "B") is None


@pytest.mark.parametrize(
    "text, want",
    [
        ("Parliament sits on the last Tuesday of each month.",
         [("the last Tuesday of each month", "SET", "P1M")]),
        ("The club meets on the first Monday of every month.",
         [("the first Monday of every month", "SET", "P1M")]),
        ("Rent is due on the 1st of every month.",
         [("the 1st of every month", "SET", "XXXX-XX-01")]),
        ("Pensions are paid on the 15th day of each month.",
         [("the 15th day of each month", "SET", "XXXX-XX-15")]),
        # one month's day stays a date
        ("Markets close on the last Friday of the month.",
         [("the last Friday of the month", "DATE", "1998-08-28")]),
    ],
)  # fmt: skip
def test_a_day_that_comes_round_every_month_is_a_set(text, want):
    assert read(text) == want
