"""Whether two figures are on different scales: not one figure misreported.

The judge asks it through ``QUANTITY.off_scale`` (rule ``different_scale``).
"""

from __future__ import annotations

import math

from .mention import QuantityMention

# Values more than this many times apart whose leading digits differ measure
# different things ('$25,000' vs '$18 billion').
SCALE_RATIO = 20


def different_scale(a: QuantityMention, b: QuantityMention) -> bool:
    """'$25,000' vs '$18 billion' are not one figure misreported: values more
    than twenty-fold apart whose leading digits differ measure different
    things. ('$1.2m' vs '$1.2bn' keeps its conflict: the classic slip.)"""
    try:
        x = abs(float(a.value)) * scale_of(a)
        y = abs(float(b.value)) * scale_of(b)
    except (TypeError, ValueError):
        return False
    if not x or not y:
        return False
    big, small = max(x, y), min(x, y)
    return big / small > SCALE_RATIO and _lead(x) != _lead(y)


def scale_of(m: QuantityMention) -> float:
    """Factor from the stated unit to the base unit (1 when unknown)."""
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
