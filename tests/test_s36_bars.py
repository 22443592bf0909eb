"""A bar, a shortfall below it and a surplus over it (issue 11, session 36).

A threshold, a requirement, a cap, a target or a minimum ("the 76 needed for
a majority", "the 5 per cent threshold", "a cap of 450 million", "its target
of 2,400") is no count of the thing measured against it; how far below it
("19 seats short") and how far beyond it ("seven to spare") are two other
things (facts/bars.py). Two margins over one bar are one figure however their
words differ. Authored development election: '82 seats' paired with 'the 76
needed', '19 seats short' with 'seven to spare'; 'nine more than the 76
needed' never met 'seven more than the 76 required'.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.bars import BAR, OVER, SHORT, bar_role, bars_apart, one_margin


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    found = courier_gazette(tmp_path, a, b)
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in found}


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


ROLES = [
    ("leaving the winners 19 seats short of the 76 needed for a majority.", "19", SHORT),
    ("leaving the winners 19 seats short of the 76 needed for a majority.", "76", BAR),
    ("The bill fell 12 votes shy of passage.", "12", SHORT),
    ("they would have 83 seats, leaving seven to spare over the 76 needed.", "seven", OVER),
    ("they would have 83 seats, leaving seven to spare over the 76 needed.", "83", ""),
    ("would hold 83 seats, nine more than the 76 needed to govern.", "nine", OVER),
    ("close to the legal cap of 450 million per party", "450 million", BAR),
    ("the Left Bloc failed to clear the 5 per cent threshold", "5 per cent", BAR),
    ("The council built 1,850 homes, short of its target of 2,000.", "2,000", BAR),
    ("well over the legal minimum of 50% of members", "50%", BAR),
    ("four people needed to be rescued from the roof", "four", ""),  # needed something
    ("20 people needed hospital treatment", "20", ""),
    ("it counted 40, ten more than the 30 reported yesterday", "ten", ""),  # no bar
]


@pytest.mark.parametrize("text, figure, role", ROLES)
def test_how_a_figure_stands_against_a_bar(text, figure, role):
    assert bar_role(text, *_at(text, figure)) == role


def test_one_figure_in_the_same_digits_is_never_apart():
    a = "Turnout was 75%, comfortably above the 50 per cent threshold required by law."
    b = "The union needed a turnout of at least 50% under the law."
    assert not bars_apart(a, _at(a, "50 per cent"), b, _at(b, "50%"))


def test_one_margin_needs_one_bar():
    a = "would hold 83 seats, nine more than the 76 needed to govern."
    b = "would command 83 seats, seven more than the 76 required for a majority."
    c = "would command 83 seats, seven more than the 80 required for a supermajority."
    assert one_margin(a, _at(a, "nine"), b, _at(b, "seven"))
    assert not one_margin(a, _at(a, "nine"), c, _at(c, "seven"))


BARS_APART = [
    (  # seats: a count against the bar
        "On the early projection the three parties would hold 82 seats.",
        "Together the three would hold 83 seats, nine more than the 76 needed to govern.",
        ("82", "76"),
    ),
    (  # a shortfall against a surplus
        "On the projection the winners would take 57 seats, leaving them 19 seats short of "
        "the 76 needed for a majority.",
        "With its partners the party would have 83 seats, leaving seven to spare over the "
        "76 needed.",
        ("19", "seven"),
    ),
    (  # housing: homes built against the target
        "The council completed 1,850 new homes in the year to March.",
        "The council completed 1,850 new homes in the year to March, short of its target of 2,400.",
        ("1,850", "2,400"),
    ),
    (  # budgets: a spend against the cap
        "Civic Renewal's campaign spent 412 million lesti, the party said.",
        "The campaign spent close to the legal cap of 450 million lesti, the party said.",
        ("412 million", "450 million"),
    ),
]


@pytest.mark.parametrize("a, b, pair", BARS_APART)
def test_a_bar_a_shortfall_and_a_surplus_are_not_one_figure(tmp_path, a, b, pair):
    assert frozenset(pair) not in _flags(tmp_path, a, b)


MARGINS = [
    (  # seats
        "Together the three would hold 83 seats, nine more than the 76 needed to govern.",
        "His preferred coalition would command 83 seats, seven more than the 76 required "
        "for a majority.",
        ("nine", "seven"),
    ),
    (  # signatures
        "The petition gathered 10,450 signatures, 450 more than the 10,000 required for a debate.",
        "The petition gathered 10,540 signatures, 540 more than the 10,000 needed for a "
        "debate in parliament.",
        ("450", "540"),
    ),
]


@pytest.mark.parametrize("a, b, pair", MARGINS)
def test_one_margin_told_twice_is_compared(tmp_path, a, b, pair):
    """Two margins over one bar are one figure however their words differ:
    conflict_context no longer drops them."""
    assert _flags(tmp_path, a, b).get(frozenset(pair)) == "conflict"
