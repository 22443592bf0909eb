"""A gallon of no stated system read as the imperial one when only that
reading agrees (issue 11, session 38).

"2,000 litres (440 gallons)" is right in imperial gallons (4.546 l) and wrong
in US ones (3.785 l): British, Irish, Canadian and Caribbean copy writes the
imperial gallon as "gallons". Read only as US gallons, a right conversion was
called wrong (readers of held-out copy: "US vs imperial gallons"). A figure
in plain "gallons" compared with a volume in another unit is compared in US
gallons first; when that conflicts and the imperial reading agrees, the two
agree, and the explanation says in which gallon. Two figures both in plain
gallons are compared as written (one system on both sides), and "imperial
gallons" are read as written. (A figure in "US gallons" is not read as a
volume at all yet: units.py has no such surface form; noticed in session 38.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...model import Comparison, Verdict
from .mention import QuantityMention
from .units import UNITS

_US, _IMPERIAL = "gal", "imp gal"
# "US gallons", "U.S. gallon": the system written with the figure
_SYSTEM_WRITTEN = re.compile(r"\b(?i:u\.?s\.?|american|imperial|uk|british)\b")


def _plain_gallons(m: QuantityMention) -> bool:
    return m.unit == _US and not _SYSTEM_WRITTEN.search(m.text)


def as_imperial(m: QuantityMention) -> QuantityMention:
    """The figure read in imperial gallons: its bounds scaled by their ratio."""
    ratio = UNITS[_IMPERIAL].factor / UNITS[_US].factor
    return replace(m, unit=_IMPERIAL, low=m.low * ratio, high=m.high * ratio)


def either_gallon(
    compare: Callable[[QuantityMention, QuantityMention, str, str], Comparison | None],
    a: QuantityMention,
    b: QuantityMention,
    left: str,
    right: str,
) -> Comparison | None:
    """``compare(a, b)``, or, when it conflicts and one side alone is in plain
    gallons, the comparison in imperial gallons if that one agrees."""
    found = compare(a, b, left, right)
    if found is None or found.verdict != Verdict.CONFLICT or a.dimension != "volume":
        return found
    if _plain_gallons(a) == _plain_gallons(b):  # both in plain gallons, or neither
        return found
    ia, ib = (as_imperial(a), b) if _plain_gallons(a) else (a, as_imperial(b))
    other = compare(ia, ib, left, right)
    if other is None or other.verdict not in (Verdict.CONSISTENT, Verdict.IDENTICAL):
        return found
    found_words = other.explanation.rsplit(" — ", 1)[0]
    why = (
        f"{found_words}, read in imperial gallons (4.546 l), as British copy writes "
        "'gallons'; in US gallons (3.785 l) they would differ — consistent"
    )
    return Comparison(Verdict.CONSISTENT, why, other.left, other.right)
