"""Issue 12, session 11 (ranges with both ends): the two ends of a range written
in full are put in order. The end whose year (a month, a day of a month) or week
(a weekday, against a weekday) the text does not state is the first one on or
after the start; when only the end states its year, the start is the last one
before it. Read one by one, "from March to May" in a December piece was March
next year to May this year, and "Monday through Friday" ended before it began.
Cases are our own; published Wednesday 11 December 2024."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 12, 11)


def ends(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB) if m.type == "DATE"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The show runs from March to May.", [("March", "2025-03"), ("May", "2025-05")]),
        ("Offices open Monday through Friday.",
         [("Monday", "2024-12-09"), ("Friday", "2024-12-13")]),
        ("The fair runs Oct. 1 through Oct. 15.",
         [("Oct. 1", "2024-10-01"), ("Oct. 15", "2024-10-15")]),
        ("Between June and August, prices rose.",
         [("June", "2024-06"), ("August", "2024-08")]),
        ("The shop is closed Dec. 24-Jan. 2.",
         [("Dec. 24", "2024-12-24"), ("Jan. 2", "2025-01-02")]),
        # only the end states its year: the start is the last one before it
        ("The show ran from December to March 2025.",
         [("December", "2024-12"), ("March 2025", "2025-03")]),
        ("The season ran from November until February 2024.",
         [("November", "2023-11"), ("February 2024", "2024-02")]),
        # ends that state their own time stay as written
        ("He will leave from this May to Oct 2026.",
         [("this May", "2024-05"), ("Oct 2026", "2026-10")]),
        ("He bought shares from Sept. 14 to Thursday.",
         [("Sept. 14", "2024-09-14"), ("Thursday", "2024-12-05")]),
        # two dates of two clauses are no range
        ("Sales rose in March and fell in May.", [("March", "2024-03"), ("May", "2024-05")]),
    ],
)  # fmt: skip
def test_the_ends_of_a_range_are_in_order(text: str, want: list[tuple[str, str]]):
    assert ends(text) == want
