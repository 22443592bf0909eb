"""An age told after a full name in apposition (issue 11, session 40): "Governor
Miroslav Dalen, the 63-year-old former finance ministry official", "Delia Marsh,
the union's 56-year-old general secretary", "Eirik Lund, the 71-year-old sheep
farmer". The apposition describes the named person, so the age is theirs, as
"Dalen, 61," is (judge/ages.age_of): authored rate_cut, transit_strike, volcano
and pharma_recall gave one person two ages this way and none was compared.

Only a full name (two capitalised words at least) right before ", the" (", a"), an
optional possessive ("the union's"), and a description in lower case after
"-old" ("the 34-year-old's mother" is someone else's). A title before the name
("Governor", "Mayor") is no first name: ``TITLES`` are dropped from its front."""

from __future__ import annotations

import re

__all__ = ["TITLES", "apposed_name"]

_NAME_THE = re.compile(
    r"\b((?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}[A-Z][\w'’-]+),[ \u00a0]+(?:the|an?)[ \u00a0]+"
    r"(?:[a-z][\w-]*['’]s?[ \u00a0]+)?$"
)
# after "-old": a description in lower case, not a possessive ("-old's mother")
_DESCRIBED = re.compile(
    r"-old[ \u00a0]+(?:former[ \u00a0]+|longtime[ \u00a0]+)?[a-z][\w-]*\b(?!['’])"
)

# Words of a post or a courtesy title written before a name ("Governor Miroslav
# Dalen", "Mayor Annika Sorel"): never the person's first name.
TITLES = frozenset(
    (
        *("governor", "mayor", "president", "minister", "premier", "chancellor", "senator"),
        *("commissioner", "secretary", "chief", "captain", "judge", "justice", "professor"),
        *("prof", "sir", "dame", "lord", "lady", "inspector", "sergeant", "detective"),
        *("constable", "superintendent", "general", "colonel", "major", "lieutenant"),
        *("admiral", "director", "chairman", "chairwoman", "chair", "coach", "bishop"),
        *("reverend", "rev", "father", "sister", "king", "queen", "prince", "princess"),
        *("councillor", "alderman", "ambassador", "deputy", "speaker", "officer"),
    )
)


def apposed_name(text: str, start: int, end: int) -> list[str]:
    """The words of the full name an "N-year-old" description at
    ``text[start:end]`` is set after ("Eirik Lund, the 71-year-old sheep
    farmer"), or [] when it is no such apposition."""
    if not _DESCRIBED.match(text, end):
        return []
    name = _NAME_THE.search(text, max(0, start - 80), start)
    return name.group(1).split() if name else []
