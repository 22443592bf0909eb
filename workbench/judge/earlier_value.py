"""A figure a sentence tells as the earlier value of a change, and the day it
held (issue 11, session 40): "27 people had now died, up from 19 on
Thursday"; "the count stood at 640, down from 702 on Monday"; "rose to 41
from 33 a day earlier".

Such a figure is another briefing's figure quoted back, not this sentence's
own statement: that an earlier report gave it too does not make the two
sentences one statement dated twice (judge/running.two_stamps), and its day is
the moment that earlier figure held, never a day of the happening
(running.stamp_against_a_day). Found on the opened heatwave event: a Thursday
'the ministry said this morning' (19 dead) against 'said on Saturday that 27
… up from 19 on Thursday' was called two days of one happening (readers:
different events, successive announcements).
"""

from __future__ import annotations

import re
from functools import lru_cache

_S = r"[ \u00a0]+"
_NUM = r"\d[\d,.]*(?:" + _S + r"(?:million|billion|thousand))?%?"
# "up from 19", "down from 702", "rose to 41 from 33", "compared with 9"
_EARLIER = re.compile(
    r"(?i:\b(?:(?:up|down)" + _S + r"from|(?<=\d)" + _S + r"from|compared" + _S + r"with"
    r"|from" + _S + r"(?:a|an)" + _S + r"(?:earlier|previous)" + _S + r"(?:figure|count|"
    r"tally|toll)" + _S + r"of)" + _S + r"(?:about" + _S + r"|around" + _S + r"|some" + _S
    + r")?(" + _NUM + r"))"
)  # fmt: skip
# the day right after such a figure: "up from 19 on Thursday", "from 12 the day before"
_DAY_AFTER = re.compile(
    r"(?i:(?:" + _S + r"\w+){0,2}?" + _S + r"(?:on" + _S + r"|by" + _S + r"|as" + _S + r"of" + _S
    + r")?(?:(?:early|late)" + _S + r")?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|yesterday|last" + _S + r"night|(?:a|the)" + _S + r"day" + _S + r"(?:earlier|before)"
    r")\b)"
)  # fmt: skip


@lru_cache(maxsize=1 << 12)
def earlier_values(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the figures ``sentence`` tells as the earlier value of a change."""
    return tuple(m.span(1) for m in _EARLIER.finditer(sentence))


def is_earlier_value(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is told as an earlier value."""
    return any(s < end and start < e for s, e in earlier_values(sentence))


def dates_an_earlier_value(sentence: str, start: int, end: int) -> bool:
    """Whether the day at ``sentence[start:end]`` comes right after a figure told
    as an earlier value ("up from 19 on Thursday"): the moment that figure held."""
    for _, e in earlier_values(sentence):
        m = _DAY_AFTER.match(sentence, e)
        if m and e <= start < m.end() + 1 and end <= m.end() + 1:
            return True
    return False
