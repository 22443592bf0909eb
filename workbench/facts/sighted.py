"""The moment a witness saw someone, not the moment of the happening nor of the
call to the police (issue 11, session 42, user trial 49: a neighbour's 3am
sighting of the suspect against the police "called" at 8.39am, ECB+ 32_ecbplus,
read as two times of one happening).

A story of a crime tells the acts of other people on its night: a neighbour who
"saw the suspect in the street at 3am", a witness who "spotted a man running
from the house shortly after midnight", someone who "last saw her at 10pm". The
DATED lexicon reads no stage there, so the time was held against the time of the
deed, or of the call the police took, told in another report.

:func:`sighting_stage` gives :data:`SIGHTED` to a time whose clause, before it,
has a verb of seeing with a person as its object ("seeing the suspect", "saw
him", "spotted a man", "last saw her"), a few words before the time at most,
where the DATED lexicon read nothing. A sighting's time compares with another
sighting's only (``stamped.kept_alone``). A witness who saw the happening itself
("saw the plane come down at 3.15pm") names no person: still the happening's.

Why it holds on events not seen: the verbs and the people seen are how any
report tells what a witness saw, whatever the crime, place or outlet.
"""

from __future__ import annotations

import re

from .whose import clause_bounds

SIGHTED = "seen by a witness"

_S = r"[ \u00a0]+"
_SEEN = re.compile(
    r"\b(?:saw|seen|seeing|sees|sighted|spotted|spotting)" + _S + r"(?:(?:the|a|an)" + _S
    + r"(?:[\w-]+" + _S + r")?(?:suspects?|gunm[ae]n|m[ae]n|wom[ae]n|boy|girl|driver|"
    + r"attackers?|killer|victims?|couple|pair|figure|teenagers?|youths?)|him|her|them)\b"
    + r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b)[\w.'’-]+){0,7}?" + _S
    + r"(?:(?:at|around|about|shortly|just|after|before|on|in)" + _S + r")*$",
    re.IGNORECASE,
)  # fmt: skip


def sighting_stage(text: str, start: int, end: int, read: str = "") -> str:
    """:data:`SIGHTED` when the time at ``text[start:end]`` (text: its sentence)
    dates a witness seeing someone, where the DATED lexicon ``read`` nothing;
    "" otherwise."""
    if read:
        return ""
    lo, _ = clause_bounds(text, start, end)
    return SIGHTED if _SEEN.search(text, lo, start) else ""
