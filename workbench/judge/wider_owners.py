"""Figures of a wider owner than the other's (issue 11, session 39; user trial
45, P4): a whole market against one company's figure, and a range told of
several owners against one owner's figure inside it. Each row skips the pair
(no flag).

- ``MARKET_AGAINST_A_COMPANY``: "the graphics chip market had sales of $30
  billion" / "the two firms had sales of $7.3 billion" (facts/market_scope.py).
  The other sentence must name no market, industry or sector itself: two
  figures of one market still compare.
- ``SPREAD_OF_SEVERAL``: "all the seven-year offers were in the $140 million
  to $160 million range" / "the Orioles offered $140 million to $150 million"
  (facts/spread.py). The one owner's figure must lie inside the spread: one
  outside it ("offered $170 million") is still compared.
"""

from __future__ import annotations

from ..facts.market_scope import market_figure, names_market
from ..facts.spread import spread_of_several
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule
from .stages_apart import _bounds, _differing, _read


def market_against_a_company(c: CandidateCase) -> bool:
    """One figure is a market's size, the other's sentence names no market."""
    if not _differing(c):
        return False
    assert c.claims is not None
    ma, mb = _read(c, market_figure)
    if ma == mb:
        return False
    other = c.claims[1] if ma else c.claims[0]
    return not names_market(other.text)


MARKET_AGAINST_A_COMPANY = Rule(
    "market_against_a_company",
    CANDIDATE,
    market_against_a_company,
    Outcome.SKIP,
    "the size of a whole market, industry or sector ('the market for x86 processors is "
    "worth about $30 billion', 'a $30 billion market') against a figure whose sentence "
    "names no market ('the combined company will have $7.3 billion in annual sales'): the "
    "whole and one company's part of it — no flag. Two figures of a market still compare",
    "tests/test_s39_steps_and_breakdowns.py::test_a_wider_owner_s_figure_is_not_one_owner_s",
)


def spread_of_several_owners(c: CandidateCase) -> bool:
    """One figure is a range told of several owners, the other one owner's
    figure inside it."""
    if not _differing(c):
        return False
    sa, sb = _read(c, spread_of_several)
    if sa == sb:
        return False
    spread, one = (_bounds(c.x), _bounds(c.y)) if sa else (_bounds(c.y), _bounds(c.x))
    if spread is None or one is None:
        return False
    return spread[0] <= one[0] and one[1] <= spread[1]


SPREAD_OF_SEVERAL = Rule(
    "spread_of_several",
    CANDIDATE,
    spread_of_several_owners,
    Outcome.SKIP,
    "a range told of several owners together ('all the seven-year offers were in the $140 "
    "million to $160 million range', 'bids ranged from $2 billion to $2.6 billion') against "
    "one owner's figure inside it ('the Orioles offered $140 million to $150 million'): one "
    "of the figures the range spans — no flag. A figure outside the range is still compared",
    "tests/test_s39_steps_and_breakdowns.py::test_a_wider_owner_s_figure_is_not_one_owner_s",
)
