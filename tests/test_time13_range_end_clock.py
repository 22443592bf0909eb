"""Issue 12, ranges keep one end (session-12 leftover "until 6am"): in "from 10pm
tonight until 6am" the day sits between the two clocks, so the end clock had no
day at all. The end of a clock range takes the start's day, and the next day when
it falls before the start. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2025, 1, 15)  # a Wednesday


def read(sentence: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_times(sentence, PUB)}


@pytest.mark.parametrize(
    "sentence, end, timex",
    [
        ("The bridge is shut from 10pm tonight until 6am.", "6am", "2025-01-16T06:00"),
        ("Crews work from 11pm on Friday to 5am.", "5am", "2025-01-11T05:00"),
        ("The line reopens from 9am tomorrow until 5pm.", "5pm", "2025-01-16T17:00"),
        ("Polls open from 7am today till 10pm.", "10pm", "2025-01-15T22:00"),
    ],
)
def test_the_end_of_a_clock_range_takes_the_start_day(sentence, end, timex):
    assert read(sentence)[end] == timex


def test_a_range_with_no_day_stays_a_time_of_day():
    assert read("The shop opens 9am-5pm.") == {"9am": "T09:00", "5pm": "T17:00"}


def test_a_later_clock_in_another_clause_keeps_its_own_reading():
    got = read("The bridge shut at 10pm on Friday, and the ferry ran at 6am.")
    assert got["10pm"] == "2025-01-10T22:00"
    assert got["6am"] != "2025-01-11T06:00"
