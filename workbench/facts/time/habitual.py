"""A month, quarter or season under a habitual adverb is a repetition, not this
year's: "retailers usually make most of their profit in December", "sales
typically peak in the fourth quarter", "farmers normally plant in the spring",
"the festival is held each year in March", "the river floods in April every year".

TimeML marks them SETs (``XXXX-12``, ``XXXX-Q4``, ``XXXX-SP``), and the editor
reads them so: the sentence claims nothing about one December, so the mention
has no interval and dates nothing. A year or a relative word ("this December",
"the fourth quarter of 1989", "last spring") keeps the one occurrence. A past
habit is a repetition too ("elections were usually held in the spring");
"generally" is left out, as news writes it of one occasion ("analysts generally
expected a loss in the third quarter").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import TimeMention

_HABIT = re.compile(
    r"\b(?:usually|typically|normally|traditionally|customarily|habitually"
    r"|tends?\s+to|tended\s+to|each\s+year|every\s+year|annually|yearly)\b(?P<gap>[^.;:!?]{0,60})$",
    re.IGNORECASE,
)
# "held in March each year", "peaks in the fourth quarter every year"
_HABIT_AFTER = re.compile(r"\s+(?:each\s+year|every\s+year|annually|yearly)\b", re.IGNORECASE)
_PLACED = re.compile(r"\d|\b(?:this|last|next|coming|past|previous|current|that)\b", re.I)
_GRANS = ("month", "quarter", "season")


def habitual_periods(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each month, quarter or season after a habitual cue in its clause, as a SET."""
    out = []
    for m in ms:
        if (
            m.type == "DATE"
            and m.granularity in _GRANS
            and m.interval is not None
            and not _PLACED.search(m.text)
            and _habitual(text, m)
        ):
            timex = "XXXX" + m.timex[4:]
            m = replace(
                m, type="SET", timex=timex, interval=None, value=f"every {m.text} (habitually)"
            )
        out.append(m)
    return out


def _habitual(text: str, m: TimeMention) -> bool:
    """A habitual cue before it in its clause, or a yearly one right after it."""
    h = _HABIT.search(text, max(0, m.start - 90), m.start)
    return bool(h and "," not in h.group("gap")) or bool(_HABIT_AFTER.match(text, m.end))
