"""A count's moment told by the sentence after it (issue 11, session 36).

"At least 27 people were killed and 140 injured …, police and health officials
said on Sunday. The toll, given as of Sunday morning, rose from 19 bodies
counted by late Saturday": the second sentence says when the first sentence's
figures held, finer than the day they were announced. Held against "152
others treated for injuries" last night, the two are Sunday morning's and
Sunday night's counts, an update (authored stadium_crush: 140 / 152 and
114 / 152 injured judged false conflicts, "use the as-of times").

Only a sentence that opens by naming the figures as a whole — "The toll",
"The figures", "Those numbers", "The count" — and gives them a time after
"given / issued / released / correct … as of / at": the moment of every
running figure of the sentence right before it. A finer moment within the
figure's own stamp replaces it; a figure with no stamp of its own is left to
its report's moment (moments.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts.time.family import TIME
from ..sentences import split_sentences
from .clock_stamps import clock_stamp

_S = r"[ \u00a0]+"
_RESTAMP = re.compile(
    r"(?i:[ \u00a0]*(?:the|those|these|that|this|its|their)" + _S
    + r"(?:(?:death|injury|casualty|latest|official)" + _S + r")?"
    + r"(?:tolls?|figures?|counts?|tally|tallies|numbers?)[ \u00a0]*,?" + _S
    + r"(?:(?:were|was|are|is)" + _S + r")?"
    + r"(?:given|issued|released|published|updated|correct|accurate|compiled|current)" + _S
    + r"(?:as" + _S + r"of|at|on|by)" + _S + r")"
)  # fmt: skip

Stamp = tuple


@lru_cache(maxsize=1 << 10)
def _next_sentence_stamp(sentence: str, story: str, published: date | None) -> Stamp | None:
    at = story.find(sentence) if sentence else -1
    if at < 0:
        return None
    rest = story[at + len(sentence) :]
    spans = split_sentences(rest)
    if not spans:
        return None
    s, e = spans[0]
    if rest[:s].count("\n") > 2:
        return None  # far below it
    following = rest[s:e]
    m = _RESTAMP.match(following)
    if m is None:
        return None
    for t in TIME.find(following, published):
        if t.start < m.end() - 1 or t.start > m.end() + 1:
            continue
        if t.interval is not None:
            return (t.interval[0], t.interval[1], t.text)
        if published is not None and getattr(t, "clock", None):
            return clock_stamp(t, published)
    return None


def in_story(own: tuple, sentence: str, story: str, published: date | None) -> tuple:
    """A figure's stamps (running.stamps) made finer by the sentence after it."""
    if not story:
        return own
    found = _next_sentence_stamp(sentence, story, published)
    if found is None:
        return own
    if any(o[0] <= found[0] and found[1] <= o[1] for o in own):
        return (found,)
    return own
