"""Money written with a scale glued to an ISO currency code, as business and
wire copy abbreviate it: "30 MUSD", "MEUR 120", "48.5 MGBP", "kEUR 250",
"USDm 40", "EURbn 1.2", "USD bn 3", "GBP mn 12".

The scale letter is read only on a code the workbench knows (``units.UNITS``)
and only when the whole token is the code with its scale: "M" and "MM" are
millions (finance writes "MMUSD"), "k"/"K" thousands, "mn"/"m" millions and
"bn" billions. "B" is left out ("BUSD" is a stablecoin's name) and so is "T"
(thousand in some ledgers, trillion in others). Capitalised words that happen
to be a scale and a code ("MARS", "MATS", "MILS") are never read as money.

``unitread`` asks :func:`code_after` for the unit after a number and
:func:`code_before` for the currency before it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from workbench.facts.quantity.units import UNITS, Unit

__all__ = ["ScaledCode", "code_after", "code_before"]

_SCALE = {"M": 1e6, "MM": 1e6, "k": 1e3, "K": 1e3, "m": 1e6, "mn": 1e6, "Mn": 1e6,
          "bn": 1e9, "Bn": 1e9}  # fmt: skip
_SCALE_FIRST = ("MM", "M", "k", "K")  # "MUSD", "kEUR": glued before the code
_CODE_FIRST = ("mn", "Mn", "bn", "Bn", "m", "k")  # "USDm", "EUR bn": after the code
_WORDS = frozenset({"MARS", "MATS", "MILS"})
_SP = r"[ \u00a0]"
_TOKEN = (
    r"(?<![A-Za-z])(?:(?P<s1>" + "|".join(_SCALE_FIRST) + r")(?P<c1>[A-Z]{3})"
    r"|(?P<c2>[A-Z]{3})" + _SP + r"?(?P<s2>" + "|".join(_CODE_FIRST) + r"))(?![A-Za-z0-9])"
)
_AFTER_RE = re.compile(_SP + r"?(?P<tok>" + _TOKEN + ")")
_BEFORE_RE = re.compile(r"(?P<tok>" + _TOKEN + ")" + _SP + r"?$")


class ScaledCode(NamedTuple):
    """A currency code read with its scale, and where the token starts and ends."""

    unit: Unit
    mult: float
    start: int
    end: int


def _read(m: re.Match[str] | None) -> ScaledCode | None:
    if m is None or m.group("tok") in _WORDS:
        return None
    unit = UNITS.get(m.group("c1") or m.group("c2"))
    if unit is None or unit.dimension != "currency":
        return None
    scale = _SCALE[m.group("s1") or m.group("s2")]
    return ScaledCode(unit, scale, m.start("tok"), m.end("tok"))


def code_after(text: str, pos: int) -> ScaledCode | None:
    """ "30 MUSD", "120 kEUR", "5 USDm": the currency with its scale just after ``pos``."""
    return _read(_AFTER_RE.match(text, pos))


def code_before(text: str, start: int) -> ScaledCode | None:
    """ "MAUD 60", "USD bn 3", "EURm 40": the currency with its scale ending at ``start``."""
    return _read(_BEFORE_RE.search(text, max(0, start - 10), start))
