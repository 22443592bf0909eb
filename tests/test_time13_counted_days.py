"""Issue 12, left over from session 12: a day counted on from a day named beside
it ("a week on Monday", "Tuesday week", "two weeks from Friday", "a week
tomorrow", American "a week ago Monday") is the one day it points to, not the
bare weekday read by tense; and a present-tense timetable phrase ("tickets go on
sale Friday", "the law takes effect Monday") looks ahead like "meets" and
"begins". Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2025, 6, 11)  # a Wednesday


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The inquiry reports a week on Monday.", ("a week on Monday", "2025-06-23")),
        ("Ministers will decide a week from Friday.", ("a week from Friday", "2025-06-20")),
        ("The final is Saturday week.", ("Saturday week", "2025-06-21")),
        ("They meet again on Tuesday week to review the plan.", ("Tuesday week", "2025-06-24")),
        ("Bids close two weeks from Thursday.", ("two weeks from Thursday", "2025-06-26")),
        ("The appeal is heard a fortnight on Monday.", ("a fortnight on Monday", "2025-06-30")),
        ("Results are due three days after Sunday.", ("three days after Sunday", "2025-06-18")),
        ("The shop reopens a week tomorrow.", ("a week tomorrow", "2025-06-19")),
        ("The deadline is two weeks from today.", ("two weeks from today", "2025-06-25")),
        ("The plant was shut a week ago Monday.", ("a week ago Monday", "2025-06-02")),
        ("The ferry was cancelled a week yesterday.", ("a week yesterday", "2025-06-03")),
    ],
)
def test_a_day_counted_from_a_named_day(sentence, want):
    assert want in read(sentence)


def test_the_counted_day_says_where_it_was_counted_from():
    (m,) = find_times("The inquiry reports a week on Monday.", PUB)
    assert "counted from Mon 16 Jun 2025" in m.value
    assert "published Wed 11 Jun 2025" in m.value


@pytest.mark.parametrize(
    "sentence, want",
    [
        # "week" that is no part of the day's name
        ("On Monday week-long talks began in Geneva.", ("Monday", "2025-06-09")),
        ("Monday week two of the trial opened with a new witness.", ("Monday", "2025-06-09")),
        # the count runs from the event the day owns, not from the day
        ("Ten days from Monday's vote, the count was still going on.", ("Ten days", "P10D")),
        # a bare count with no day after it stays a length
        ("The talks lasted a week.", ("a week", "P1W")),
    ],
)
def test_a_week_beside_a_day_that_is_not_a_count_from_it(sentence, want):
    assert want in read(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Tickets go on sale on Friday.", "2025-06-13"),
        ("The new speed limits take effect on Monday.", "2025-06-16"),
        ("The ban comes into force on Tuesday.", "2025-06-17"),
        ("The book festival kicks off Saturday in Hay.", "2025-06-14"),
        ("Voting gets under way on Sunday.", "2025-06-15"),
        ("The former minister faces trial on Monday.", "2025-06-16"),
        ("The drama premieres on Thursday night.", "2025-06-12TNI"),
        ("The pool reopens on Saturday after repairs.", "2025-06-14"),
    ],
)
def test_a_timetable_in_the_present_looks_ahead(sentence, want):
    assert read(sentence)[0][1] == want


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Tickets went on sale on Friday.", "2025-06-06"),
        ("The new speed limits took effect on Monday.", "2025-06-09"),
        ("The band's debut on Friday was a hit.", "2025-06-06"),
        ("Tickets, which went on sale Friday, sold out in an hour.", "2025-06-06"),
    ],
)
def test_the_same_phrases_in_the_past_or_as_nouns_look_back(sentence, want):
    assert read(sentence)[0][1] == want
