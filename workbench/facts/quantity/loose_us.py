"""A bare "$" of a report that names no dollar country, against a US-dollar sum
another report gives as the conversion of a local dollar: "$1,000 per evacuated
household" in a valley paper against "C$1,500 (about US$1,090)" in a border paper.

The conversion says the event's own money is the local dollar, so the bare "$" may
be that dollar as well as the US one; read as US dollars only by default, it was
set against "US$1,090" as the same currency, "within rounding" (authored
development wildfire, session 38, issue 11 class 5). :func:`local_behind_us` finds
the local sum behind such a conversion; :func:`.compare.compare` reads the bare "$"
both ways and says so when the two readings disagree.
"""

from __future__ import annotations

from dataclasses import replace

from .mention import QuantityMention
from .rates import between, same_sum

LOCAL_DOLLARS = ("AUD", "CAD", "NZD", "HKD", "SGD")


def local_behind_us(m: QuantityMention, other: QuantityMention) -> QuantityMention | None:
    """The local-dollar sum ``other`` (US dollars) is stated to convert, when ``m``
    is a bare "$" whose story names no dollar country."""
    if not m.loose_dollar or m.si_unit != "USD" or other.si_unit != "USD" or other.loose_dollar:
        return None
    for code in LOCAL_DOLLARS:
        for r in between("USD", code):
            for k, stated in enumerate(r.sums):
                if same_sum(other, stated) and r.sums[1 - k].si_unit == code:
                    return r.sums[1 - k]
    return None


def as_local(m: QuantityMention, local: QuantityMention) -> QuantityMention:
    """The bare "$" read in the local dollar of the conversion."""
    return replace(m, unit=local.unit, loose_dollar=False, as_other=True)


def as_us(m: QuantityMention) -> QuantityMention:
    """The bare "$" read as US dollars, the default."""
    return replace(m, loose_dollar=False)
