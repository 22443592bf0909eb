"""The interval a stated quantity allows: rounding, hedges and ranges.

Tolerance rules (the interval ``low``/``high`` a statement allows)
-----------------------------------------------------------------
Rounding ``r``: a number is read as rounded to its last significant digit,
``r = step/2``, but never by more than 5% of its value ("50 km" -> 47.5-52.5 km,
"3,000" -> 2,850-3,150, "$1tn" -> 0.95-1.05 trillion, "48.3" -> 48.25-48.35).
* Counts below 100, and counts with no trailing zeros ("257"), are exact:
  "Three firefighters" vs "Four firefighters" conflicts, so does 50 vs 52.
* Percentages, durations and temperatures written as integers below 100 are
  read to the unit ("20%" -> 19.5-20.5%; "48 hours"; "40C" -> 39.5-40.5 °C).
* Shares written as words or ratios ("half", "a third", "one in three") are
  read as rounded to ten points: "half" -> 45-55%, "a third" -> 30-36.7%.
Hedges widen or open the interval. ``w`` = max(10% of the value, the rounding
of the last digit up to 20%); for temperatures ``w`` = max(step/2, 2 degrees):
* about/around/some/roughly/approximately/an estimated/or so: v - w .. v + w
* nearly/almost/just under: v - w .. v;  just over: v .. v + w
* more than/over/above: v .. no limit (exact counts start at v + 1);
  at least/or more: v .. no limit
* up to/as many as/within/at most: 0 .. v;  less than/fewer than/under/below:
  0 .. v (exact counts stop at v - 1); temperatures have no floor
* ranges: low end - r .. high end + r (with "about": - w .. + w)
Units of uncertain size widen too: "tons" span short to long tons, a month
28-31 days, a year 365-366 days.
"""

from __future__ import annotations

import math

from workbench import thresholds
from workbench.facts.quantity.terms import (
    ABOUT,
    LOWER_CLOSED,
    LOWER_OPEN,
    UPPER_CLOSED,
    UPPER_OPEN,
)

INF = math.inf
# thresholds.current().quantity, read per call:
# rounding_cap: an unhedged figure is read as rounded by at most 5%: "50 km"
# allows 30 miles (48.3 km), but "£200,000" does not allow £180,000 — a 10% gap
# is a different figure, not a rounding. Hedges ("about") widen to
# hedge_width (10%) and more, up to hedge_width_max (20%) from the rounding
# step; "about 30 degrees" allows temperature_width (2 degrees) at least.


def statement_interval(
    v1: float, v2: float | None, step: float, exact: bool, hedge: str | None,
    dimension: str, fraction: bool,
) -> tuple[float, float]:  # fmt: skip
    """The interval (in the stated unit) a statement allows; see the module docstring."""
    hi_v = v2 if v2 is not None else v1
    t = thresholds.current().quantity

    def rounding(v: float) -> float:
        if exact:
            return 0.0
        st = step
        if fraction:
            st = 10.0
        elif dimension in ("percent", "duration", "temperature") and v == int(v) and abs(v) < 100:
            st = 1.0
        if dimension == "temperature":
            return st / 2
        if fraction:  # "half" is a rounded share: 45-55%
            return st / 2
        return min(st / 2, t.rounding_cap * abs(v))

    def width(v: float) -> float:
        if dimension == "temperature":
            return max(step / 2, t.temperature_width)
        st = 10.0 if fraction else step
        return max(t.hedge_width * abs(v), min(st / 2, t.hedge_width_max * abs(v)), rounding(v))

    floor = -INF if dimension == "temperature" or v1 < 0 else 0.0
    one = 1.0 if exact else 0.0
    if hedge in ABOUT:
        return v1 - width(v1), hi_v + width(hi_v)
    if hedge in ("nearly", "almost"):
        return hi_v - width(hi_v), hi_v
    if hedge == "just over":
        return v1, v1 + width(v1)
    if hedge in LOWER_OPEN:
        return v1 + one, INF
    if hedge in LOWER_CLOSED:
        return v1, INF
    if hedge in UPPER_CLOSED:
        return floor, hi_v
    if hedge in UPPER_OPEN:
        return floor, hi_v - one
    return v1 - rounding(v1), hi_v + rounding(hi_v)


def read_to_the_unit(v1: float, v2: float | None, precision: float) -> float:
    """The precision of a percentage, duration or temperature its interval reads
    to the unit (integers below 100): "60 years" is read as 59.5-60.5, so it is
    stated to the year, not to the ten its trailing zero suggests. A precision of
    ten beside an interval of one let "a 60-year-old" and "a 61-year-old" (one
    woman, a new-user trial on ECB+ 22_ecb) pass as rounding of each other."""
    ends = (v1,) if v2 is None else (v1, v2)
    if all(v == int(v) and abs(v) < 100 for v in ends):
        return min(precision, 1.0)
    return precision
