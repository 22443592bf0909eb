"""A quotation printed one sentence to a line that runs over more paragraphs
than a stray mark may, read whole when its own marks are credited.

Copy split one sentence to a line (wire feeds, the ECB+ texts) prints a
remark of eight or ten sentences as that many paragraphs, only the first
opened and the last closed ("'I've done it. / Trust me. / … / I don't need
to do anything anymore,' she told the magazine."; "… she was a 'social
drinker' …: / “No. / I've done it. / … / I don't need to do anything
anymore.”"). Read up to :data:`.runs.MAX_BARE_PARAGRAPHS` paragraphs only,
the remark was no quotation at all and the words another source quotes were
never compared. A mark left open over prose is a slip, not a quotation: past
that limit a run is read only when the speaker is credited at one of its
marks — the words after the closing mark are an attribution (", she told the
magazine"), or a colon introduces the opening mark ("Reid told People …:").
"""

from __future__ import annotations

import re

from .mention import OPEN, STRAIGHT
from .speakers import SPEECH_VERBS

# Mark-less paragraphs a credited quotation may run through.
MAX_CREDITED_PARAGRAPHS = 12

# after the closing mark: ", she told the magazine.", " said Ortiz", "— Ortiz said"
_CREDIT_AFTER = re.compile(rf"^[,.]?[ \u00a0]*[^\"“”‘’'\n.!?]{{0,60}}?\b(?:{SPEECH_VERBS})\b")


def credited_run(text: str, pars: list[tuple[int, int]], at: tuple[int, int, int, int]) -> bool:
    """The quotation opened at offset ``opened`` in paragraph ``i`` and closed
    at offset ``closed`` (the closing mark) in paragraph ``j`` — ``at`` =
    (i, opened, j, closed) — has its speaker credited at one of its marks."""
    i, opened, j, closed = at
    if any(ch in OPEN + STRAIGHT for ch in text[pars[j][0] : closed]):
        return False  # the paragraph opens a quotation of its own: its credit is that one's
    if _CREDIT_AFTER.match(text[closed + 1 : pars[j][1]]):
        return True
    before = text[pars[i][0] : opened].rstrip()
    if not before and i > 0:
        before = text[pars[i - 1][0] : pars[i - 1][1]].rstrip()
    return before.endswith(":")
