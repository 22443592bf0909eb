"""Whether a count that takes in or leaves out others can explain its
difference from a count of its noun alone (issue 11, session 40).

"300 staff and contractors" counts more than "180 staff", "40 passengers,
excluding crew" fewer than a count of all on board: the rule
``different_inclusion`` keeps such figures apart, not one figure misreported.
That holds only in the direction the scope goes. "Some 560 clean-up workers,
including soldiers from the garrison" against "some 650 workers" on the same
day (authored oil_spill D8, a transposition) is no wider count against a
narrower one: a count that takes in more people cannot be the smaller figure,
so the scope explains nothing and the two are compared as one figure.
"""

from __future__ import annotations

from ..model import Fact
from .cases import CandidateCase

_WIDER = ("more", "others")


def _span(f: Fact) -> tuple[float, float] | None:
    """A count as written: its rounding, not its hedge ("some 560" is the
    560 a source gave, 555-565; an open bound keeps its open end)."""
    m = f.mention
    lo, hi = getattr(m, "low", None), getattr(m, "high", None)
    if lo is None or hi is None:
        return None
    hedge, value, precision = getattr(m, "hedge", None), getattr(m, "value", None), None
    if hedge in ("about", "some") and isinstance(value, (int, float)):
        precision = getattr(m, "precision", None)
    if precision:
        return float(value) - precision / 2, float(value) + precision / 2  # type: ignore[arg-type]
    return float(lo), float(hi)


def scope_cannot_explain(c: CandidateCase) -> bool:
    """One count takes in others (or leaves some out), the other names no
    scope, and it is the count of wider scope that is the smaller (or the
    narrower that is the larger), beyond both figures' rounding and hedge."""
    if c.measures is None or c.x.kind != "number" or c.y.kind != "number":
        return False
    (ma, mb), (sx, sy) = c.measures, (_span(c.x), _span(c.y))
    if sx is None or sy is None or bool(ma.inclusion) == bool(mb.inclusion):
        return False
    inclusion, own, other = (ma.inclusion, sx, sy) if ma.inclusion else (mb.inclusion, sy, sx)
    if inclusion in _WIDER:
        return own[1] < other[0]  # the wider count is the smaller
    return inclusion == "less" and own[0] > other[1]  # the narrower count is the larger
