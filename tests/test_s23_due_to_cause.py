""" "due to" before a noun gives a cause, not a plan (session 23, found while
reading parts of a day: "Services were disrupted ... on Tuesday afternoon due
to a damaged cable", published on a Wednesday, was read as the Tuesday to
come). "due to arrive", "is due to" still look ahead. Made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2011, 8, 17)  # a Wednesday


def _timex(text: str, expr: str) -> str:
    found = {m.text: m.timex for m in find_times(text, PUB)}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize(
    ("sentence", "expr", "timex"),
    [
        (
            "Services were disrupted in Alexandria on Tuesday afternoon due to a damaged cable.",
            "Tuesday afternoon",
            "2011-08-16TAF",
        ),
        ("Flights were cancelled on Tuesday due to the storm.", "Tuesday", "2011-08-16"),
        ("The match was called off on Monday due to their injuries.", "Monday", "2011-08-15"),
        # a plan: still ahead
        (
            "The ferry, due to arrive on Tuesday afternoon, is late.",
            "Tuesday afternoon",
            "2011-08-23TAF",
        ),
        ("The ferry is due to arrive on Tuesday.", "Tuesday", "2011-08-23"),
    ],
)
def test_due_to_a_cause_is_not_a_plan(sentence, expr, timex):
    assert _timex(sentence, expr) == timex
