"""Session 31 (time38): a half of a decade or century written in digits ("the second
half of the 1990s", "the last half of the '80s", "the latter half of the 1800s", "the
first half of the 20th century") lost its half: the whole decade or century was read,
so "in the second half of the 1990s" agreed with 1992. "The first half of the decade"
was already read. Own cases; the expectation is the first and last year allowed.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times


def years(text: str, pub: date) -> tuple[str, int, int]:
    ms = find_times(text, pub)
    assert len(ms) == 1, [(m.text, m.timex) for m in ms]
    lo, hi = ms[0].interval
    return ms[0].text, lo.year, (hi.year - 1 if hi.month == 1 and hi.day == 1 else hi.year)


@pytest.mark.parametrize(
    "text, span, first, last",
    [
        (
            "Beer sales were flat through the last half of the '80s.",
            "the last half of the '80s",
            1985,
            1989,
        ),
        (
            "Growth slowed in the second half of the 1990s.",
            "the second half of the 1990s",
            1995,
            1999,
        ),
        (
            "Rents doubled in the first half of the 2010s.",
            "the first half of the 2010s",
            2010,
            2014,
        ),
        (
            "In the latter half of the 1800s the port grew tenfold.",
            "the latter half of the 1800s",
            1850,
            1899,
        ),
        (
            "Most of the dams were built in the second half of the 20th century.",
            "the second half of the 20th century",
            1950,
            1999,
        ),
        (
            "The first half of the nineteenth century saw three wars.",
            "The first half of the nineteenth century",
            1800,
            1849,
        ),
    ],
)
def test_a_half_of_a_decade_or_century(text, span, first, last):
    assert years(text, date(2021, 3, 9)) == (span, first, last)


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Growth slowed in the 1990s.", 1990, 1999),
        ("Prices fell in the late '70s.", 1976, 1979),
    ],
)
def test_a_whole_decade_is_unchanged(text, first, last):
    assert years(text, date(2021, 3, 9))[1:] == (first, last)


def test_a_year_outside_the_half_conflicts_and_one_inside_agrees():
    pub = date(2001, 6, 1)
    a = "Exports boomed in the second half of the 1990s."
    b, c = "Exports boomed in 1992.", "Exports boomed in 1997."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "conflict"
    assert compare(ma, mc, a, c).verdict == "consistent"
