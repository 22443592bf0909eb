"""A range of two weekdays whose end lies ahead starts in the days before that end.

Read alone, a bare weekday is the latest one before publication, and the end of
"closed until Sunday" is ahead unless the verb is past (:mod:`.rel`). Put in
order, the end of a range used to follow its start: in a Wednesday piece
"polls are open from Thursday until Sunday" read Thursday as the one gone
(eight days back) and moved Sunday after it, into the past, where the reader
sees the coming Thursday to Sunday. When the end, read alone, lies after the
publication day and the start before it, the start is the last such weekday on
or before the end instead (:func:`.ranges.ordered_ends`). A verb read as past
keeps both ends behind ("the road was closed from Thursday until Sunday",
"fighting raged from Monday until Wednesday", whose "raged" is too weak a past
for "until" alone to keep the end behind). (Session 39: a weekday after "until", from
held-out readers' notes.)
"""

from __future__ import annotations

import re

from ..lexicon import WEEKDAY_ALT
from .mention import TimeMention

_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_ALT})\b", re.IGNORECASE)


def _weekday(m: TimeMention) -> bool:
    return (
        m.granularity == "day"
        and m.interval is not None
        and bool(_WEEKDAY.search(m.text))
        and not re.search(r"\d", m.text)
    )


def end_ahead(start: TimeMention, end: TimeMention) -> bool:
    """Two weekdays of one range: the end read ahead of publication, the start behind."""
    pub = start.published or end.published
    if pub is None or not (_weekday(start) and _weekday(end)):
        return False
    if "past" in (start.tense, end.tense):
        return False  # "fighting raged from Monday until Wednesday": the end read ahead is wrong
    return start.interval[0].date() < pub < end.interval[0].date()
