"""The figure a length states, for an explanation (trial 36).

Two lengths that never meet were explained by their bounds with the
calendar's slack ("four and a half months = 4.5 months vs more than four
years …: 4.6 months is shorter than 4 years"): 4.6 months is no figure any
article gave. The explanation says the stated figures ("4.5 months is
shorter than 4 years"), a stated range by the end that faces the other
length ("3–4 weeks" against "nearly 2 months": "4 weeks"). A length whose
label is no figure ("an unstated number of years") has none to say.
"""

from __future__ import annotations

import re

from .unit_values import HEDGE_LABEL as _HEDGE_LABEL

_HEDGES = sorted(set(_HEDGE_LABEL.values()), key=len, reverse=True)
_RANGE = re.compile(r"^(\d[\d.,]*)–(\d[\d.,]*) (\S.*)$")
_FIGURE = re.compile(r"^\d[\d.,]* \S")


def stated_end(value: str, upper: bool) -> str:
    """The figure ``value`` (a length's label, "more than 4 years", "3–4
    weeks", "2.5 days = 60 hours") states, without its hedge: its upper end
    when ``upper``, else its lower; "" when it states none."""
    text = value.split(" = ", 1)[0].strip()
    for hedge in _HEDGES:
        if text.startswith(hedge + " "):
            text = text[len(hedge) + 1 :]
            break
    if m := _RANGE.match(text):
        return f"{m.group(2) if upper else m.group(1)} {m.group(3)}"
    return text if _FIGURE.match(text) else ""


def shorter_said(short: str, long_: str, fallback: tuple[str, str]) -> str:
    """ "<short> is shorter than <long>" in the stated figures of the shorter
    length's label ``short`` and the longer's ``long_``; ``fallback`` (the
    bounds) when either states no figure or both read alike."""
    said = (stated_end(short, upper=True), stated_end(long_, upper=False))
    if not all(said) or said[0] == said[1]:
        said = fallback
    return f"{said[0]} is shorter than {said[1]}"
