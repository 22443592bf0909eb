"""A price per unit told per another unit of the same kind (issue 11, session 32).

"0.25 euros per kWh" and "€250/MWh" are one tariff; "$3.50 a gallon" and
"92 cents a litre" one pump price; "$250 per tonne" and "25 cents a kilo"
one grain price. Each report writes the rate's denominator in the unit its
readers use, and ``compare`` kept two different denominators apart as two
different rates ("$15 an hour" / "$31,000 a year"), so a tariff or a pump
price that differed between reports was never compared.

Here the one rate is put over the other's denominator — its value, interval
and rounding multiplied by how many of its units the other's unit holds —
and the two are compared as one rate, the explanation saying how the one was
converted ("0.25 euros per kilowatt hour = 250 euros per megawatt hour").
Only denominators of one dimension (energy, volume, mass, length, area) are
converted: a price per night is no price per head, nor per hour a price per
year (yearly.py tells a year's sums told in other words).
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Comparison
from .mention import QuantityMention, per_text, stated_text
from .units import UNITS, format_number

__all__ = ["over_the_same_unit", "with_conversion"]

# denominators a price is converted between: a length of time is left out ("$15
# an hour" / "$31,000 a year" are pay of different periods, not one rate)
_CONVERTIBLE = frozenset({"energy", "volume", "mass", "length", "area"})


def over_the_same_unit(a: QuantityMention, b: QuantityMention) -> tuple[QuantityMention, str]:
    """``a`` put over ``b``'s denominator when both are prices (or other
    rates) per a unit of one dimension written in different units, and the
    words saying so ("0.25 euros per kilowatt hour = 250 euros per megawatt
    hour"); else ``a`` unchanged and ""."""
    if not a.per or not b.per or a.per == b.per or a.dimension != b.dimension:
        return a, ""
    ua, ub = UNITS.get(a.per), UNITS.get(b.per)
    if ua is None or ub is None or ua.dimension != ub.dimension:
        return a, ""
    if ua.dimension not in _CONVERTIBLE or ua.offset or ub.offset:
        return a, ""
    k = ub.factor / ua.factor  # of a's units in one of b's
    high = None if a.value_high is None else a.value_high * k
    over = replace(
        a,
        value=a.value * k,
        value_high=high,
        low=a.low * k,
        high=a.high * k,
        precision=a.precision * k,
        per=b.per,
        form="",  # never "the same numeral written the same way"
        written=None,
    )
    converted = f"{_shown(over)}{per_text(over)}"
    note = f"{_shown(a)}{per_text(a)} = {converted}"
    return over, note


def _shown(m: QuantityMention) -> str:
    """The value as stated, or to four significant digits once converted."""
    if m.form:
        return stated_text(m)
    return stated_text(replace(m, precision=_step(m.value)))


def _step(value: float) -> float:
    """A precision that shows ``value`` to four significant digits."""
    digits = format_number(abs(value), 4)
    frac = digits.replace(",", "").partition(".")[2]
    return 10.0 ** -len(frac) if frac else 1.0


def with_conversion(cmp: Comparison | None, note: str) -> Comparison | None:
    """``cmp`` whose explanation first says how one rate was put over the
    other's unit."""
    if cmp is None or not note:
        return cmp
    return replace(cmp, explanation=f"{note}; {cmp.explanation}")
