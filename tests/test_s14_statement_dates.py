"""A date in what a statement says dates that content, not the statement:
'announced Friday that she would return next year' (a trial's 'next year' was
held against another report's 'announced this morning', a conflict)."""

from __future__ import annotations

import pytest

from workbench.facts.measure import dated_event_of


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The Academy announced Friday that she returns next year.", "next year", "reported"),
        ("He told reporters that he would resign next month.", "next month", "resigned"),
        ("Police said on Monday that the suspect was arrested Sunday.", "Sunday", "arrested"),
        ("Officials confirmed that the plant opened on Tuesday.", "Tuesday", "opens"),
        # not after a statement's "that": as before
        ("The Academy announced this morning that she would return.", "this morning", "announced"),
        ("The shooting that occurred Monday left two dead.", "Monday", "incident"),
        ("She was sentenced on Tuesday to ten years.", "Tuesday", "sentenced"),
    ],
)  # fmt: skip
def test_a_date_is_dated_in_its_own_clause(text, date, event):
    i = text.index(date)
    assert dated_event_of(text, i, i + len(date)) == event
