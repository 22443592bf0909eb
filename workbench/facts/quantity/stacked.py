"""Two shares that meet only where both widenings reach (session 35, eng111).

A share written as a word is read to ten points ("half" -> 45-55%) and a
hedge widens a percentage by a tenth of it ("about 60 percent" -> 54-66%).
Each reading is fair on its own, but stacked they let "half" and "about 60
percent" (ECB+ 44_ecb, 10 points apart, trial 42) overlap at 54-55% and pass
as an agreement. The arithmetic an editor accepts is the one that asks of
each figure whether the other's stated value lies within its range: 50% is
outside "about 60 percent", and 60% is outside "half"; the two overlap only
at the far edge of both widenings, so they state different shares: a
question naming both ranges, as two hedged estimates that meet only at one
edge are (``compare._only_touch``), never an agreement. A question, not a
conflict: the stacked readings leave one common value, and a conflict between
loosely worded shares ("of total sales" / "of its revenue") is dropped by the
judge's context row, which would hide the pair again. When
either stated value lies within the other's range ("half" / "about 55
percent": 50% is in 49.5-60.5%) the figures stay consistent.

"Nearly half" (45-50%) against "about 40 percent" (35-45%) is the
same stacking from the other side.

Only percentages, one of them a share told in words ("half", "a third", "one
in three"): its ten points are the widening that stacks. Two numerals ("about
2.3 percent" / "two percent", MEANTIME stock) keep their rounding rules, and a
count or a sum has its own.
"""

from __future__ import annotations

from workbench.facts.quantity.mention import QuantityMention
from workbench.facts.quantity.terms import LOWER_CLOSED, LOWER_OPEN, UPPER_CLOSED, UPPER_OPEN
from workbench.facts.quantity.units import format_number

__all__ = ["stacked_edges"]


# open-ended hedges ("more than half") allow every share past their figure
_OPEN = LOWER_OPEN | LOWER_CLOSED | UPPER_OPEN | UPPER_CLOSED


def _widened(m: QuantityMention) -> bool:
    """A single share read to a closed range: rounded, "about", "nearly"."""
    return not m.exact and m.value_high is None and m.hedge not in _OPEN and m.high > m.low


def _within(m: QuantityMention, value: float) -> bool:
    tol = 1e-9 * max(1.0, abs(value))
    return m.low - tol <= value <= m.high + tol


def _range(m: QuantityMention) -> str:
    return f"{format_number(m.low, 3)}–{format_number(m.high, 3)}%"


def stacked_edges(a: QuantityMention, b: QuantityMention) -> str:
    """Why two overlapping percentages still differ — neither stated value
    lies within the other's range — or "" when that does not apply."""
    if a.dimension != "percent" or b.dimension != "percent" or a.per or b.per:
        return ""
    if not (_widened(a) and _widened(b)) or not (a.written or b.written):
        return ""  # a share told in words, read to ten points, is the stacked widening
    if max(a.low, b.low) > min(a.high, b.high):
        return ""  # no overlap at all: the ordinary conflict
    if _within(a, b.value) or _within(b, a.value):
        return ""
    return (
        f"'{a.text}' allows {_range(a)} and '{b.text}' {_range(b)}: neither stated share lies "
        f"within the other's range, they meet only where both widenings reach"
    )
