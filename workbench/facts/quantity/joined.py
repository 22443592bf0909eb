"""A numeral read together with the one right after it (detect.py reads them):
its stated uncertainty ("2,000.45±0.01 pounds"), its cents ("3 dollars 50
cents"), a unit the next number writes for both ("45 and 50 mg"), or a share
("four in five", "two thirds of"). ``Reading`` is what has been read of one
quantity so far. Split from detect.py (session 36)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.facts.quantity.context import bare_number_refused, is_year
from workbench.facts.quantity.numbers import NumberSpan, ratio_step
from workbench.facts.quantity.terms import (
    BY_BEFORE_RE,
    FRACTION_FOLLOW_RE,
    HALF_NOUN_BEFORE_RE,
    RATIO_SEP_RE,
)
from workbench.facts.quantity.unitread import ambiguous_scale, unit_after
from workbench.facts.quantity.units import UNITS, Unit

_PLUS_MINUS_RE = re.compile(r"[ \u00a0]?(?:±|\+/-|\+-)[ \u00a0]?")
_CENTS_GAP_RE = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?")
_CENTS_WORD_RE = re.compile(r"[ \u00a0]+(?:cents?|pence|p)\b")
_CENTS_END_RE = re.compile(r"[ \u00a0]*(?:[.,;!?)]|$)")
# "45 and 50 mg", "five, six, seven years"; not "or" ("5,000, or 9% of staff" restates).
_COORD_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*and|,|and|&|(?P<to>to))[ \u00a0]*")
# Currencies written after the number whose hundredths have a name of their own.
_WITH_CENTS = frozenset({"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "HKD", "SGD", "CHF"})


@dataclass
class Reading:
    """What has been read of one quantity so far."""

    start: int  # where the span starts (currency, minus sign or number)
    hedge: str | None
    hstart: int  # where the hedge starts (== start without one)
    value: float
    precision: float
    scaled: bool
    unit: Unit | None  # the unit so far: currency prefix or unit after
    unit1: Unit | None  # the unit written after the first number
    pos: int  # end of the span so far
    scan: int  # where to read on (after a rate's denominator, which the span leaves out)
    next_i: int
    form: str
    value_high: float | None = None
    per: str | None = None
    plus_minus: bool = False


def read_plus_minus(text: str, nums: list[NumberSpan], i: int, r: Reading) -> bool:
    """ "2,000.45±0.01 pounds": the stated value with its uncertainty."""
    pm = _PLUS_MINUS_RE.match(text, r.pos)
    n2 = nums[i + 1]
    if not pm or n2.start != pm.end() or n2.value <= 0:
        return False
    r.plus_minus = True
    r.precision = 2 * n2.value
    r.pos, r.next_i = n2.end, i + 2
    r.form += "±" + n2.key
    if r.unit is None:
        got = unit_after(text, n2.end, n2, n2.value, False, None)
        if got.unit is not None:
            r.unit = r.unit1 = got.unit
            r.pos = got.end
    return True


def read_cents(text: str, nums: list[NumberSpan], i: int, r: Reading) -> bool:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."."""
    unit, n, n2 = r.unit1, nums[i], nums[i + 1]
    if unit is None or unit.symbol not in _WITH_CENTS or r.scaled or n.value != int(n.value):
        return False
    gap = _CENTS_GAP_RE.match(text, r.pos)
    if not gap or n2.start != gap.end() or not (n2.value == int(n2.value) and 0 < n2.value < 100):
        return False
    word = _CENTS_WORD_RE.match(text, n2.end)
    if word is None and not _CENTS_END_RE.match(text, n2.end):
        return False
    r.value += n2.value / 100
    r.precision = 0.01
    r.pos = word.end() if word else n2.end
    r.next_i = i + 2
    r.form += f".{int(n2.value):02d}"
    return True


def shared_unit(text: str, nums: list[NumberSpan], i: int, r: Reading) -> None:
    """ "45 and 50 mg", "1.83 and 2 GHz", "rose from 40 to 52 dollars": a bare number
    takes the unit written after the next one (the span stays the number)."""
    n = nums[i]
    coord = _COORD_RE.match(text, r.scan)
    if not coord or i + 1 >= len(nums) or r.next_i != i + 1 or n.form == "fraction":
        return
    if coord.group("to") and r.hedge != "from":
        return  # only a change reads "from 40 to 52 dollars" as two amounts of one unit
    n2 = nums[i + 1]
    if n2.start != coord.end() or n2.form != n.form or is_year(n) or is_year(n2):
        return
    mult2, q = ambiguous_scale(text, n2, n2.end, None)
    got = unit_after(text, q, n2, n2.value * mult2, n2.scaled or mult2 != 1, None)
    if got.unit is None or mult2 != 1 or n2.scaled or r.scaled:
        return
    if r.hedge is None and bare_number_refused(text, n, r.start, r.pos):
        return  # "Section 5 and 10 km": still a label
    r.unit = r.unit1 = got.unit


def read_share(text: str, nums: list[NumberSpan], i: int, r: Reading) -> tuple[bool, float] | None:
    """Shares: "four in five", "one out of three" (ratios: the step they are read
    to) and "half", "two thirds of" (fractions) read as per cent; None when a
    fraction is not a share ("the first half")."""
    n = nums[i]
    fraction = n.form == "fraction" and r.unit is None
    ratio = 0.0
    if r.unit is None and r.value_high is None and i + 1 < len(nums):
        rs = RATIO_SEP_RE.match(text, r.pos)
        n2 = nums[i + 1]
        if (
            rs and n2.start == rs.end() and n.value == int(n.value) and n2.value == int(n2.value)
            and 0 < n.value < n2.value <= 1000 and not is_year(n2) and not n2.scaled
        ):  # fmt: skip
            r.value = 100 * n.value / n2.value
            r.unit = UNITS["%"]
            ratio = ratio_step(n.value, n2.value, r.value)
            r.pos = r.scan = n2.end
            r.next_i = i + 2
            r.form = f"{n.key}in{n2.key}"
    if fraction:
        # "cut admissions by two-thirds", "fell by half": a change given as a share.
        hstart = r.hstart
        by_share = bool(BY_BEFORE_RE.search(text, max(0, hstart - 4), hstart))
        if not (FRACTION_FOLLOW_RE.match(text, r.pos) or r.hedge or by_share):
            return None
        if (
            not by_share
            and n.text.lower() == "half"
            and HALF_NOUN_BEFORE_RE.search(text, max(0, hstart - 12), hstart)
        ):
            return None
        r.value *= 100
        r.unit = UNITS["%"]
    return fraction, ratio
