"""Two values each told right after the same numbered label (session 35,
eng107; authored development tower_fire D5 "upgraded to a No. 4 alarm at
4.47pm" / "a No 4 alarm at 3.47pm").

How much the words around two differing values agree decides whether they
are compared (``conflict_context``) and which partner a value takes
(assign.py). Those words leave numbers out — they are what differs — so
"No 4 alarm at" and "No 3 alarm at" read alike, and the label that tells
which alarm a time is of is lost: the time took no partner, the real
difference was never compared. Here the few words right before a value,
numbers kept, are read as its label: two values after one label that holds
a number and a word ("No 4 alarm at", "Platform 2 at", "Gate 14 from")
measure one numbered thing, and their words agree in full.
"""

from __future__ import annotations

import re

from ..facts.bars import one_margin
from ..model import Claim, Fact

# the label: the last three words or numbers right before a value, in its
# clause, the little words that join a list left out ("on Line 2 at" / "and Line 2 at")
_WORD = re.compile(r"[A-Za-z]+|\d+[A-Za-z]?")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]")
_LABEL_WORDS = 3
_JOINING = frozenset({"a", "an", "the", "and", "or", "to", "on", "of", "its", "was", "were", "is"})
_ABBREVIATIONS = {"number": "no", "nr": "no"}


def label(claim: Claim, f: Fact) -> tuple[str, ...]:
    """The words and numbers right before a value in its clause, normalised
    ("upgraded to a No. 4 alarm at" -> ("4", "alarm", "at"))."""
    before = claim.text[: max(0, f.start - claim.start)]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = [_ABBREVIATIONS.get(w, w) for w in map(str.lower, _WORD.findall(before[cut:]))]
    return tuple(w for w in words if w not in _JOINING)[-_LABEL_WORDS:]


def numbered_alike(ca: Claim, x: Fact, cb: Claim, y: Fact) -> bool:
    """Whether two values follow one numbered label: the same words and numbers
    right before both, a number among them and a word of three letters or more
    ("alarm", "platform", "gate"); or both are one margin against one bar,
    however worded ("nine more than the 76 needed to govern" / "seven to spare
    over the 76 needed": facts/bars.one_margin, session 36)."""
    if one_margin(ca.text, _span(ca, x), cb.text, _span(cb, y)):
        return True
    la, lb = label(ca, x), label(cb, y)
    if len(la) < 3 or la != lb:
        return False
    return any(w.isdigit() for w in la) and any(w.isalpha() and len(w) >= 3 for w in la)


def _span(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start
