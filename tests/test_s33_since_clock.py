"""The day beside a clock after "since" lies before publication (session 33).

A held-out reader's note on an authored cyclone event: "Port Denholm Airport, shut since
2pm on Tuesday, was due to reopen at 6am today" (a Thursday piece) was read as the
Tuesday ahead, so "since 2pm on Tuesday" met another report's "since 2pm on Tuesday"
as a week apart. "Since" looks back for the clock and for the day that completes it.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.find import find_times

THURSDAY = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text, span, expected",
    [
        (
            "The airport, shut since 2pm on Tuesday, was due to reopen at 6am today.",
            "Tuesday",
            "Tue 11 Mar 2025",
        ),
        (
            "The bridge, closed since 10.30am Monday, is expected to reopen next week.",
            "Monday",
            "Mon 10 Mar 2025",
        ),
        (
            "The ward has been shut since 14:00 on Friday and will reopen on Monday.",
            "Friday",
            "Fri 7 Mar 2025",
        ),
        (
            "Trains, halted since about 9 pm GMT on Wednesday, are due to run again tonight.",
            "Wednesday",
            "Wed 12 Mar 2025",
        ),
    ],
)
def test_the_day_of_a_since_clock_is_gone(text: str, span: str, expected: str) -> None:
    found = [m for m in find_times(text, THURSDAY) if m.text == span]
    assert found and found[0].value.startswith(expected), [
        (m.text, m.value) for m in find_times(text, THURSDAY)
    ]


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("The talks will run from 2pm on Tuesday.", "Tuesday", "Tue 18 Mar 2025"),
        ("The road will reopen at 9am on Monday.", "Monday", "Mon 17 Mar 2025"),
    ],
)
def test_a_clock_without_since_keeps_its_tense(text: str, span: str, expected: str) -> None:
    found = [m for m in find_times(text, THURSDAY) if m.text == span]
    assert found and found[0].value.startswith(expected)
