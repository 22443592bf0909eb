"""Issue 12, session 11 (an hour next to a day): a bare hour is a clock time
next to "yesterday", "last night" and "yesterday/this/tomorrow morning ... night"
as it was next to "tonight" and "tomorrow" ("at 11 last night" is 23:00 of that
night); in the small hours of a night ("at 2 last night") it is left unread
rather than put on the wrong date. Cases are our own; published 11 December 2024."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 12, 11)


def clocks(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB) if m.type == "TIME"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("He called at 11 last night.", [("11", "2024-12-10T23:00")]),
        ("Police arrived at 9 yesterday morning.", [("9", "2024-12-10T09:00")]),
        ("He was born at 10 yesterday evening.", [("10", "2024-12-10T22:00")]),
        ("The shops open at 9 this morning.", [("9", "2024-12-11T09:00")]),
        ("The vote closed at 10 yesterday.", [("10", "2024-12-10T10:00")]),
        ("The game starts at 7 tonight.", [("7", "2024-12-11T19:00")]),
        ("The blast came at 2 last night.", []),
    ],
)
def test_an_hour_next_to_a_day(text: str, want: list[tuple[str, str]]):
    assert clocks(text) == want
