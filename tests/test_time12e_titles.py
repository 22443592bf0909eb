"""Issue 12, spurious dates (TimeBank development data: ABC's "This Week" read as
the week of publication twice): a time phrase in title case right after an
opening quotation mark is the title of a programme or work, not a time. The
same words in prose, at the head of a quotation or in a headline stay times.
Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 3, 14)


def texts(sentence: str) -> list[str]:
    return [m.text for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence",
    [
        'The senator, speaking on ABC\u2019s "This Week," said the bill would pass.',
        "She told NBC\u2019s \u201cThis Morning\u201d programme that talks had stalled.",
        'Baker said on "This Week With David Brinkley" that sanctions would stay.',
        'The novel "Next Year" sold well.',
    ],
)
def test_a_title_in_quotes_is_not_a_time(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The senator said this week that the bill would pass.", ["this week"]),
        ('"This week we will vote," the senator said.', ["This week"]),
        ("Senate Votes on Budget This Week", ["This Week"]),
        ('He said the vote was "next week at the earliest".', ["next week"]),
    ],
)
def test_the_same_words_as_times_stay_times(sentence, want):
    assert texts(sentence) == want
