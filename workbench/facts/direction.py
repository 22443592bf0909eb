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
# "closed 2.1% lower", "ended the day 3 per cent higher" (not "higher than")
AFTER = re.compile(
    r"[ \u00a0]+(?P<word>higher|lower)\b(?![ \u00a0]+than\b)", re.IGNORECASE
)  # fmt: skip
_REACH = 40  # characters before the value a change's word stands within


def direction_of(text: str, start: int, end: int, lo: int) -> tuple[str, str]:
    """("up" or "down", the word that says so) for the amount of a change at
    ``text[start:end]`` (``lo``: its clause's start), or () when no word says."""
    after = AFTER.match(text, end)
    if after is not None:
        word = after.group("word")
        return ("up" if word.lower() == "higher" else "down", word)
    found = list(_WORD.finditer(text, max(lo, start - _REACH), start))
    if not found:
        return ()
    last = found[-1]
    return ("up" if last.group("up") else "down", last.group())
