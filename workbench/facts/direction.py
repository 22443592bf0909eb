"""The direction of a change (issue 11, session 22): "shares fell 2.1%" and
"shares rose 2.1%" state one size of change and opposite directions.

Read only for the amount of a change (:mod:`.measure` role ``change``): the
last word of direction right before the value ("fell", "up", "a rise of",
"gained", "slid by about") or, after it, "higher" / "lower" ("closed 2.1%
lower"). A previous level ("down from 12%") is no change and has no
direction; nor has a level reached ("fell 2.1% to 640p": 640p is a price).
"""

from __future__ import annotations

import re

from .whose import clause_bounds

_UP = (
    r"rose|rise[sn]?|rising|increas\w*|grew|grow\w*|climb\w*|jump\w*|rais\w*|boost\w*|"
    r"soar\w*|surg\w*|gain\w*|added|adds?|hik\w*|up|higher|advanc\w*|rall(?:y|ies|ied)|"
    r"growth|expan\w*"
)
_DOWN = (
    r"fell|falls?|falling|decreas\w*|drop\w*|cuts?|cutting|reduc\w*|lower\w*|slash\w*|"
    r"plung\w*|slump\w*|tumbl\w*|declin\w*|sank|sink\w*|slid\w*|slipp?\w*|dipp?\w*|shed|"
    r"los[te]s?|losing|loss|trimm?\w*|down|retreat\w*|eased|shrank|shrunk|shrink\w*"
)
_WORD = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)
# "closed 2.1% lower", "ended the day 3 per cent higher" (not "higher than");
# a change of a share named by the noun right after it (session 32): "a 4.5%
# rise", "a 12 per cent drop", "a 2% pay rise" (only after a percentage: "a
# 30-foot fall" is a height, "a $2bn loss" an account)
_UP_NOUN = r"rise|increase|jump|gain|climb|hike|surge|boost|growth|uptick"
_DOWN_NOUN = r"drop|fall|decline|decrease|cut|reduction|dip|slump|slide|plunge"
AFTER = re.compile(
    r"(?:[ \u00a0]+(?P<word>higher|lower)\b(?![ \u00a0]+than\b)"
    r"|(?:(?<=%)|(?<=cent)|(?<=pc)|(?<=point)|(?<=points))[ \u00a0-]+"
    r"(?:(?:pay|price|rate|year-on-year|annual)[ \u00a0]+)?"
    rf"(?:(?P<up>{_UP_NOUN})|(?P<down>{_DOWN_NOUN}))\b)",
    re.IGNORECASE,
)
_REACH = 40  # characters before the value a change's word stands within


def direction_of(text: str, start: int, end: int, lo: int) -> tuple[str, str]:
    """("up" or "down", the word that says so) for the amount of a change at
    ``text[start:end]`` (``lo``: its clause's start), or () when no word says."""
    after = AFTER.match(text, end)
    if after is not None:
        word = after.group("word") or after.group("up") or after.group("down")
        return ("up" if word.lower() == "higher" or after.group("up") else "down", word)
    found = list(_WORD.finditer(text, max(lo, start - _REACH), start))
    if not found:
        return ()
    last = found[-1]
    return ("up" if last.group("up") else "down", last.group())


# The period a change is over, when longer than the day of the news: "this
# year", "so far this year", "year to date", "over the week", "in the first
# half", "since January", "in 2023", "on the year", "for the quarter". A day
# ("on Monday", "today", "at the close") is the news day most changes are of.
_UNIT = r"(?:year|quarter|month|week|half|decade|fortnight|period)"
_PERIOD = re.compile(
    rf"\b(?:(?:so\s+far\s+)?this\s+{_UNIT}|(?:in|over|during|for)\s+the\s+"
    rf"(?:past\s+|last\s+|previous\s+|latest\s+|first\s+|second\s+|third\s+|fourth\s+)?"
    rf"(?:\w+\s+)?{_UNIT}s?|last\s+{_UNIT}|on\s+the\s+{_UNIT}|"
    r"year[\s-]+to[\s-]+date|since\s+\w+|in\s+(?:19|20)\d\d|"
    r"(?:in|over|for)\s+(?:the\s+)?(?:past|last)?\s*\w+\s+(?:days|weeks|months|years|sessions))",
    re.IGNORECASE,
)


def change_period(text: str, start: int, end: int) -> str:
    """The period longer than a day the change at ``text[start:end]`` is
    over, as written (lower case, spaces folded), or "" when its clause
    names none."""
    lo, hi = clause_bounds(text, start, end)
    found = [m.group() for m in _PERIOD.finditer(text, lo, hi)]
    return " ".join(found[-1].lower().split()) if found else ""
