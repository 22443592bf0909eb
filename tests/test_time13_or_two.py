"""Issue 12, durations misread: "a day or two" was one day and "in a year or two"
the year after publication, so "a day or two" against "two days" looked like a
conflict. A unit followed by "or two" / "or three" is a length of one to that
many units, as "two or three weeks" already was; "the past year or so" and
"the last week or two" are windows, no longer dropped for the "or". Cases are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times

PUB = date(2025, 3, 19)


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The repairs will take a day or two.", ("a day or two", "PXD")),
        ("She expects to hear back within a week or two.", ("a week or two", "PXW")),
        ("The bridge could reopen in a month or two.", ("a month or two", "FUTURE_REF")),
        ("An hour or three of rain is forecast.", ("An hour or three", "PTXH")),
        ("Rents have climbed over the past year or two.", ("the past year or two", "PXY")),
        ("Trade slowed in the last week or two.", ("the last week or two", "PXW")),
        ("Trading was thin in the past month or so.", ("the past month or so", "P1M")),
    ],
)
def test_a_unit_or_two_is_a_range_of_lengths(sentence, want):
    assert want in read(sentence)


@pytest.mark.parametrize("other, verdict", [("two days", "consistent"), ("five days", "conflict")])
def test_a_day_or_two_against_a_count_of_days(other, verdict):
    (a,) = find_times("The repairs will take a day or two.", PUB)
    (b,) = find_times(f"The repairs will take {other}.", PUB)
    assert compare(a, b, "A", "B").verdict.value == verdict


@pytest.mark.parametrize(
    "sentence, want",
    [
        # "or" with a unit of its own: two lengths, not one range
        ("He was offered a week or two weeks' pay.", ("a week", "P1W")),
        ("It could take a year or two years.", ("two years", "P2Y")),
        # "or so" still hedges one unit
        ("The strike lasted a week or so.", ("a week or so", "P1W")),
    ],
)
def test_or_with_its_own_unit_or_or_so(sentence, want):
    assert want in read(sentence)
