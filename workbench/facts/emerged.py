"""The day a story came out, told impersonally: "…, it emerged today", "it was
revealed on Wednesday that …", "it has emerged", "it became known on Friday"
(a thing that "came to light" on a day was found out then: stamped.FOUND).

Session 40 (issue 11, unresolved precision): the authored avalanche event's
"was among four people killed when an avalanche engulfed a busy piste, it
emerged today, as rescuers recovered the last two bodies" dates the day the
news came out, a day after the avalanche; held against the other reports'
"on Tuesday" it made four questions ("one day apart … check the dateline")
readers judged wrong: different events. The words are how any report dates
its own news rather than the happening; they name no event. Read by
``stamped.stamp_stage`` as the stage ``KNOWN``, compared with its own kind only.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
# the words right before the date, up to where it begins ("on", "late", "early")
_ON = r"(?:(?:on|at|in|early|late|only)" + _S + r")*"
_KNOWN_BEFORE = re.compile(
    r"(?:\bit(?:" + _S + r"(?:has|had))?" + _S + r"(?:emerged"
    + r"|(?:was|has" + _S + r"been|had" + _S + r"been)" + _S
    + r"(?:revealed|disclosed|learn(?:ed|t))"
    + r"|became" + _S + r"known))"
    + _S + _ON + r"$",
    re.IGNORECASE,
)  # fmt: skip


def made_known(head: str) -> bool:
    """The words before a date (``head``: its sentence up to the date) end in an
    impersonal telling of when the news came out: "it emerged", "it was
    revealed", "it became known"."""
    return bool(_KNOWN_BEFORE.search(head))
