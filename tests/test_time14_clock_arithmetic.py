"""Issue 12, session 11 (clock arithmetic): minutes counted past or to noon and
midnight ("five past midnight", "ten to noon"), "N to H" placed by a part of the
day after "at" ("at ten to eight in the evening"), and a sentence's full stop
after "4pm" is not part of the time. A range of hours ("from five to seven in
the evening") is still not read as one clock time. Cases are our own."""

from __future__ import annotations

import pytest

from workbench.facts.time import find_times


def clocks(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, None) if m.type == "TIME"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("He arrived at five past midnight.", [("five past midnight", "T00:05")]),
        ("The deadline is a quarter past midnight.", [("a quarter past midnight", "T00:15")]),
        ("The vote ended at ten to noon.", [("ten to noon", "T11:50")]),
        ("Shelling resumed at twenty past midday.", [("twenty past midday", "T12:20")]),
        ("Polls closed at ten to eight in the evening.",
         [("ten to eight in the evening", "T19:50")]),
        ("The ferry left at twenty to six in the morning.",
         [("twenty to six in the morning", "T05:40")]),
        ("The blast came at twenty past 4pm.", [("twenty past 4pm", "T16:20")]),
        ("The ceremony starts at half past 2pm.", [("half past 2pm", "T14:30")]),
        ("Voting ended at a quarter to 10 p.m.", [("a quarter to 10 p.m.", "T21:45")]),
    ],
)  # fmt: skip
def test_minutes_past_or_to_an_hour(text: str, want: list[tuple[str, str]]):
    assert clocks(text) == want


def test_a_range_of_hours_is_not_one_clock_time():
    assert ("five to seven in the evening", "T18:55") not in clocks(
        "The shops open from five to seven in the evening."
    )
