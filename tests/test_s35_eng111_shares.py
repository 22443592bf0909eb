"""Two shares that overlap only where both widenings reach (session 35, eng111).

Trial 42 (ECB+ 44_ecb): "half of the company's total sales" / "about 60 percent
of its revenue" was filed as Agreed — "half" read to ten points (45-55%) and
"about 60" widened to 54-66% met at 54-55%. Neither stated share lies within
the other's range, so they are two different shares: a question that says why
(never an agreement).
"""

from __future__ import annotations

import pytest

from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict


def _verdict(a: str, b: str) -> tuple[Verdict | None, str]:
    (qa,), (qb,) = find_quantities(a), find_quantities(b)
    cmp = compare(qa, qb, "A", "B")
    return (cmp.verdict, cmp.explanation) if cmp else (None, "")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about 60 percent of its revenue", "half of its revenue"),
        ("half of its revenue", "about 60 percent of its revenue"),
        ("about half of voters", "about 60 percent of voters"),
        ("a third of the budget", "about 40 percent of the budget"),
        ("one in three voters", "roughly 40% of voters"),
        ("nearly half of voters", "about 40 percent of voters"),
        ("two thirds of the budget", "about 60 per cent of the budget"),
    ],
)
def test_shares_meeting_only_at_widened_edges_are_a_question(a: str, b: str) -> None:
    verdict, why = _verdict(a, b)
    assert verdict == Verdict.UNRESOLVED
    assert "neither stated share lies within the other's range" in why
    assert "points apart" in why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("half of voters", "about 55 percent of voters"),  # 50 is within 49.5-60.5
        ("a quarter of staff", "about 30 percent of staff"),  # 25% is within "about 30" (25-35%)
        ("half of voters", "50% of voters"),
        ("about 60 percent of revenue", "nearly two thirds of revenue"),
        ("more than half of voters", "about 60 percent of voters"),  # open-ended: allows 60
        ("rose about 2.3 percent", "rose two percent"),  # numerals keep their rounding rules
    ],
)
def test_a_stated_share_within_the_others_range_stays_consistent(a: str, b: str) -> None:
    verdict, why = _verdict(a, b)
    assert verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL), why


def test_counts_keep_their_own_rounding() -> None:
    """Only shares: two hedged counts are judged by the rules for counts."""
    verdict, why = _verdict("about 1,000 people", "about 1,080 people")
    assert "widenings reach" not in why
    assert verdict == Verdict.CONSISTENT
