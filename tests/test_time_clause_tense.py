"""Issue 12, tense from the clause: three ways the verb nearest a date was
misread. An '-ed' adjective after a determiner and an adverb ("a still
unspecified date") is not a past verb; a present progressive ("is calling
for a vote on Dec. 7") is the present, not the 'said' before it; a past verb
right before a date with no preposition ("shares issued July 1", "died Jan. 3")
is past even when a future clause follows, unless an auxiliary makes it a
future passive ("will be paid Dec. 14"); the preposition of the expression
itself ("will be cut before Dec. 31, the bank said") is no clause break
between it and its verb. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.tense import tense_cues

OCT = date(2023, 10, 27)  # a Friday in late October


def timex_of(sentence: str, text: str) -> str:
    return next(m.timex for m in find_times(sentence, OCT) if m.text == text)


@pytest.mark.parametrize(
    "sentence, text, timex",
    [
        ("The payout would be made on a still unspecified date in January.", "January", "2024-01"),
        (
            "The bonds would be redeemed at a yet undisclosed price in February.",
            "February",
            "2024-02",
        ),
        ("She said the club is staging the final on Dec. 9.", "Dec. 9", "2023-12-09"),
        ("The mayor said the city is closing the bridge on Nov. 20.", "Nov. 20", "2023-11-20"),
        (
            "It offers cash for shares issued July 1, which will pay no dividend.",
            "July 1",
            "2023-07-01",
        ),
        (
            "The bank, which opened Dec. 12, will close its doors next year.",
            "Dec. 12",
            "2022-12-12",
        ),
        ("The dividend will be paid Dec. 14 to holders of record.", "Dec. 14", "2023-12-14"),
        ("The vote scheduled Dec. 3 will go ahead.", "Dec. 3", "2023-12-03"),
        # the expression's own 'before'/'until' is not a clause break
        ("Rates will be cut before Dec. 31, the bank said.", "Dec. 31", "2023-12-31"),
        ("The road will stay shut until Nov. 2, police said.", "Nov. 2", "2023-11-02"),
    ],
)
def test_the_clause_decides_the_year(sentence, text, timex):
    assert timex_of(sentence, text) == timex


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("It named a still unspecified date.", "unspecified"),
        ("The newly elected mayor spoke.", "elected"),
    ],
)
def test_an_adjective_after_an_adverb_is_not_a_past_verb(sentence, word):
    assert word not in [sentence[a:b] for a, b, *_ in tense_cues(sentence)]


@pytest.mark.parametrize(
    "sentence", ["He is nothing like his brother.", "They are spring cleaning.", "It is a meeting."]
)
def test_a_noun_in_ing_is_not_a_progressive(sentence):
    assert all(" " not in sentence[a:b] for a, b, *_ in tense_cues(sentence))
