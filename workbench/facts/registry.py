"""The fact families, in order.

The order decides overlaps between families found per claim: a mention that
overlaps one of an earlier family in the same claim is dropped ("times win
over quantities": '48 hours' and 'four years ago' are times, not counts).
"""

from __future__ import annotations

from .family import FactFamily
from .quantity.family import QUANTITY
from .quote.family import QUOTE
from .time.family import TIME

FAMILIES: tuple[FactFamily, ...] = (TIME, QUANTITY, QUOTE)

_BY_KIND = {kind: f for f in FAMILIES for kind in f.kinds}


def family_of(kind: str) -> FactFamily:
    """The family producing facts of ``kind`` ("money" -> quantities)."""
    return _BY_KIND[kind]
