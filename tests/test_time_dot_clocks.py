"""Issue 12: clock times written with a dot ("10.05 GMT", "at 11.15 in the
evening", "9.30 to 17.30"), as British and European copy writes them. A dot
between two numbers is more often a price or a decimal, so a dot clock is
read only with a cue: a time zone, a part of the day after an hour word, or
a range with a 24-hour end in a sentence about no prices. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 3, 12)


def clocks(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB) if m.type == "TIME"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The first explosion was heard at 10.05 GMT.", [("10.05 GMT", "T10:05Z")]),
        ("Flights resumed at 06.40 local time.", [("06.40 local time", "T06:40")]),
        ("Polls close at 22.00 CET.", [("22.00 CET", "T22:00+01:00")]),
        ("A neighbour saw him at 11.15 in the evening.", [("11.15 in the evening", "T23:15")]),
        ("The alarm went off at 4.50 in the morning.", [("4.50 in the morning", "T04:50")]),
        ("Crews worked until 7.20 at night.", [("7.20 at night", "T19:20")]),
        ("The briefing is on Thursdays at 17.30.", [("17.30", "XXXX-WXX-4T17:30")]),
        ("Trains leave from 06.15 each weekday.", [("06.15", "T06:15")]),
        ("The museum opens from 9.30 to 17.30.", [("9.30", "T09:30"), ("17.30", "T17:30")]),
        ("The road is shut between 08.00 and 18.00.", [("08.00", "T08:00"), ("18.00", "T18:00")]),
    ],
)
def test_dot_clocks_with_a_cue_are_times(text, want):
    assert clocks(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose from 2.30 to 2.45.",  # pence
        "The index moved from 9.50 to 13.20 points.",
        "Its rate went from 1.25 to 14.50 per cent.",
        "The runner finished in 10.05 seconds.",
        "The model weighs 1.25 kg.",
        "Scores were 2.30 in the morning session.",  # no hour word before it
        "The ceremony begins at 2.30.",  # bare: a price as often as a time
        "Brent crude traded at 17.30 a barrel.",
        "The bid was lifted to 14.50 pence.",
        "It was 3.75 in the afternoon trading.",
    ],
)
def test_a_dot_without_a_cue_is_not_a_clock(text):
    assert clocks(text) == [] or all("." not in t for t, _ in clocks(text))
