"""Issue 12, missed expressions (TimeBank development data: "the following year"
after "May 22, 1995", "that year" after "in 1988"; MEANTIME: "from the previous
year" after "last month"): a day, month or year counted from the date the
sentence has just named is now read from that date, and says so. With no such
date the phrase keeps its old reading; "the next year" and a phrase after "over"
stay windows from publication. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 3, 14)  # a Thursday


def read(sentence: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_times(sentence, PUB)}


@pytest.mark.parametrize(
    "sentence, text, timex",
    [
        ("On May 22, 1995, she was promoted; the following year she left.", "the following year",
         "1996"),
        ("Imports reached $37 million in 1988, a record for that year.", "that year", "1988"),
        ("He was arrested on Jan. 3 and charged the next day.", "the next day", "2024-01-04"),
        ("The ship docked on Monday and sailed the following day.", "the following day",
         "2024-03-12"),
        ("He joined in May 2019 and left the following month.", "the following month", "2019-06"),
        ("Exports rose in 2022 from the previous year.", "the previous year", "2021"),
        ("Sales dropped 42% last month from the previous year.", "the previous year", "2023"),
        ("The talks opened on June 4, 2019; that day, crowds gathered.", "that day", "2019-06-04"),
    ],
)  # fmt: skip
def test_counted_from_the_date_named_before(sentence, text, timex):
    assert read(sentence)[text] == timex


def test_the_explanation_names_the_date_it_counts_from():
    m = next(
        m
        for m in find_times("He was arrested on Jan. 3 and charged the next day.", PUB)
        if m.text == "the next day"
    )
    assert m.value == "Thu 4 Jan 2024 (counted from Jan. 3)"
    assert not m.deictic


@pytest.mark.parametrize(
    "sentence, text, timex",
    [
        # no date before it: the old reading
        ("He said the next day would be decisive.", "the next day", "P1D"),
        # a window from publication
        ("Revenue rose in 2023; growth is expected over the next year.", "the next year", "P1Y"),
    ],
)
def test_windows_and_unanchored_phrases_keep_their_reading(sentence, text, timex):
    assert read(sentence)[text] == timex


@pytest.mark.parametrize(
    "sentence",
    [
        "The following year he resigned.",  # the date is in another sentence
        "Prices rose in 2023 and fell the following week.",  # a year cannot place a week
    ],
)
def test_nothing_to_count_from(sentence):
    assert not any(t.startswith("the following") for t in read(sentence))
