"""A bare four-digit year that the words around it date, beyond a preposition or a
determiner right before it (:func:`.dates.r_year`): "in both 1990 and 1991" (a
year the next year of a pair vouches for), "his unsuccessful 1996 campaign" (a
determiner with an adjective or two between), "predicting 1990 BellSouth
earnings" (a noun of a year's doings after it: earnings, budget, election).
Counted things ("the remaining 1990 troops") stay numbers: the count nouns are
checked before this, and quantity words between the determiner and the number
("the estimated 1500 ...", "another 2000 ...") refuse it.
"""

from __future__ import annotations

import re

from ..lexicon import YEAR_DIGITS, words

# nouns of what happens in, or is reported for, one year
_DATED_NOUNS = (
    r"earnings|results|sales|profits?|revenues?|income|budget|forecast|estimates|outlook"
    r"|target|figures|output|production|growth|deficit|surplus|spending|elections?|campaign"
    r"|race|primary|primaries|referendum|census|season|harvest|crop|tour|tournament"
    r"|championships?|final|Olympics|World\s+Cup|summit|war|invasion|coup|uprising|crisis"
    r"|crash|recession|merger|takeover|agreement|accord|treaty|law|ruling|report|survey"
    r"|study|edition|vintage|contract|visit|trip|bid|re-?election|inauguration|attack"
    r"|bombing|earthquake|flood|hurricane|storm"
)
_NEXT_NOUN = re.compile(
    rf"[ \u00a0]+(?:(?:[A-Z][\w&.-]*|[a-z]+-[a-z]+)[ \u00a0]+){{0,2}}(?:{_DATED_NOUNS})\b"
)
_PAIR_AFTER = re.compile(rf"\s*(?:,\s*)?(?:and|or|to|through|until|-|–)\s*(?:{YEAR_DIGITS})\b")
_DETERMINER_AND_WORDS = re.compile(
    r"\b(?:the|its|his|her|their|our|my|your|this|that|[A-Za-z]+['’]s)"
    r"((?:[ \u00a0]+[a-z][a-z-]+){1,2})[ \u00a0]+$",
)
_QUANTITY_WORDS = words(
    "remaining additional estimated other extra total nearly almost about some roughly "
    "approximately around over under more fewer least another further only just mere whole "
    "entire full first last next top bottom same combined average reported record"
)


def year_by_neighbours(text: str, start: int, end: int) -> bool:
    """Do the words around the bare number ``text[start:end]`` make it a year?"""
    if _PAIR_AFTER.match(text, end):
        return True  # "in both 1990 and 1991", "from 1990 to 1995"
    before = _DETERMINER_AND_WORDS.search(text, max(0, start - 60), start)
    if before and not set(before.group(1).lower().split()) & _QUANTITY_WORDS:
        return bool(re.match(r"[ \u00a0]+[A-Za-z]", text[end:]))  # a noun follows
    return bool(_NEXT_NOUN.match(text, end))
