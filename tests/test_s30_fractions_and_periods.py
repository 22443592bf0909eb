"""Shares written as fractions and periods written before a noun (session 30,
issue 11, class 4). "about one in seven" is 14.3%: 14 per cent rounds to it,
not "to about 10" (the interval's step of ten points); "after third-quarter
profit fell" dates the profit's fall, no bound 'after Q3'. Cases are made up;
the patterns are the readers' (authored acquisition, carmaker_cuts)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.quantity import find_quantities
from workbench.facts.time.family import TIME
from workbench.judge.rounded import rounded_elsewhere
from workbench.model import Fact


def _fact(text: str) -> Fact:
    (m,) = find_quantities(text)
    return Fact("f", "a:0", "a", m.kind, m.start, m.end, m.text, {}, m)


@pytest.mark.parametrize(
    ("fraction", "share"),
    [
        ("about one in seven workers", "14 per cent of workers"),
        ("roughly one in five voters", "19% of voters"),
        ("about a third of the staff", "34 per cent of the staff"),
        ("some three quarters of the homes", "76% of the homes"),
        ("around one in twelve pupils", "8 per cent of pupils"),
    ],
)
def test_a_share_that_rounds_to_the_fraction_is_no_question(fraction, share):
    assert rounded_elsewhere(_fact(fraction), _fact(share)) is None


@pytest.mark.parametrize(
    ("fraction", "share", "nearer"),
    [
        ("about one in seven workers", "17 per cent of workers", 100 / 6),
        ("about a third of the staff", "26% of the staff", 25.0),
    ],
)
def test_a_share_nearer_another_fraction_stays_a_question(fraction, share, nearer):
    found = rounded_elsewhere(_fact(fraction), _fact(share))
    assert found is not None and found[2] == pytest.approx(nearer)


def _times(text: str):
    return [(m.text, m.modifier) for m in TIME.find(text, date(2026, 11, 12))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares fell after third-quarter profit dropped 40%.",
        "The bank cut jobs after first-half revenue missed forecasts.",
        "Investors sold before fourth-quarter results were published.",
    ],
)
def test_a_period_before_a_noun_is_no_bound(sentence):
    (found,) = _times(sentence)
    assert found[1] is None, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will close after the third quarter.",
        "Prices will rise after mid-March.",
        "No decision is expected before the fourth quarter of 2027.",
    ],
)
def test_a_period_the_preposition_governs_is_still_a_bound(sentence):
    found = _times(sentence)
    assert found and found[0][1] in ("after", "before"), found
