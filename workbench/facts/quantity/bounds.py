"""Bounds, precision and currencies as an editor reads them (issue 11).

Overlapping intervals are necessary for agreement, not sufficient:

* two bounds in the same direction compare their bounds: "at least 7" and
  "at least 30" state different floors, "up to 40 mph" and "up to 40 km/h"
  different ceilings — a conflict, not "both allow 40";
* bounds in opposite directions on one figure ("more than 150" / "nearly
  150") say it is above and below: a conflict;
* an open bound alone never makes a large difference consistent: "at least
  three" and "thirty" are unresolved (the floor may be an early count);
* two figures stated at the same precision in the same unit that differ are
  different figures even when their rounding intervals touch (6.2 / 6.3);
* two ranges of one thing compare their ends ("7 to 75 years" / "six to 75
  years": a conflict at the low end);
* the same amount in two currencies is a conflict: one currency is wrong;
* two figures hedged with "about" in one unit agree only when one rounds to
  the other at the coarser one's step (granularity.py): "about 55 mph" /
  "about 65 mph" are different figures, "about 95" / "some 93" agree.

``bounds_verdict`` returns None when none of these applies, and the ordinary
interval comparison decides.
"""

from __future__ import annotations

import math

from ...model import Comparison, Verdict
from ...thresholds import current
from .granularity import (
    granularity,
    hedged_apart_across_units,
    hedged_explanation,
    hedged_pair,
    hedged_point,
    round_to_each_other,
)
from .mention import QuantityMention
from .terms import LOWER_CLOSED, LOWER_OPEN, UPPER_CLOSED, UPPER_OPEN
from .units import UNITS, to_base
from .vague import is_vague

LOWER = LOWER_OPEN | LOWER_CLOSED
UPPER = UPPER_OPEN | UPPER_CLOSED
BELOW = UPPER | {"nearly", "almost"}  # at or under the figure
ABOVE = LOWER | {"just over"}  # at or over the figure


def _base(m: QuantityMention, value: float) -> float:
    return to_base(value, UNITS[m.unit]) if m.unit in UNITS else value


def _point(m: QuantityMention) -> bool:
    """A single figure with no bound and no range ("30", "about 30")."""
    return m.value_high is None and m.hedge not in LOWER | UPPER | BELOW | ABOVE


def _half_step(m: QuantityMention) -> float:
    """Half the rounding step of the stated figure, in the base unit."""
    return abs(_base(m, m.value + m.precision) - _base(m, m.value)) / 2


def _same_bound(a: QuantityMention, b: QuantityMention, va: float, vb: float) -> bool:
    """One figure, allowing for the rounding of each ('more than 1,000 acres' is
    'more than 400 hectares'); in one unit, the same number."""
    if a.unit == b.unit:
        return math.isclose(va, vb, rel_tol=1e-6, abs_tol=1e-9)
    cap = current().quantity.rounding_cap * max(abs(va), abs(vb))
    return abs(va - vb) <= max(_half_step(a), _half_step(b), cap)


def _cents_dropped(full: QuantityMention, short: QuantityMention) -> str:
    """'$99.99' written '$99' (price copy often drops the cents of a .9x price,
    but an editor wants the exact price): the
    short form's text, or "" when that is not what happened."""
    if full.dimension != "currency" or full.unit != short.unit or full.hedge or short.hedge:
        return ""
    if full.value_high is not None or short.value_high is not None:
        return ""
    if short.precision < 1 or full.precision >= 1 or short.value != math.floor(full.value):
        return ""
    return short.text if full.value - short.value >= 0.9 - 1e-9 else ""


def bounds_verdict(
    a: QuantityMention, b: QuantityMention, left: str, right: str, left_full: str,
    right_full: str,
) -> Comparison | None:  # fmt: skip
    """A verdict where bounds, precision or currency decide; see the module docstring."""
    va, vb = _base(a, a.value), _base(b, b.value)
    dropped = _cents_dropped(a, b) or _cents_dropped(b, a)
    if dropped:
        why = (
            f"{left} vs {right}: '{dropped}' may be the same price with its cents dropped, "
            "or a different price; check the exact figure — unresolved"
        )
        return Comparison(Verdict.UNRESOLVED, why, left_full, right_full)
    if a.value_high is None and b.value_high is None:
        both_lower = a.hedge in LOWER and b.hedge in LOWER
        both_upper = a.hedge in UPPER and b.hedge in UPPER
        if (both_lower or both_upper) and not _same_bound(a, b, va, vb):
            side = ("lower", "floors") if both_lower else ("upper", "ceilings")
            why = (
                f"{left} vs {right}: both {side[0]} bounds, and they differ "
                f"(different {side[1]}) — conflict"
            )
            return Comparison(Verdict.CONFLICT, why, left_full, right_full)
        opposite = (a.hedge in ABOVE and b.hedge in BELOW) or (
            a.hedge in BELOW and b.hedge in ABOVE
        )
        if opposite and a.unit == b.unit and _same_bound(a, b, va, vb):
            why = f"{left} vs {right}: one puts the figure above, the other below — conflict"
            return Comparison(Verdict.CONFLICT, why, left_full, right_full)
    ranges = _range_ends(a, b, left, right, left_full, right_full)
    if ranges is not None:
        return ranges
    beyond = _hedged_past_a_bound(a, b) or _hedged_past_a_bound(b, a)
    if beyond:
        return Comparison(Verdict.CONFLICT, f"{left} vs {right}: {beyond} — conflict",
                          left_full, right_full)  # fmt: skip
    open_verdict = _open_bound(a, b, va, vb, left, right, left_full, right_full)
    if open_verdict is not None:
        return open_verdict
    if hedged_pair(a, b) and not math.isclose(a.value, b.value):
        verdict = Verdict.CONSISTENT if round_to_each_other(a, b) else Verdict.CONFLICT
        return Comparison(verdict, hedged_explanation(a, b, left, right), left_full, right_full)
    crossed = hedged_apart_across_units(a, b, left, right)
    if crossed:
        return Comparison(Verdict.CONFLICT, crossed, left_full, right_full)
    if (
        a.hedge is None and b.hedge is None and a.value_high is None and b.value_high is None
        and not (a.exact or b.exact) and a.unit == b.unit
        and not (math.isinf(a.high) or math.isinf(b.high))
        and not (is_vague(a) or is_vague(b))  # "thousands" / "3,000": a range, not a figure
        and a.precision == b.precision and a.precision > 0
        and max(a.low, b.low) <= min(a.high, b.high)  # else the intervals already disagree
        and abs(a.value - b.value) >= a.precision * (1 - 1e-9)
    ):  # fmt: skip
        why = (f"{left} vs {right}: both stated to the same precision "
               f"({a.precision:g}), so they are different figures — conflict")  # fmt: skip
        return Comparison(Verdict.CONFLICT, why, left_full, right_full)
    return None


def _range_ends(
    a: QuantityMention, b: QuantityMention, left: str, right: str, left_full: str,
    right_full: str,
) -> Comparison | None:  # fmt: skip
    """Two ranges of one thing compare their ends: 'from 7 to 75 years' and
    'from six to 75 years' give different shortest sentences."""
    if a.value_high is None or b.value_high is None or a.hedge or b.hedge:
        return None
    lo_a, lo_b = _base(a, a.value), _base(b, b.value)
    hi_a, hi_b = _base(a, a.value_high), _base(b, b.value_high)
    ends = []
    if not _same_bound(a, b, lo_a, lo_b):
        ends.append("low")
    if not _same_bound(a, b, hi_a, hi_b):
        ends.append("high")
    if not ends:
        return None
    which = " and ".join(ends)
    why = f"{left} vs {right}: the ranges differ at the {which} end — conflict"
    return Comparison(Verdict.CONFLICT, why, left_full, right_full)


def _hedged_past_a_bound(hedged: QuantityMention, bound: QuantityMention) -> str:
    """'about 6,800' against 'at least 7,000': the hedged figure, rounded at its own
    step (6,750–6,850), lies wholly on the far side of the bound; only the hedge's
    tenth either side reached it (session 41, development transit_strike: 'within
    the rounding of about 6,800', judged wrong twice). 'about' rounds a figure, it
    does not stretch to meet a floor or a ceiling. Why, or ""."""
    if not hedged_point(hedged) or bound.value_high is not None or bound.exact:
        return ""
    if bound.hedge not in LOWER | UPPER or hedged.dimension != bound.dimension:
        return ""
    if hedged.unit != bound.unit and (hedged.dimension == "currency" or hedged.unit not in UNITS
                                      or bound.unit not in UNITS):  # fmt: skip
        return ""
    if max(hedged.low, bound.low) > min(hedged.high, bound.high):
        return ""  # the hedge does not reach the bound: the family's conflict says why
    half = granularity(hedged) / 2
    lo, hi = _base(hedged, hedged.value - half), _base(hedged, hedged.value + half)
    edge = _base(bound, bound.value)
    if bound.hedge in LOWER and hi <= edge:
        side, place = "below", "floor"
    elif bound.hedge in UPPER and lo >= edge:
        side, place = "above", "ceiling"
    else:
        return ""
    return (
        f"'{hedged.text}' is {side} '{bound.text}' even at its own rounding "
        f"({_shown(hedged, hedged.value - half)}–{_shown(hedged, hedged.value + half)}): "
        f"'about' rounds a figure, it does not stretch to meet a {place}"
    )


def _shown(m: QuantityMention, value: float) -> str:
    return (
        f"{value:,.{max(0, -math.floor(math.log10(m.precision)))}f}"
        if m.precision < 1
        else (f"{value:,.0f}")
    )


def open_bound_beyond(
    a: QuantityMention, b: QuantityMention, va: float, vb: float
) -> tuple[QuantityMention, float] | None:
    """The bound and how many times beyond it the other side's single figure
    lies, when one side is an open bound that figure passes by the thresholds'
    ratio ("at least 6,000" / "about 10,000"; "up to 6 metres" / "85 cm"), or
    None; ``va``, ``vb``: the two values in one base unit."""
    ratio, lower = current().quantity.open_bound_ratio, current().quantity.open_lower_bound_ratio
    for bound, point, vbound, vpoint in ((a, b, va, vb), (b, a, vb, va)):
        if not _point(point) or vbound <= 0 or vpoint <= 0:
            continue
        if bound.hedge in LOWER and vpoint >= lower * vbound:
            return bound, vpoint / vbound
        if bound.hedge in UPPER and vbound > ratio * vpoint * (1 + 1e-9):
            return bound, vbound / vpoint
    return None


def _open_bound(
    a: QuantityMention, b: QuantityMention, va: float, vb: float, left: str, right: str,
    left_full: str, right_full: str,
) -> Comparison | None:  # fmt: skip
    """An open bound against a single figure many times beyond it: unresolved (a
    lower bound already at half as much again: "at least 6,000" / "about 10,000")."""
    found = open_bound_beyond(a, b, va, vb)
    if found is None:
        return None
    bound, times = found
    why = (f"{left} vs {right}: only a bound ('{bound.text}') against a figure "
           f"{times:.{0 if times >= 3 else 1}f} times beyond it — the bound allows it, "
           f"but the two may be different counts or times; check — unresolved")  # fmt: skip
    return Comparison(Verdict.UNRESOLVED, why, left_full, right_full)


def same_amount_other_currency(
    a: QuantityMention, b: QuantityMention, left: str, right: str, left_full: str,
    right_full: str,
) -> Comparison | None:  # fmt: skip
    """'€25m' / '$25 million': the same figure in two currencies — one is wrong."""
    if a.dimension != "currency" or a.unit == b.unit:
        return None
    if a.value != b.value or a.value_high != b.value_high:
        return None
    shown_a, shown_b = a.display(), b.display()
    why = (f"{shown_a} vs {shown_b}: the same amount in two currencies — one of the "
           "currencies is wrong — conflict")  # fmt: skip
    return Comparison(Verdict.CONFLICT, why, shown_a, shown_b)
