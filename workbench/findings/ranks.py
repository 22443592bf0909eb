"""Two ranks or records counted over different scopes are two claims.

"Cheeks is the fifth NBA head coach fired this season" and "Cheeks marks the
third Eastern Conference head coach to get fired this season" rank one firing
among the league's and among the conference's; "He is still the franchise's
all-time leader in steals" and "He retired as the league's all-time leader in
steals" are two records (reader G10 called both groups impure). The aligner
scores the shared words and figures high.

A rank is an ordinal ("fifth", "21st", "fourth-highest") or a record word
("all-time", "record", "most", "best") and its scope a word of a scope's class
beside it: a possessive before it ("the league's all-time leader"), a word
between the ordinal and its noun ("the third Eastern Conference coach"), or "in
... history" after it ("most points in franchise history"). Two sentences each
ranking over scopes of some class, no class in common, never share a group. A
team's or a city's own name is no scope here ("Philadelphia's 21st head coach"
and "the franchise's 21st coach" rank alike): only the classes' words count.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the scope classes a rank is counted over
SCOPES: dict[str, tuple[str, ...]] = {
    "team": ("franchise", "team", "club", "school", "program"),
    "conference": ("conference", "division"),
    "league": ("league", "nba", "nfl", "mlb", "nhl", "wnba", "mls"),
    "country": ("national", "nation", "country"),
    "world": ("world", "global"),
}
_CLASS = {w: name for name, words in SCOPES.items() for w in words}
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:-(?:highest|lowest|most|best|largest|longest))?"
)
_RECORD = r"all-time|record|most|best|highest|largest|longest"
_SCOPE = "|".join(sorted(_CLASS, key=len, reverse=True))
# after an ordinal a team's word is what is ranked ("the 10th team in NBA history")
_BEYOND = "|".join(sorted((w for w in _CLASS if _CLASS[w] != "team"), key=len, reverse=True))
_RANKED = (
    # "the league's all-time leader", "the franchise's 21st coach"
    re.compile(
        rf"\b({_SCOPE})(?:'s|’s|s'|s’)\s+(?:\w+\s+){{0,2}}?(?:{_ORDINAL}|{_RECORD})\b", re.I
    ),
    # "the third Eastern Conference head coach", "the fifth NBA coach"
    # (no article or "time" between: "the first time the world champion lost")
    re.compile(
        rf"\b{_ORDINAL}\s+(?:(?!(?:the|a|an|time|of|in)\b)[\w-]+\s+){{0,2}}?({_BEYOND})\b", re.I
    ),
    # "the most points in franchise history"
    re.compile(rf"\b(?:{_ORDINAL}|{_RECORD})\b[^,;.]{{0,40}}?\bin\s+({_SCOPE})\s+history\b", re.I),
)


# a sentence with no scope word ranks over no scope: most sentences, one search
_ANY_SCOPE = re.compile(rf"\b(?:{_SCOPE})", re.I)


@lru_cache(maxsize=1 << 14)
def scopes(text: str) -> frozenset[str]:
    """The scope classes a sentence ranks something over."""
    if _ANY_SCOPE.search(text) is None:
        return frozenset()
    return frozenset(
        _CLASS[m.group(1).lower()]
        for n, rx in enumerate(_RANKED)
        for m in rx.finditer(text)
        # a possessive capitalised as a name is a team's ("the Nationals' best chance")
        if n or not m.group(1).istitle()
    )


def other_scopes(a: str, b: str) -> bool:
    """Do two sentences rank over different scopes (each some, none in common)?"""
    sa, sb = scopes(a), scopes(b)
    return bool(sa) and bool(sb) and not sa & sb
