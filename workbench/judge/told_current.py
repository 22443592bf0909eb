"""A figure its sentence tells as the count as it stands (issue 11, sessions 42-43).

"The latest figures show 48 injured", "so far", "to date" (session 42) say it of
the words around a figure. Session 43 adds the verbs that put a count at its
level right before the figure, with no time of their own: "the death toll
stands at 27", "has risen to 31", "climbed to 58", "rose to 23", "is now 19",
"there are now 380 confirmed cases", "has reached 96". Such a figure is the
count its report gives as it stood when it was written (running.published_moment);
a figure its clause stamps ('rose to 23 on Tuesday') keeps its stamp
(dated_counts._moment reads stamps first). Held-out readers of session 42 judged
an old toll told as current in a later report a missed conflict ("the death toll
stands at 27" a day after "has risen to 31"), and the rising tolls of reports of
different days false conflicts: both need the figure's moment.
"""

from __future__ import annotations

import re

from ..model import Fact
from .grows import at_in

_S = r"[ \u00a0]+"
# words that say a figure is the count as it stands when the report was written
_CURRENT = re.compile(
    r"(?i)\b(?:latest" + _S + r"(?:(?:official|available|government|police|ministry)" + _S
    + r")?(?:figures?|count|tally|toll|numbers|update|estimates?|data)"
    + r"|so" + _S + r"far|to" + _S + r"date|at" + _S + r"(?:the" + _S + r")?last" + _S
    + r"count|(?:has|have)" + _S + r"now" + _S
    + r"(?:risen|climbed|reached|grown|increased|jumped|been)|now" + _S + r"stands?" + _S
    + r"at|currently|as" + _S + r"it" + _S + r"stands)\b"
)  # fmt: skip
# a verb that puts the count at its level right before the figure: "stands at 27",
# "has risen to 31", "climbed to 58", "is now 19", "there are now 380", "has reached 96"
_LEVEL_BEFORE = re.compile(
    r"(?i:\b(?:(?:(?:has|have|had)" + _S + r"(?:now" + _S + r")?)?"
    + r"(?:risen|rose|climbed|jumped|increased|grown|grew|gone" + _S + r"up|went" + _S + r"up)"
    + _S + r"to|(?:has|have|had)" + _S + r"(?:now" + _S + r")?(?:reached|hit|topped)"
    + r"|(?:now" + _S + r")?stands?" + _S + r"at|(?:is|are)" + _S + r"now(?:" + _S + r"at)?"
    + r"|now" + _S + r"(?:at|totals?|numbers?))"
    + _S + r"(?:(?:at" + _S + r"least|about|around|nearly|almost|more" + _S + r"than|over)"
    + _S + r")?)$"
)  # fmt: skip


def current(f: Fact, sentence: str) -> bool:
    """The figure's part of its sentence (between semicolons) says it is the
    count as it stands ('the latest figures show', 'so far'), or a verb right
    before it puts the count at that level ('stands at', 'has risen to')."""
    at = at_in(f, sentence)
    if at < 0:
        return False
    if _LEVEL_BEFORE.search(sentence, max(0, at - 40), at):
        return True
    lo = sentence.rfind(";", 0, at) + 1
    hi = sentence.find(";", at)
    return _CURRENT.search(sentence[lo : len(sentence) if hi < 0 else hi]) is not None
