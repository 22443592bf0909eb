"""Issue 12: time normalisation classes (tense from the clause, ranges, named
days, ordinal weekdays, clock arithmetic, fractions). Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

DEC = date(2025, 12, 10)  # a Wednesday
JUN = date(2021, 6, 23)  # a Wednesday


def found(text: str, pub: date | None = DEC) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


# ------------------------------------------------------------ tense from the clause


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a past participle after an auxiliary is not a past verb
        ("The vote will be held on Thursday.", DEC, [("Thursday", "2025-12-11")]),
        ("The vote was held on Thursday.", DEC, [("Thursday", "2025-12-04")]),
        ("Talks are to be held on Monday.", JUN, [("Monday", "2021-06-28")]),
        ("The rebels would be paid on Friday.", JUN, [("Friday", "2021-06-25")]),
        ("The ships were sent back on Friday.", JUN, [("Friday", "2021-06-18")]),
        # a month and day with no preposition: only a future auxiliary moves the year
        ("She will succeed him Feb. 1 as chief executive.", DEC, [("Feb. 1", "2026-02-01")]),
        ("She succeeded him Feb. 1 as chief executive.", DEC, [("Feb. 1", "2025-02-01")]),
        ("The rule will apply from March 1.", DEC, [("March 1", "2026-03-01")]),
        ("The rule applied from March 1.", DEC, [("March 1", "2025-03-01")]),
    ],
)
def test_tense_from_the_clause(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # results for a quarter come out after it ends
        ("It expects to report a third-quarter loss.", date(1989, 11, 2), "1989-Q3"),
        ("It will post fourth-quarter results.", date(2024, 2, 1), "2023-Q4"),
        ("It will post first-quarter results.", date(2024, 11, 20), "2025-Q1"),
    ],
)
def test_future_quarter_reported_after_its_end(text, pub, want):
    assert [t for _, t in found(text, pub)] == [want]
