"""Session 31 (time38): a bound written before a window of time ("at least the past
18 months", "more than the last two years", "almost the last three months", "at least
the next two years") was dropped: the window was read as exactly that long, so "for
at least the past 18 months" conflicted with "for the past two years". And "the
better part of two years", "the best part of a decade" were exactly two and ten
years ("two years" alone was read), "most of the past five years" five. "Over the past
18 months", "about the past two years" keep "over" and "about" as prepositions. Own
cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times

YEAR = 365 * 86400
MONTH = 30 * 86400


def one(text: str, pub: date):
    ms = [m for m in find_times(text, pub) if m.type == "DURATION"]
    assert len(ms) == 1, [(m.text, m.timex) for m in find_times(text, pub)]
    return ms[0]


@pytest.mark.parametrize(
    "text, span, lo_at_least, lo_at_most, hi",
    [
        (
            "Food prices have climbed for at least the past 18 months.",
            "at least the past 18 months",
            16 * MONTH,  # a month of 28 days at least
            18.1 * MONTH,
            None,
        ),
        (
            "The mine has been idle for more than the last two years.",
            "more than the last two years",
            2 * YEAR,
            2.01 * YEAR,
            None,
        ),
        (
            "Exports fell for almost the last three months, the ministry said.",
            "almost the last three months",
            2.3 * MONTH,
            2.9 * MONTH,
            3.1 * MONTH,
        ),
        (
            "Rates will stay near zero for at least the next two years.",
            "at least the next two years",
            1.99 * YEAR,
            2.01 * YEAR,
            None,
        ),
        (
            "The coalition has governed for most of the past five years.",
            "most of the past five years",
            2.4 * YEAR,
            2.6 * YEAR,
            5.02 * YEAR,
        ),
        (
            "She ran the agency for the better part of two years.",
            "the better part of two years",
            0.9 * YEAR,
            1.1 * YEAR,
            2.01 * YEAR,
        ),
        (
            "The exiled leader lived in Paris for the best part of a decade.",
            "the best part of a decade",
            4.9 * YEAR,
            5.1 * YEAR,
            10.01 * YEAR,
        ),
    ],
)
def test_a_bound_before_a_window_or_a_unit(text, span, lo_at_least, lo_at_most, hi):
    m = one(text, date(2022, 9, 14))
    assert m.text == span
    lo, top = m.amount
    assert lo_at_least <= lo <= lo_at_most
    if hi is None:
        assert top is None
    else:
        assert top is not None and top <= hi


@pytest.mark.parametrize(
    "text, span",
    [
        ("Shares rose 40% over the past 18 months.", "the past 18 months"),
        ("He spoke about the past two years in prison.", "the past two years"),
    ],
)
def test_prepositions_are_no_bound(text, span):
    m = one(text, date(2022, 9, 14))
    assert m.text == span
    assert m.amount[1] is not None


def test_at_least_the_past_months_agrees_with_a_longer_window():
    pub = date(2022, 9, 14)
    a = "Food prices have climbed for at least the past 18 months."
    b = "Food prices have climbed for the past two years."
    c = "Food prices have climbed for the past 18 months."
    d = "Food prices have climbed for the past year."
    ma, mb, mc, md = (one(t, pub) for t in (a, b, c, d))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(mc, mb, c, b).verdict == "conflict"  # without the bound: shorter
    assert compare(ma, md, a, d).verdict == "conflict"  # a year is under the bound


def test_most_of_a_decade_is_under_ten_years_and_over_five():
    pub = date(2022, 9, 14)
    a = "The exiled leader lived in Paris for the best part of a decade."
    b = "The exiled leader lived in Paris for eight years."
    c = "The exiled leader lived in Paris for twelve years."
    ma, mb, mc = (one(t, pub) for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(ma, mc, a, c).verdict == "conflict"


@pytest.mark.parametrize(
    "text, label",
    [
        ("The drought is the worst in half a century.", "50 years"),
        ("The abbey stood for two centuries.", "2 centuries"),
        ("The dynasty lasted a millennium and a half.", "1500 years"),
    ],
)
def test_centuries_are_named_in_words_an_editor_reads(text, label):
    """The explanation said '0.5 centurys', '2 centurys'."""
    m = one(text, date(2022, 9, 14))
    assert m.value == label
