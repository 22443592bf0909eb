"""``QuantityMention``, one quantity stated in a sentence, and how it is shown to editors.

The display helpers render a stated value with the digits its precision
justifies ("48.3 km", "$1 trillion", "30 mi = 48.3 km"); ``compare``
uses them to word its explanations.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from workbench.facts.quantity.terms import plural_of
from workbench.facts.quantity.units import CURRENCY_SYMBOLS, UNITS, Unit, format_number, to_base

__all__ = ["QuantityMention"]

_DISPLAY_UNIT = {
    "degC": "°C", "degF": "°F", "km2": "km²", "m2": "m²", "m3": "m³", "yr": "years",
    "mo": "months", "wk": "weeks", "d": "days", "h": "hours", "min": "minutes",
    "s": "seconds", "decade": "decades", "century": "centuries", "fortnight": "fortnights",
    "acre": "acres", "ton": "tons", "st": "stone", "kn": "knots", "bbl": "barrels",
    "gal": "gal", "imp gal": "imperial gal", "pp": "pp", "bp": "bp", "K": "K",
    "deg": "degrees", "dF": "°F (a difference)", "km3": "km³", "ug": "µg", "um": "µm",
    "cup": "cups",
}  # fmt: skip


@dataclass(frozen=True)
class QuantityMention:
    """One quantity stated in a sentence; offsets index that sentence.

    ``value``/``value_high`` are in ``unit`` as stated (scale words applied);
    ``low``/``high`` are the interval the statement allows, in the dimension's
    base unit (see ``si_unit``), after hedge, range, rounding and unit
    uncertainty; ``math.inf`` means "no limit". ``exact`` marks counts that
    carry no rounding. ``form`` is the numeral as written (case, spaces and
    thousands separators removed): equal forms were written the same way.
    ``per`` is the denominator of a rate: a unit symbol ("h" in "$15 an hour",
    "d" in "500,000 barrels a day") or a noun ("share" in "$2 a share").
    """

    start: int
    end: int
    text: str
    kind: str
    dimension: str
    unit: str | None
    value: float
    value_high: float | None
    hedge: str | None
    precision: float
    low: float
    high: float
    counted: str | None = None
    exact: bool = False
    form: str = ""
    written: str | None = None  # a share written as words or a ratio: "half", "four in five"
    per: str | None = None
    record: bool = False  # a count of a fighter's or team's record: "52" of "(52-3)"
    home: str = ""  # a bare "$" read as the dollar of the place a story is from: local_dollars
    # a bare "$" read as the US dollar only by default: its story names no dollar
    # country and writes no other dollar (local_dollars); such a "$" meets another
    # report's "$" read as its story's own dollar as the same dollar
    loose_dollar: bool = False
    as_other: bool = False  # a loose "$" read as the other report's own dollar, same sum
    # the dollar a loose "$" may be besides the US one (session 39): the
    # article's own when it writes another dollar beside it (local_dollars), or,
    # ``hint_story``, the story's (story_dollar); ``hint_from``: that place's name;
    # ``hint_open``: a difference read in it is a question (open_dollar)
    dollar_hint: str = ""
    hint_from: str = ""
    hint_open: bool = False
    hint_story: bool = False
    # a sum of one year its clause tells with no denominator after it: "an annual
    # salary of $5 million", "$39 billion in annual revenue" (yearly.py)
    yearly: bool = False
    # a temperature of no stated scale read in the one its sentence or story tells:
    # "sentence", "story" or "units" (told_degrees.py)
    told_scale: str = ""
    # a change in per cent or points told of a rate, and the old and new rate its
    # sentence gives ("fell 2.4 points, from 13.5% to 11.1%"): rate_change.py
    of_rate: bool = False
    rate_levels: tuple[float, float] | None = None

    @property
    def si_unit(self) -> str:
        """The base unit ``low``/``high`` are in: "m", "kg", "USD", "%", "count"..."""
        if self.unit is None:
            return "count"
        return UNITS[self.unit].base

    def to_json(self) -> dict[str, Any]:
        """JSON-ready value for ``Fact.value``; unbounded ends are None."""
        return {
            "kind": self.kind,
            "amount": self.value,
            "amount_high": self.value_high,
            "unit": self.unit,
            "dimension": self.dimension,
            "hedge": self.hedge,
            "precision": self.precision,
            "low": None if math.isinf(self.low) else self.low,
            "high": None if math.isinf(self.high) else self.high,
            "counted": self.counted,
            "si_unit": self.si_unit,
            "exact": self.exact,
            "per": self.per,
        }

    def display(self, target: str | None = None) -> str:
        """The value as an editor reads it: "30 mi = 48.3 km", "about 50 km",
        "$1 trillion (USD 1e12)", "80%", "3 firefighters".

        ``target`` names a unit of the same dimension to convert to; by default
        imperial units are shown with their metric equivalent.
        """
        prefix = f"{self.hedge} " if self.hedge else ""
        stated = stated_text(self)
        per = per_text(self)
        if self.kind == "money":
            sym = CURRENCY_SYMBOLS.get(self.unit or "", self.si_unit)
            local = f"{sym.strip()} in a story from {self.home}; " if self.home else ""
            if self.as_other:
                local = f"{sym.strip()} as the other report writes it; "
            return f"{prefix}{stated}{per} ({local}{self.si_unit} {_sci(self.base_value())})"
        if self.unit is None:
            noun = plural_of(self.counted, self.value_high or self.value) if self.counted else ""
            return f"{prefix}{stated}{' ' + noun if noun else ''}{per}"
        unit = UNITS[self.unit]
        target = target or unit.metric
        if target and target != self.unit and target in UNITS:
            conv = convert_display(self, UNITS[target])
            return f"{prefix}{stated}{per} = {conv}{per}"
        return f"{prefix}{stated}{per}"

    def base_value(self) -> float:
        """The central stated value in the base unit (midpoint of a range)."""
        v = self.value if self.value_high is None else (self.value + self.value_high) / 2
        return to_base(v, UNITS[self.unit]) if self.unit else v


def per_text(m: QuantityMention) -> str:
    """ " per hour", " per share", or "" when ``m`` is not a rate."""
    if not m.per:
        return ""
    return f" per {UNITS[m.per].name if m.per in UNITS else m.per}"


def _decimals(precision: float) -> int:
    if precision >= 1:
        return 0
    return min(6, max(0, -math.floor(math.log10(precision) + 1e-9)))


def _fmt_stated(value: float, precision: float, money_words: bool = False) -> str:
    """A stated value with the digits its precision justifies."""
    if abs(value) >= 1e6 and (money_words or precision >= 1e5):
        for mult, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= mult:
                return f"{_fmt_stated(value / mult, max(precision / mult, 1e-6))} {word}"
    d = _decimals(precision)
    for more in range(d + 1, 4):  # "a quarter" is 0.25, not 0.2
        if abs(round(value, d) - value) > 1e-9 and abs(round(value, more) - value) <= 1e-9:
            d = more
    if d == 0:
        return f"{round(value):,}"
    return f"{value:,.{d}f}"


def unit_label(symbol: str) -> str:
    label = _DISPLAY_UNIT.get(symbol, symbol)
    return label if label == "%" else f" {label}"


def stated_text(m: QuantityMention) -> str:
    """Value (or range) in the stated unit, without hedge."""
    money = m.kind == "money"
    val = _fmt_stated(m.value, m.precision, money)
    if m.value_high is not None:
        val = f"{val}–{_fmt_stated(m.value_high, m.precision, money)}"
    if m.written and m.kind != "percent":
        if not math.isinf(m.high):  # "thousands (2,000–9,999)"
            val = f"{val}–{_fmt_stated(m.high, m.precision, money)}"
            return f"{m.written} ({_money(m, val) if money else val})"
        return f"{m.written} (≥ {_money(m, val) if money else val})"  # "thousands (≥ 2,000)"
    if m.unit is None:
        return val
    if m.written:
        return f"{m.written} = {format_number(m.value, 3)}%"
    if money:
        return _money(m, val)
    return f"{val}{unit_label(m.unit)}"


def _money(m: QuantityMention, val: str) -> str:
    sym = "$" if m.home or m.as_other else CURRENCY_SYMBOLS.get(m.unit or "")
    if m.unit == "GBp":
        return f"{val}p"
    if m.unit == "USc":
        return f"{val} cents"
    if m.unit == "EUc":
        return f"{val} euro cents"
    return f"{sym}{val}" if sym else f"{m.unit} {val}"


def sig_for(m: QuantityMention) -> int:
    """Significant digits to show a converted value with: the stated ones, at least 3."""
    if m.precision >= 1:
        digits = len(str(abs(round(m.value / m.precision))))
    else:
        digits = len(re.sub(r"\D", "", f"{m.value:.{_decimals(m.precision)}f}").lstrip("0"))
    return max(3, digits)


def _convert_value(v: float, src: Unit, dst: Unit) -> float:
    return (to_base(v, src) - dst.offset) / dst.factor


def convert_display(m: QuantityMention, dst: Unit) -> str:
    src = UNITS[m.unit or ""]
    sig = sig_for(m)
    text = format_number(_convert_value(m.value, src, dst), sig)
    if m.value_high is not None:
        text += "–" + format_number(_convert_value(m.value_high, src, dst), sig)
    return f"{text}{unit_label(dst.symbol)}"


def _sci(v: float) -> str:
    if abs(v) < 1e6:
        return format_number(v, 6)
    mant, exp = f"{v:.6e}".split("e")
    mant = mant.rstrip("0").rstrip(".")
    return f"{mant}e{int(exp)}"
