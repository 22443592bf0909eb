"""Session 31 (time38): a clock told in words before "last night" ("at twenty to ten
last night", "at a quarter to eleven last night") was not read, or read with both
readings ("ten past two": 02:10 or 14:10), where "tonight" and "this evening" already
gave the part of the day; and a night's small hours after a clock in words ("ten past
two last night") are the morning's, not the afternoon's. Own cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times


@pytest.mark.parametrize(
    "pub, text, span, timex",
    [
        (
            "2024-05-08",
            "The last train left at twenty to ten last night.",
            "twenty to ten",
            "2024-05-07T21:40",
        ),
        (
            "2019-02-15",
            "He phoned the police at a quarter to eleven last night.",
            "a quarter to eleven",
            "2019-02-14T22:45",
        ),
        (
            "2021-10-04",
            "The alarm went off at ten past two last night.",
            "ten past two",
            "2021-10-03T02:10",
        ),
        (
            "2017-06-30",
            "Fans gathered at half past eight last night outside the stadium.",
            "half past eight",
            "2017-06-29T20:30",
        ),
        (
            "2023-03-09",
            "The ferry docks at ten to eleven tonight.",
            "ten to eleven",
            "2023-03-09T22:50",
        ),
    ],
)
def test_a_clock_in_words_before_last_night(pub, text, span, timex):
    ms = find_times(text, date.fromisoformat(pub))
    assert (span, timex) in [(m.text, m.timex) for m in ms], [(m.text, m.timex) for m in ms]


def test_an_afternoon_keeps_its_afternoon_hours():
    ms = find_times("We meet at ten past four this afternoon.", date(2024, 5, 8))
    assert ms[0].timex == "2024-05-08T16:10"
