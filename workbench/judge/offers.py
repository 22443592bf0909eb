"""Figures of two owners' offers, or of an offer and an ask (issue 11, session
21: ECB+ 10_ecbplus, class C of the test half): "the Nationals made Teixeira an
eight-year, $160 million offer" and "the Red Sox offered Teixeira an eight-year
deal" are two teams' offers; "the agent countered by asking for an eight-year
contract" is what the player asked for, not what anyone offered. Read by
facts/offers.py from each figure's sentence and the sentences before it; one
CANDIDATE row."""

from __future__ import annotations

from ..facts.offers import offer_of, offers_differ
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def _offers_apart(c: CandidateCase) -> bool:
    if c.claims is None or c.x.kind not in _FIGURES or c.y.kind not in _FIGURES:
        return False
    ca, cb = c.claims
    xa, xb = c.x.start - ca.start, c.x.end - ca.start
    ya, yb = c.y.start - cb.start, c.y.end - cb.start
    return offers_differ(
        offer_of(ca.text, xa, xb, c.before[0]),
        ca.text,
        offer_of(cb.text, ya, yb, c.before[1]),
        cb.text,
    )


_FIGURES = frozenset({"quantity", "number", "money", "percent", "duration"})

DIFFERENT_OFFERS = Rule(
    "different_offers",
    CANDIDATE,
    _offers_apart,
    Outcome.SKIP,
    "two figures of offers made by different owners ('the Nationals made an eight-year "
    "offer' / 'the Red Sox offered an eight-year deal'; 'the Angels said they made an "
    "offer' / 'the offer', told of the Red Sox just before), or an offer against what "
    "was asked for ('countered by asking for an eight-year contract'), are not one "
    "figure, even when the values are equal; a quantified subject ('no team has "
    "offered') speaks of every owner and is compared",
    "tests/test_s21_offers.py::test_two_owners_offers_or_an_ask_are_not_compared; "
    "ECB+ 10_ecbplus (test half: the Angels', Nationals' and "
    "Red Sox's offers and the agent's ask paired as one figure)",
)
