"""An age written as a length in years (issue 11, session 31): "a 31-year-old
mom", "sixty-one-year-old", "34 years old", and the ages listed before one
("68" of "68 and 48-years-old", "27" of "27 and 31 years old"); session 32:
an age in brackets after a name, "John Smith (34)", "Ms Okafor (61)", or
after "who is" ("Price, who is 34,"), and a
decade of life, "in his thirties" (quantity/decades.py reads it). Read by
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
# "Sarah Kemp (34)", "Mr Doyle (61) and his wife (58)": a name or a person's noun
# right before the bracket, the bracket holding the figure only
_NAME_BRACKET = re.compile(r"(?:\b[A-Z][\w'’.-]+|\b(?:wife|husband|son|daughter))[ \u00a0]*\($")
_LONE = re.compile(r"\d{1,3}")
# "Daniel Price, who is 34, was charged": an age between commas after a name
_WHO_IS = re.compile(r"\b[A-Z][\w'’.-]+,[ \u00a0]+who[ \u00a0]+(?:is|was)[ \u00a0]+$")
_DECADE = re.compile(
    r"(?i:in)[ \u00a0]+(?i:his|her|their)[ \u00a0]+(?:[A-Za-z]+[ \u00a0-]+)?"
    r"(?:[A-Za-z]+ties|teens|\d0['’]?s)"
)


def years_old(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age in years: written
    "N-year" or "N years" before "-old" / " old", or listed before one, or a
    bare number in brackets after a name ("Sarah Kemp (34)") or set off after
    "Name, who is" ("Sarah Kemp, who is 34,"), or a decade of life ("in her
    early 40s")."""
    if _IN_YEARS.search(text, start, end) and _OLD.match(text, end):
        return True
    if _DECADE.fullmatch(text, start, end):  # "a man in his thirties"
        return True
    if _LONE.fullmatch(text, start, end) and text.startswith(")", end):
        return bool(_NAME_BRACKET.search(text, max(0, start - 40), start))
    if _LONE.fullmatch(text, start, end) and text.startswith(",", end):
        return bool(_WHO_IS.search(text, max(0, start - 40), start))
    return bool(_LISTED_OLD.match(text, end))
