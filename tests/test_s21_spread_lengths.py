"""Issue 11, session 21 (eng51): "over N years" in brackets after an amount is
the span the amount is spread across, not "more than N years" (readers judged
"$161 million (over seven years)" read as a lower bound wrong: misread, real-copy
test half). facts/time/lengths.py: _SPREAD_BEFORE."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

WED = date(2024, 3, 13)


def _length(sentence: str):
    return next(m for m in find_times(sentence, WED) if m.type == "DURATION")


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("He got $161 million (over seven years) from the Yankees.", "seven years", "7 years"),
        ("The city borrowed €2bn (over ten years) for the tram line.", "ten years", "10 years"),
        ("Nurses were offered 12% over three years.", "three years", "3 years"),
        ("The grant, £40m ( over four years ), was cut.", "four years", "4 years"),
        # no amount before the bracket: still a bound
        (
            "The club has played in the league (over 12 years).",
            "over 12 years",
            "more than 12 years",
        ),
        ("He has coached there for over seven years.", "over seven years", "more than 7 years"),
    ],
)
def test_over_in_brackets_after_an_amount_spreads_it(sentence, text, value):
    m = _length(sentence)
    assert (m.text, m.value) == (text, value)


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Sabathia received $161 million (over seven years) from the Yankees.",
            "Sabathia signed with the Yankees for the next seven years.",
        ),
        (
            "The utility will invest €3bn (over five years) in the grid.",
            "The utility's grid plan runs five years.",
        ),
    ],
)
def test_a_spread_amount_agrees_with_its_plain_length(a, b):
    verdict = compare(_length(a), _length(b), "A", "B").verdict
    assert verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)
