"""Two units joined by "or" / "and" read as one vague length: "for weeks or months",
"in recent weeks and months", "days or even weeks".

TimeML marks the coordination as one expression with the first unit's value
("weeks or months" = ``PXW``), and so does the editor: the second unit widens the
hedge, it is not a second time. Without this the second unit was left out of the
extent ("weeks"), or read as a length of its own where a rule knew it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import TimeMention

_UNITS = ("hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries")
_ENDS_IN_UNIT = re.compile(r"\b(?:" + "|".join(_UNITS) + r")$", re.IGNORECASE)
_OR_UNIT = re.compile(
    r"\s+(?:or|and)\s+(?:(?:even|possibly|perhaps|maybe|probably)\s+)?"
    r"(?P<u>" + "|".join(_UNITS) + r")\b(?![-'’]|\s+(?:ago|earlier|later|before|after|old)\b)",
    re.IGNORECASE,
)


def _unplaced(m: TimeMention) -> bool:
    """A length with no number ("weeks") or a vague reference ("recent weeks")."""
    return (m.type == "DURATION" and "X" in m.timex) or m.timex.endswith("_REF")


def coordinated_units(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Widen 'weeks' to 'weeks or months' (a later mention the second unit was
    read as on its own is dropped: it is part of this one)."""
    out: list[TimeMention] = []
    skip_to = -1
    for m in ms:
        if m.start < skip_to:
            continue
        j = _OR_UNIT.match(text, m.end)
        if not (_unplaced(m) and _ENDS_IN_UNIT.search(m.text) and j):
            out.append(m)
            continue
        first = _UNITS.index(_ENDS_IN_UNIT.search(m.text).group(0).lower())
        if _UNITS.index(j.group("u").lower()) <= first:
            out.append(m)  # "years and days": not one widening hedge
            continue
        out.append(replace(m, end=j.end(), text=text[m.start : j.end()]))
        skip_to = j.end()
    return out
