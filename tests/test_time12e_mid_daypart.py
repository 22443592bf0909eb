"""Issue 12, a missed class (TimeBank development data: "by mid afternoon",
"at mid-afternoon yesterday"): the middle of a part of the day, written
"mid-morning", "mid afternoon" or "midmorning", was not read at all. It is now
a time of day, the middle half of that part, and takes the day named beside it.
Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 3, 14)  # a Thursday


def read(sentence: str) -> dict[str, tuple]:
    return {m.text: (m.type, m.timex, m.clock) for m in find_times(sentence, PUB)}


@pytest.mark.parametrize(
    "sentence, text, timex, clock",
    [
        ("By mid afternoon, officials said the operation was over.", "mid afternoon", "TAF",
         ((13 * 60 + 30, 16 * 60 + 30),)),
        ("The fire was out by midmorning.", "midmorning", "TMO", ((6 * 60 + 45, 10 * 60 + 15),)),
        ("Shares fell in mid-afternoon trading.", "mid-afternoon", "TAF",
         ((13 * 60 + 30, 16 * 60 + 30),)),
        ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon",
         "2024-03-13TAF", ((13 * 60 + 30, 16 * 60 + 30),)),
        ("By mid-morning Tuesday, the fire was out.", "mid-morning", "2024-03-12TMO",
         ((6 * 60 + 45, 10 * 60 + 15),)),
    ],
)  # fmt: skip
def test_the_middle_of_a_part_of_the_day_is_read(sentence, text, timex, clock):
    assert read(sentence)[text] == ("TIME", timex, clock)


@pytest.mark.parametrize(
    "sentence",
    ["She packed a mid-morning snack.", "The mid-afternoon slump is real.", "Midmorning Radio"],
)
def test_as_an_adjective_it_is_not_a_time(sentence):
    assert read(sentence) == {}
