"""A figure told of several owners together (issue 11, session 39; user trial
45, P4): "all the seven-year offers were in the $140 million to $160 million
range", "bids ranged from $2 billion to $2.6 billion", "estimates from both
banks put the cost at €3bn to €4bn".

Such a range spans every owner's figure; one owner's figure inside it ("the
Orioles offered $140 million to $150 million") is one of them, not a
different report of one figure (the trial's reader: "10_5 is about all the
seven-year offers together … and still says conflict").

``spread_of_several`` reads it from the figure's own clause: a quantifier of
several before a plural noun of figures ("all the offers", "both bids",
"each of the proposals", "most estimates"), or such a noun that "ranged".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_NOUNS = r"(?:offers|bids|proposals|estimates|forecasts|contracts|deals|packages|valuations)"
_SEVERAL = re.compile(
    rf"\b(?i:(?:all|both|each|every|several|most|many)(?:{_S}of)?(?:{_S}(?:the|their|its))?"
    rf"(?:{_S}[\w-]+){{0,2}}?{_S}{_NOUNS}|{_NOUNS}(?:{_S}[\w-]+){{0,3}}?{_S}rang(?:ed|ing|e))\b"
)


@lru_cache(maxsize=1 << 14)
def spread_of_several(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is told of several owners'
    figures together, read from its own clause."""
    lo, hi = clause_bounds(text, start, end)
    return bool(_SEVERAL.search(text, lo, hi))
