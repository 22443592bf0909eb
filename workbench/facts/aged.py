"""An age written as a length in years (issue 11, session 31): "a 31-year-old
mom", "sixty-one-year-old", "34 years old", and the ages listed before one
("68" of "68 and 48-years-old", "27" of "27 and 31 years old"). Read by
``measure._role`` as the role "age", as "Unique Armstead, 32," is, so the two
ways of writing one person's age measure one thing (judge/ages_told.py)."""

from __future__ import annotations

import re

__all__ = ["years_old"]

_IN_YEARS = re.compile(r"\w[ \u00a0-]*years?$")
_OLD = re.compile(r"(?:[-\u2010]|[ \u00a0]+)old\b")
_LISTED_OLD = re.compile(
    r"(?:,[ \u00a0]*\d{1,3})*,?[ \u00a0]+(?:and|or)[ \u00a0]+\d{1,3}[ \u00a0-]*years?"
    r"(?:[-\u2010]|[ \u00a0]+)old\b"
)


def years_old(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age in years: written
    "N-year" or "N years" before "-old" / " old", or listed before one."""
    if _IN_YEARS.search(text, start, end) and _OLD.match(text, end):
        return True
    return bool(_LISTED_OLD.match(text, end))
