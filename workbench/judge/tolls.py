"""A count of people told by the noun of what befell them ("16 deaths",
"three arrests", "40 injuries") against a count of people whose clause names
that happening ("Fourteen people died", "two men were arrested"): one count
in other words. The quantity family keeps apart figures naming different
nouns ("deaths" / "people"), so a toll written both ways was never compared
(authored ferry D1: "confirmed 16 deaths" vs "Fourteen people died").

Only a general word for people meets the happening's noun: "three children
died" is a part of the dead, not a rival toll. The COMPARE row is
like.TOLD_BY_NOUN."""

from __future__ import annotations

from ..model import Comparison, Fact
from .family_helpers import QUANTITY_KINDS, compare_as_one_count, counted_key

# The noun of a happening (canonical counted key) and the happening the
# clause of the other figure must name (facts/measure: Measure.event).
_NOUN_OF = {"death": "killed", "injury": "injured", "arrest": "arrested"}
# General words for people: not a part of them (children, crew, officers).
_PEOPLE = frozenset(
    ["person", "civilian", "resident", "inhabitant", "citizen", "villager", "individual"]
)


def told_by_noun(x: Fact, y: Fact, events: tuple[str, str], ln: str, rn: str) -> Comparison | None:
    """The two compared as one count when one names the happening by its
    noun, the other counts people, and both clauses name that happening."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return None
    ea, eb = events
    if not ea or ea != eb:
        return None
    ka, kb = counted_key(x), counted_key(y)
    pair = {ka, kb}
    nouns = [k for k in pair if _NOUN_OF.get(k) == ea]
    if len(pair) != 2 or len(nouns) != 1 or not (pair - set(nouns)) <= _PEOPLE:
        return None
    return compare_as_one_count(x, y, ln, rn)
