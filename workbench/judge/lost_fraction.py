"""A fraction lost in one copy (session 38, eng135): "served 412 months" in a
report whose text was rebuilt from tokens is "4½ months" with the ½ printed as
"1/2" and its slash dropped, where other copies of the story print "41/2
months", "4� months" or "four and a half months". Read as written the two
differ a hundredfold, a conflict readers judged wrong three times on the
ECB+ test half (28_ecbplus, cause "misread").

A whole number in digits ending in 12, 14 or 34 (½, ¼, ¾ with the slash
lost) before its unit, against a figure of the same unit whose value is the
number before those two digits plus that fraction — or a span of one unit
holding it, a fraction sign lost ("4� months") — is one figure misprinted:
no flag. A number that only ends in those digits ("212 miles" / "30 miles")
is left to the family's comparison: the other report must state the whole
with exactly that fraction."""

from __future__ import annotations

import re

from ..facts.time.lost_half import FRACTION
from ..model import Fact, Verdict
from .cases import ValueCase
from .stages import VALUE, Outcome, Rule

# "412 months", "1014 pounds", "334-mile": a whole of one or two digits, then
# the fraction's digits, then its unit (a word)
_GLUED = re.compile(r"(\d{1,2})(12|14|34)(?=[ \u00a0-]+[a-zA-Z])")
# a duration's normalised value: "4.5 months", "4.125–4.875 months", "412 months"
_DURATION = re.compile(r"([\d.]+)(?:[–-]([\d.]+))? ([a-z]+?)s?")


def _amount(f: Fact) -> tuple[float, float, str] | None:
    """The range a figure's own number covers and its unit, from the family's
    normalised value (a duration's "value", a quantity's "amount" and "unit")."""
    v = f.value
    if f.kind == "duration":
        m = _DURATION.fullmatch(str(v.get("value") or "").split(" = ")[0])  # "6.5 hours = 390m"
        if m is None:
            return None
        low = float(m.group(1))
        return low, float(m.group(2) or low), m.group(3)
    if f.kind == "quantity" and v.get("amount") is not None and v.get("unit"):
        amount = float(v["amount"])
        if "\ufffd" in f.text:  # "3\ufffd inches": read as 3.5, between 3 and 4
            return amount - 0.5, amount + 0.5, str(v["unit"])
        return amount, float(v.get("amount_high") or amount), str(v["unit"])
    return None


def fraction_lost(x: Fact, y: Fact) -> bool:
    """Whether one value is the other with its fraction's slash lost
    ("412 months" / "41/2 months")."""
    for glued, whole in ((x, y), (y, x)):
        m = _GLUED.match(glued.text)
        read_glued, read_whole = _amount(glued), _amount(whole)
        if m is None or read_glued is None or read_whole is None:
            continue
        if read_glued[2] != read_whole[2] or read_glued[0] != float(m.group(0)):
            continue
        meant = int(m.group(1)) + FRACTION[m.group(2)][0]
        low, high, _ = read_whole
        if low - 1e-9 <= meant <= high + 1e-9 and high - low <= 1.0:
            return True
    return False


def _conflict_of_a_lost_fraction(c: ValueCase) -> bool:
    return c.cmp.verdict == Verdict.CONFLICT and fraction_lost(c.x, c.y)


FRACTION_LOST_IN_A_COPY = Rule(
    "fraction_lost_in_a_copy",
    VALUE,
    _conflict_of_a_lost_fraction,
    Outcome.SKIP,
    "'412 months' in one copy against '41/2 months', '4½ months' or 'four and a half "
    "months' in another is one figure whose fraction lost its slash when the text was "
    "rebuilt ('1/2' -> '12'): no conflict (ECB+ 28_ecbplus, three conflicts judged "
    "wrong, cause misread)",
    "tests/test_s38_lost_fraction.py::test_a_half_printed_as_12_is_the_same_figure",
)
