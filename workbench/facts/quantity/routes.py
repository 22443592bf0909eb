"""Sums the articles convert by way of a third currency (issue 11, session 30).

Rates the articles state (rates.py) convert one pair of currencies. Readers
found two kinds of comparison left as "different currencies, no exchange rate"
that the articles settle themselves:

- a chain of stated conversions: "1.2 billion pounds (1.4 billion euros)" in
  one article and "£1.2bn ($1.6bn)" in another make "about €1.4 billion" the
  $1.6bn the second states, which another report's "$1.9 billion" is then
  compared with (:func:`chained_counterpart`);
- a third report's figure set against two stated conversions of one sum.

Two conversions of one sum are not checked against each other through it:
"€33.6bn ($39bn)" / "€33.6bn (£29.5bn)" - each report's own conversion would
be the rate that "confirms" it, so any two figures would agree (session 30
readers: "HK$300m (S$72m)", a planted wrong conversion, came out consistent
with "HK$300m ($38.5m)" by way of its own rate). They stay a question: the
texts give no rate between dollars and pounds.

A sum between that the articles convert back two ways ("2.15 crore rupees, or
about $2.4 million" / "Rs 215 lakh (roughly $243,000)") is no route: one
conversion is wrong (judge/converted.py), and nothing is settled through it.
A rate stated between the two currencies themselves is used instead
(rates.through_rate).

Only what the articles state, sums matched as written (rates.StatedRate.sums).
"""

from __future__ import annotations

from .mention import QuantityMention
from .rates import StatedRate, between, in_force, same_sum


def _conversions_of(m: QuantityMention) -> list[tuple[QuantityMention, StatedRate]]:
    """Each sum an article states as ``m``'s figure converted, or as the figure
    ``m`` converts, with the rate that states it."""
    out = []
    for r in in_force():
        for k, stated in enumerate(r.sums):
            if len(r.sums) == 2 and same_sum(m, stated):
                out.append((r.sums[1 - k], r))
    return out


def _unique(m: QuantityMention, code: str) -> bool:
    """The articles convert ``m`` into ``code`` one way only (or not at all)."""
    found = {round(c.base_value(), 9) for c, _r in _conversions_of(m) if c.si_unit == code}
    return len(found) <= 1


def chained_counterpart(
    a: QuantityMention, b: QuantityMention
) -> tuple[int, QuantityMention, StatedRate] | None:
    """(which of the two is converted, 0 or 1, the sum it comes to in the
    other's currency, a rate naming both conversions) when two stated
    conversions lead from one of them through a third currency to the other's;
    None when no chain, or chains that disagree."""
    if a.dimension != "currency" or b.dimension != "currency" or a.si_unit == b.si_unit:
        return None
    if between(a.si_unit, b.si_unit):
        return None  # a rate stated between the two: through it (rates.through_rate)
    for side, (own, other) in enumerate(((a, b), (b, a))):
        ends = {}
        for mid, r1 in _conversions_of(own):
            if mid.si_unit in (own.si_unit, other.si_unit) or not _unique(mid, own.si_unit):
                continue  # the sum between is converted back two ways: no route
            for end, r2 in _conversions_of(mid):
                if end.si_unit == other.si_unit:
                    ends[round(end.base_value(), 9)] = (mid, end, r1, r2)
        if len(ends) == 1:
            mid, end, r1, r2 = next(iter(ends.values()))
            if same_sum(other, end):
                continue  # the other figure is that conversion itself: nothing checked
            words = f"{r1.words}' and '{r2.words}"
            source = " and ".join(dict.fromkeys(s for s in (r1.source, r2.source) if s))
            rate = StatedRate(own.si_unit, end.si_unit, 0.0, 0.0, words, source, (), True)
            return side, end, rate
    return None


def one_sum_twice(a: QuantityMention, b: QuantityMention) -> QuantityMention | None:
    """The sum ``a`` and ``b`` both convert, one into each currency ("¥900bn
    ($6bn)" / "¥900bn (£4.7bn)"), when the articles state both conversions;
    None otherwise. Said when they stay a question: no rate checks either."""
    if a.dimension != "currency" or b.dimension != "currency" or a.si_unit == b.si_unit:
        return None
    of_b = [mid for mid, _r in _conversions_of(b)]
    for mid, _r in _conversions_of(a):
        if any(same_sum(mid, other) for other in of_b):
            return mid
    return None
