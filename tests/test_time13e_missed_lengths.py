"""Issue 12, session 10: lengths and vague periods that were not read at all.

Counted in hundreds or thousands ("almost a hundred years", "more than two
thousand years"), plural centuries and millennia with no number ("for
centuries"), and the future or past written without "the" ("in coming
months", "for coming quarters", "in future quarters", "in weeks ahead", "in
past years", "in recent quarters"). Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

PUB = date(2015, 5, 20)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex, m.type) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want, value",
    [
        ("The queen has followed it for almost a hundred years.", "almost a hundred years",
         "P100Y"),
        ("Glassmakers kept the secret for more than two thousand years.",
         "more than two thousand years", "P2000Y"),
        ("The empire lasted a thousand years.", "a thousand years", "P1000Y"),
        ("The reservoir took a hundred days to fill.", "a hundred days", "P100D"),
        ("The abbey has stood for one hundred years.", "one hundred years", "P100Y"),
    ],
)  # fmt: skip
def test_lengths_counted_in_hundreds_and_thousands(text, want, value):
    assert found(text) == [(want, value, "DURATION")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Ukraine was ruled from Moscow for centuries.", "centuries"),
        ("The mosque dominated the skyline for centuries.", "centuries"),
        ("The ice has been building up over millennia.", "millennia"),
        ("Such feuds can last for millennia.", "millennia"),
    ],
)
def test_centuries_and_millennia_without_a_number_are_lengths(text, want):
    (m,) = find_times(text, PUB)
    assert (m.text, m.type) == (want, "DURATION")
    low, _high = m.amount
    assert low >= 2 * 100 * 365 * 86400 if want == "centuries" else low >= 2000 * 365 * 86400


def test_a_hundred_years_and_a_century_agree_and_two_centuries_conflict():
    a = find_times("The bridge has stood for a hundred years.", PUB)[0]
    b = find_times("The bridge has stood for a century.", PUB)[0]
    c = find_times("The bridge has stood for two centuries.", PUB)[0]
    assert compare(a, b, "L", "R").verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)
    assert compare(a, c, "L", "R").verdict == Verdict.CONFLICT


@pytest.mark.parametrize(
    "text, want, ref",
    [
        ("The Fed expects the economy to slow in coming months.", "coming months", "FUTURE_REF"),
        ("Rates may fall in coming weeks, traders said.", "coming weeks", "FUTURE_REF"),
        ("It doesn't bode well for coming quarters.", "coming quarters", "FUTURE_REF"),
        ("The credits will cut tax payments in future quarters.", "future quarters",
         "FUTURE_REF"),
        ("Funds will face pressure in weeks ahead.", "weeks ahead", "FUTURE_REF"),
        ("There were sell programs in past years, too.", "past years", "PAST_REF"),
        ("Insurance has been a tough business in recent quarters.", "recent quarters",
         "PAST_REF"),
    ],
)  # fmt: skip
def test_vague_periods_without_the(text, want, ref):
    assert found(text) == [(want, ref, "DATE")]


@pytest.mark.parametrize(
    "text",
    [
        "A hundred people came to the vigil.",  # a count of people, not of time
        "Coming months brought no relief to the town's hotels.",  # no preposition: a subject
        "The future years of the club are uncertain.",
    ],
)
def test_not_lengths_or_vague_periods(text):
    assert found(text) == []
