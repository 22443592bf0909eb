"""A temperature whose scale one sentence leaves out, read from what its
story writes (issue 11, session 34).

"sea surface temperatures near 79 F, about 5 degrees above normal" names its
scale once, for the first figure; "36 degrees" in a story that gives its
winds in km/h and its rain in millimetres is Celsius. Left as "degrees
(scale not stated)" such a figure met another report's "about 3C warmer" as
a question ("one does not say Celsius or Fahrenheit") that the text itself
settles. The scale is taken, in this order, from:

1. the other temperatures of its own sentence, when they name one scale;
2. the temperatures of its story, when they name one scale;
3. the story's units of length, speed, mass and volume, when they are all
   metric (Celsius) or all imperial (Fahrenheit) — a story that writes both
   (a conversion in parentheses) settles nothing.

A temperature told as a difference ("5 degrees above normal", "3C warmer",
"a rise of 2 degrees") converts without the offset of the scale: five
Fahrenheit degrees of warming are 2.8 Celsius degrees, not -15C. A figure so
read keeps its words; ``told_scale`` says where the scale was read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from .mention import QuantityMention
from .units import UNITS, to_base

_SCALES = ("degC", "degF")
# a verb of change before one of these is a level reached: "rose above 1,100F"
_LEVEL_HEDGES = frozenset(("above", "over", "below", "under", "beyond", "past", "to"))
_SYSTEMS = ("length", "speed", "mass", "volume", "area")
# after a figure: "5 degrees above normal", "3C warmer than", "2 degrees higher"
_DIFF_AFTER = re.compile(
    r"\s*(?:above|below|warmer|colder|cooler|hotter|higher|lower)\b", re.IGNORECASE
)
# before a figure: "a rise of 2 degrees", "rose by 3C", "dropped 10 degrees"
_DIFF_BEFORE = re.compile(
    r"\b(?:rise|rises|rose|risen|drop|drops|dropped|fall|falls|fell|fallen|increase[ds]?|"
    r"decrease[ds]?|jump(?:ed|s)?|climb(?:ed|s)?|plunge[ds]?|warm(?:ed|ing)|cool(?:ed|ing)|by)"
    r"\s+(?:of\s+)?$",
    re.IGNORECASE,
)


def is_difference(text: str, m: QuantityMention) -> bool:
    """Whether a temperature is told as a difference, not a reading ("rose
    above 1,100F" is a level reached, "rose 5 degrees" a change)."""
    if _DIFF_AFTER.match(text, m.end):
        return True
    level = (m.hedge or "").lower() in _LEVEL_HEDGES
    return not level and bool(_DIFF_BEFORE.search(text[: m.start]))


def _one_scale(ms: Sequence[QuantityMention]) -> str:
    scales = {m.unit for m in ms if m.dimension == "temperature" and m.unit in _SCALES}
    return scales.pop() if len(scales) == 1 else ""


# a conversion in parentheses right after the figure it converts: "48.1C (118.6F)"
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|or|some|nearly)?\s*$", re.I)


def _written_first(text: str, ms: Sequence[QuantityMention]) -> list[QuantityMention]:
    """The temperatures of one sentence but a conversion in parentheses of the
    one before it: "reached 48.1C (118.6F)" names Celsius, the story's scale,
    and the Fahrenheit it gives for readers abroad (session 40, authored
    heatwave: a story so written named "two scales", and its quoted "48
    degrees" met the same words read in Celsius in a copy as a question)."""
    temps = sorted((m for m in ms if m.dimension == "temperature"), key=lambda m: m.start)
    return [
        m
        for k, m in enumerate(temps)
        if not (k and _CONVERSION_GAP.fullmatch(text[temps[k - 1].end : m.start]))
    ]


def _system(found: Sequence[Sequence[QuantityMention]]) -> str:
    """ "degC" when every unit of length, speed, mass or volume in the story is
    metric, "degF" when every one is imperial, else ""."""
    kinds = {
        "imperial" if UNITS[m.unit].metric else "metric"
        for ms in found
        for m in ms
        if m.unit in UNITS and m.dimension in _SYSTEMS
    }
    if kinds == {"metric"}:
        return "degC"
    return "degF" if kinds == {"imperial"} else ""


def _difference_unit(scale: str) -> str:
    return "dF" if scale == "degF" else scale


def _read(text: str, m: QuantityMention, scale: str, where: str) -> QuantityMention:
    """``m`` read in ``scale`` (a difference in Fahrenheit without its offset)."""
    symbol = _difference_unit(scale) if is_difference(text, m) else scale
    unit = UNITS[symbol]
    # a "deg" figure's interval is in its stated unit: factor 1, no offset
    lo = m.low if math.isinf(m.low) else to_base(m.low, unit, "low")
    hi = m.high if math.isinf(m.high) else to_base(m.high, unit, "high")
    return replace(m, unit=symbol, low=lo, high=hi, told_scale=where)


def _as_difference(text: str, m: QuantityMention) -> QuantityMention:
    """A Fahrenheit figure told as a difference, "5F above normal": no offset."""
    if m.unit != "degF" or not is_difference(text, m):
        return m
    return _read(text, replace(m, low=_stated(m.low), high=_stated(m.high)), "degF", "")


def _stated(v: float) -> float:
    """A base (Celsius) end of a Fahrenheit reading back in Fahrenheit."""
    if math.isinf(v):
        return v
    u = UNITS["degF"]
    return (v - u.offset) / u.factor


def with_told_degrees(
    sentences: Sequence[str], found: list[list[QuantityMention]]
) -> list[list[QuantityMention]]:
    """Each sentence's mentions, a temperature of no stated scale read in
    the scale its sentence or story tells (see the module docstring)."""
    if not any(m.unit == "deg" or m.unit == "degF" for ms in found for m in ms):
        return found
    story = _one_scale(
        [m for text, ms in zip(sentences, found, strict=False) for m in _written_first(text, ms)]
    )
    system = _system(found)
    out = []
    for text, ms in zip(sentences, found, strict=False):
        own = _one_scale(ms)
        read = []
        for m in ms:
            if m.unit == "deg" and (own or story or system):
                where = "sentence" if own else ("story" if story else "units")
                m = _read(text, m, own or story or system, where)
            read.append(_as_difference(text, m))
        out.append(read)
    return out + found[len(sentences) :]
