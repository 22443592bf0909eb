"""Whether two figures are on different scales: not one figure misreported.

The judge asks it through ``QUANTITY.off_scale`` (rule ``different_scale``).
"""

from __future__ import annotations

import math

from .mention import QuantityMention
from .unit_prices import over_the_same_unit
from .units import UNITS

# Values more than this many times apart whose leading digits differ measure
# different things ('$25,000' vs '$18 billion').
SCALE_RATIO = 20


def different_scale(a: QuantityMention, b: QuantityMention) -> bool:
    """'$25,000' vs '$18 billion' are not one figure misreported: values more
    than twenty-fold apart whose leading digits differ measure different
    things. ('$1.2m' vs '$1.2bn' keeps its conflict: the classic slip.)"""
    if a.dimension != b.dimension:
        return False  # no common scale: an age in years against one told as a bare number
    a, _ = over_the_same_unit(a, b)  # "0.25 euros per kWh" / "€310/MWh": one scale
    try:
        xs = [abs(float(v)) * scale_of(a) for v in _ends(a)]
        ys = [abs(float(v)) * scale_of(b) for v in _ends(b)]
    except (TypeError, ValueError):
        return False
    x, y = xs[0], ys[0]
    if not x or not y:
        return False
    big, small = max(x, y), min(x, y)
    # a range's ends each keep their digits: "128GB or 256GB" / "256MB" is the slip
    return big / small > SCALE_RATIO and not {_lead(v) for v in xs} & {_lead(v) for v in ys}


def _ends(m: QuantityMention) -> tuple[float, ...]:
    """The figures a statement writes: one, or a range's two ends."""
    return (m.value,) if m.value_high is None else (m.value, m.value_high)


def scale_of(m: QuantityMention) -> float:
    """Factor from the stated unit to the base unit (1 when unknown)."""
    if m.value_high is not None:
        # a range's interval is about its middle ("128GB or 256GB": 192GB), not
        # its low end: its unit says the factor
        return UNITS[m.unit].factor if m.unit in UNITS else 1.0
    lo, hi, v = m.low, m.high, m.value
    if not v:
        return 1.0
    if hi is not None and hi != math.inf and lo:
        return ((lo + hi) / 2) / v
    if lo:  # "more than 300 hectares": open above
        return lo / v
    if hi is not None and hi != math.inf:  # "up to 90mph": down to zero
        return hi / v
    return 1.0


def _lead(v: float) -> str:
    return f"{v:.1e}"[:3]
