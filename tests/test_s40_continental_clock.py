"""A clock written the continental way with no zone, "06h30" (issue 11, session
40; facts/time/clock.py). Authored avalanche D6: a timeline's "- Wednesday,
06h30: the search resumes" was never read, so nothing could compare it. Two
digits of hour and a lower-case "h", where a moment stands (a bullet, a comma,
"at", "until" ...), are a clock; a length or a period is not. Cases written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2025, 11, 20)


def clocks(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex[-5:]) for m in find_times(sentence, PUB) if m.type == "TIME"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("- Thursday, 07h45: the first ferry leaves the harbour.", [("07h45", "07:45")]),
        ("- 13h10: the last climber is found.", [("13h10", "13:10")]),
        ("At 14h05 yesterday a probe line struck the body.", [("14h05", "14:05")]),
        ("Trams ran from 09h00 until 18h30.", [("09h00", "09:00"), ("18h30", "18:30")]),
        ("The road reopened (22h15) after the clear-up.", [("22h15", "22:15")]),
        ("The stage starts at 15h30 CET.", [("15h30 CET", "01:00")]),  # zoned, as before
    ],
)
def test_a_continental_clock_is_read(sentence, want):
    assert clocks(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The gates open at 1H30.",  # an upper-case H, one digit: no clock
        "It took 4h30 to reach them.",  # one digit of hour: a length
        "She booked a 10h30 flight to Lima.",  # a length that qualifies a noun
        "He ran the course in 10h30 last year.",
        "Operating profit fell 12% in 1H23.",
    ],
)
def test_no_clock_where_no_moment_stands(sentence):
    assert clocks(sentence) == []
