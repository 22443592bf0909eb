"""Which place the articles of an analysis put inside which, without a gazetteer
(issue 11, session 21, class G of the test half: "of South Ozone Park" and "of
Queens", "of College Point" and "of Queens" called two towns for one woman,
though both are parts of Queens). Read by judge/residence.py.

Learned from every article of the analysis, in the shapes news writes a
place inside another:

- after a comma: "College Point, Queens", "Salford, Greater Manchester"
  (residence.py reads it);
- a possessive: "Queens' South Ozone Park", "Berlin's Neukölln";
- a kind of place: "the Bushwick neighborhood of Brooklyn", "the Neukölln
  district in Berlin", "a Brooklyn neighborhood, Bushwick", "Bushwick, a
  neighborhood in Brooklyn", "Salford, a city in Greater Manchester";
- "in" twice: "lived in Neukölln in Berlin", "of College Point in Queens".

And one weaker sign that a place is an area holding others: one street the
articles place in two places ("117th Street in Queens", "117th Street in
Richmond Hill"): the two overlap, so neither can be told a different town
from the other's neighbours; a home there against another place is left for
an editor (unresolved), never called two towns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["inside_pairs", "sharing_a_street"]

_U = r"[A-ZÀ-ÖØ-Þ]"
_L = r"[a-zß-öø-ÿ]"
# words that follow a place without being part of it: "in Queens Friday"
_NOT_NAME = (
    r"(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|June|July|August|September|October|November|December)\b"
)
_WORD = rf"(?!{_NOT_NAME}){_U}{_L}+"
_PLACE = rf"(?:St\.|Saint|Ft\.|Fort|Mt\.|Mount|{_WORD})(?:[ -]{_WORD}){{0,2}}"
# kinds of place that are a part of a larger one
_PART = r"(?:neighbou?rhood|section|suburb|area|quarter|village|hamlet|community|enclave)"
_WHOLE = r"(?:district|borough|town|city|municipality)"
_KIND = rf"(?:{_PART}|{_WHOLE})"
_S = r"[ \u00a0]+"
# (inner, outer): each pattern names its groups
_INSIDE = (
    # "Queens' South Ozone Park", "Berlin's Neukölln"
    re.compile(rf"(?P<outer>{_PLACE})(?:['’]s|s['’]|['’])(?<!s['’]s){_S}(?P<inner>{_PLACE})"),
    # "the Bushwick neighborhood of Brooklyn", "the Neukölln district in Berlin"
    re.compile(
        rf"\b[Tt]he{_S}(?P<inner>{_PLACE}){_S}(?:{_PART}{_S}(?:of|in)|{_KIND}{_S}in){_S}"
        rf"(?:the{_S})?(?P<outer>{_PLACE})"
    ),
    # "a Brooklyn neighborhood, Bushwick", "the Berlin district of Neukölln"
    re.compile(
        rf"\b(?:[Aa]n?|[Tt]he){_S}(?P<outer>{_PLACE}){_S}(?:{_KIND},{_S}|{_WHOLE}{_S}of{_S})"
        rf"(?P<inner>{_PLACE})"
    ),
    # "Bushwick, a neighborhood in Brooklyn", "Salford, a city in Greater Manchester"
    re.compile(
        rf"(?P<inner>{_PLACE}),{_S}an?{_S}(?:[a-z]+{_S})?{_KIND}{_S}(?:of|in){_S}"
        rf"(?:the{_S})?(?P<outer>{_PLACE})"
    ),
    # "lived in Neukölln in Berlin", "of College Point in Queens"
    re.compile(rf"\b(?:in|of|from){_S}(?P<inner>{_PLACE}){_S}in{_S}(?P<outer>{_PLACE})"),
)
# "117th Street in Richmond Hill", "Main Street in Salford"
_STREET_IN = re.compile(
    rf"\b(?P<street>(?:\d+(?:st|nd|rd|th)|{_U}{_L}+){_S}(?:Street|St\.|Avenue|Ave\.|Road|"
    rf"Rd\.|Boulevard|Blvd\.|Lane|Drive|Way)){_S}in{_S}(?P<place>{_PLACE})"
)


def _norm(place: str) -> str:
    place = place.lower().replace("st.", "saint").replace("ft.", "fort").replace("mt.", "mount")
    return re.sub(r"[.\s]+", " ", place).strip()


def inside_pairs(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(inner, outer) places, normalised, that the texts put one inside the other."""
    out = set()
    for text in texts:
        for pattern in _INSIDE:
            for m in pattern.finditer(text):
                inner, outer = _norm(m.group("inner")), _norm(m.group("outer"))
                if inner != outer:
                    out.add((inner, outer))
    return out


def sharing_a_street(texts: Iterable[str]) -> set[str]:
    """Places, normalised, that the texts put one street in along with another
    place ("117th Street in Queens" / "117th Street in Richmond Hill")."""
    places: dict[str, set[str]] = {}
    for text in texts:
        for m in _STREET_IN.finditer(text):
            places.setdefault(_norm(m.group("street")), set()).add(_norm(m.group("place")))
    return {p for ps in places.values() if len(ps) > 1 for p in ps}
