"""The side a figure was made against is no owner of it (session 41, issue 11).

Game copy names both sides in one sentence: "The Lakers scored 102 points in
the win over Boston" / "Boston scored 95 points in the loss to the Lakers".
Each report names the other's owner, but as the opponent, after "over",
"against", "beat", "lost to": that names the side the figure was scored
against, never a second owner of it. ``judge.apart`` reads a sentence with
its opponents' names blanked when it asks whether the other report names a
figure's owner (``owners_differ``, ``bound_subjects_differ``), so two sides'
figures stay two facts. Candidates in an election ("beat Jones", "defeated the
incumbent Smith") and companies in a contest ("beat Globex to the contract")
read the same way. Two figures made against different sides, "17 points
against the Chiefs" / "31 points against the Broncos", are of two games
(``opponent_of``; ``judge.apart.opponents_differ``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
# The words before an opponent: a game's, a fight's or an election's.
_AGAINST = re.compile(
    rf"\b(?i:against|over|versus|vs\.?|beat|beats|beating|defeat(?:s|ed|ing)?|edg(?:e|es|ed|ing)"
    rf"|rout(?:s|ed|ing)?|down(?:s|ed)?|top(?:s|ped)?|outscor(?:e|es|ed|ing)|beaten"
    rf"|(?:loss|losses|lost|lose|loses|losing|fell|falls|falling){_S}to)"
    rf"(?:{_S}by)?{_S}(?:(?i:the){_S})?((?:[A-Z][\w.’'-]*{_S}){{0,3}}[A-Z][\w.’'-]*)"
)


@lru_cache(maxsize=1 << 12)
def without_opponents(text: str) -> str:
    """``text`` with the name of each side it tells a figure was made against
    blanked to spaces (offsets kept): "win over Boston" -> "win over       "."""
    spans = [m.span(1) for m in _AGAINST.finditer(text)]
    if not spans:
        return text
    out = list(text)
    for s, e in spans:
        out[s:e] = " " * (e - s)
    return "".join(out)


def opponent_of(text: str, start: int, end: int) -> tuple[str, ...]:
    """The side the figure at ``text[start:end]`` was made against, as its own
    clause names it ("10 yards on nine carries against Oakland" -> ("oakland",)),
    lower-case name words, or () when its clause names none or several."""
    lo, hi = clause_bounds(text, start, end)
    found = [m.group(1) for m in _AGAINST.finditer(text, lo, hi)]
    if len(found) != 1:
        return ()
    return tuple(w.lower().rstrip(".") for w in found[0].split())
