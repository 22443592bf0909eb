"""Issue 12: years said in words, as broadcast transcripts write them. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2001, 5, 9)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The plant closed in nineteen eighty-two.", [("nineteen eighty-two", "1982")]),
        ("Nineteen seventy was a bad year for the farm.", [("Nineteen seventy", "1970")]),
        ("The treaty dates from eighteen ninety-eight.", [("eighteen ninety-eight", "1898")]),
        ("It began in March nineteen ninety-one.", [("March nineteen ninety-one", "1991-03")]),
        ("Prices peaked in the summer of nineteen eighty-eight.",
         [("the summer of nineteen eighty-eight", "1988-SU")]),
        ("The bug was feared for the year two thousand.", [("the year two thousand", "2000")]),
        ("The line will reopen in two thousand three.", [("two thousand three", "2003")]),
        ("The rules changed in two thousand and one, officials said.",
         [("two thousand and one", "2001")]),
    ],
)  # fmt: skip
def test_spoken_years(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "They printed two thousand five hundred copies.",
        "About two thousand and five people signed.",
        "Two thousand marched on the capital.",
        "The vote was nineteen to four.",
    ],
)
def test_spoken_counts_are_not_years(text):
    assert found(text) == []


# ------------------------------------------------ decades written without an apostrophe


@pytest.mark.parametrize(
    "text, want",
    [
        ("Fashion of the 60s is back.", [("the 60s", "196")]),
        ("Cars of the 70s and 80s were boxy.", [("the 70s", "197"), ("80s", "198")]),
        ("Hits from the 1980s and 90s.", [("the 1980s", "198"), ("90s", "199")]),
        ("The 50s were a calm decade.", [("The 50s", "195")]),
    ],
)
def test_decades_without_apostrophe(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Highs will be in the 70s on Friday.",
        "A man in his 40s was arrested.",
        "Temperatures stayed in the 90s.",
        "Most players shot in the 70s, with a score of 68 the best.",
    ],
)
def test_numbers_in_the_seventies_that_are_not_decades(text):
    assert [m.granularity for m in find_times(text, PUB)] in ([], ["day"])


@pytest.mark.parametrize(
    "text, want",
    [
        ("Crime fell through the nineties.", [("the nineties", "199")]),
        ("A fashion of the early seventies.", [("the early seventies", "197")]),
        ("Born in the nineteen-twenties, she ran the mill.", [("the nineteen-twenties", "192")]),
        ("A woman in her forties was hurt.", []),
        ("Highs will reach the nineties on Sunday.", [("Sunday", "2001-05-13")]),
    ],
)
def test_decades_in_words(text, want):
    assert found(text) == want
