"""What an explanation names as a figure's owner (trial 33).

"Millions of people across the Middle East and Asia have lost access to the
internet after two undersea cables … suffered severe damage" reads Asia as
the owner of the two cables (a name before "have" is its clause's subject,
``facts.whose.owner_of``), and the explanation said "what each measures:
ECB+ 30_10ecb: of Asia" — a bare fragment that made an editor distrust the
rest of the line. An owner its sentence names as a place ("across the Middle
East and Asia", "in Egypt") is where something happened, not whose the figure
is: the label leaves it out, and a conflict's side whose clause then says
nothing is shown by the words around its value, as any other. What the judge
compares is unchanged: the owner still keeps two figures apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..facts.measure import Measure

_S = r"[ \u00a0]+"
# a preposition of place, then capitalised names joined by "and", commas and "the"
_PLACE_PHRASE = re.compile(
    r"\b(?:across|in|throughout|around|between|within|inside|to)" + _S + r"(?:the" + _S + r")?"
    r"((?:[A-Z][\w'’.-]*(?:,?" + _S + r"(?:and" + _S + r")?(?:the" + _S + r")?|,"
    + _S + r"))*[A-Z][\w'’.-]*)"
)  # fmt: skip
_WORD = re.compile(r"[\w'’.-]+")


def places_named(text: str) -> frozenset[str]:
    """The lower-case words of every place phrase of ``text``."""
    return frozenset(
        w.lower() for m in _PLACE_PHRASE.finditer(text) for w in _WORD.findall(m.group(1))
    )


def as_labelled(text: str, m: Measure) -> Measure:
    """The measure an explanation names: without an owner ``text`` names as a place."""
    if m.owner and all(w in places_named(text) for w in m.owner):
        return replace(m, owner=(), listed=False)
    return m
