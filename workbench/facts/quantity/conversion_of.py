"""A bare "$" that converts a sum its sentence writes in another dollar is the
US dollar as written (session 39, issue 11).

"The HK$330 million ($42.4 million) renovation", "a relief fund of 300 million
Hong Kong dollars, about $38.5 million", "C$1,500 ($1,100)", "$42 million
(HK$330 million)": the bare "$" gives the sum in US dollars beside the local one,
whatever the story's home (a dollar is not converted into itself). A "$" beside
a sum in pounds or euros, "£1,800 (about $3,300)", is read like any other bare
"$": a Canadian paper converts into its own dollar. :mod:`.local_dollars` reads
every other bare "$" by its article's and its story's home.
"""

from __future__ import annotations

import re

from .mention import QuantityMention

# between a sum and its conversion: "(", ", ", ", or ", " — " and a hedge the
# conversion's own words may not hold
_AFTER = re.compile(
    r"\s*(?:\(|,|—|–|-)?\s*(?:or\s+)?(?:about|roughly|around|approximately|some|nearly"
    r"|almost|equivalent to|worth)?\s*"
)
_OTHER_DOLLARS = frozenset({"AUD", "CAD", "NZD", "HKD", "SGD"})
_BEFORE_PAREN = re.compile(r"\s*\(\s*(?:about|roughly|around|approximately|some)?\s*")


def converts(text: str, m: QuantityMention, ms: list[QuantityMention]) -> bool:
    """Whether ``m`` (a bare "$") stands right beside a sum of its sentence in
    another dollar as that sum's conversion."""
    for k in ms:
        if k is m or k.kind != "money" or k.unit is None or k.si_unit not in _OTHER_DOLLARS:
            continue
        if k.end <= m.start and _AFTER.fullmatch(text[k.end : m.start]):
            return True
        if m.end <= k.start and _BEFORE_PAREN.fullmatch(text[m.end : k.start]):
            return True
    return False
