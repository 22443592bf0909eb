"""A claim put in doubt is another claim than the claim stated.

"'Catching Fire' has a release date of 22 November 2013" states a date;
"Hit the jump for why Catching Fire might not make its November 22, 2013
release date" and "Lionsgate is facing an issue with the sequel's scheduled
November 22 release date" say the date is in doubt. The aligner scores the
words they share (the title, the date, "release date") and grouped the three;
reader G11 judged the group impure: the doubt is the news of the other two.

A sentence puts its claim in doubt when its main part (``passing.main_part``:
not a bracket, a side clause or a relative clause) says it might or may not
happen, may miss or slip, is in doubt or in jeopardy, or unlikely, or that
someone faces an issue or a problem with it. A threat ("threatened to kill
him") or a risk ("patients at risk of infection") is itself a happening told,
not a doubt. Two sentences
of which exactly one does so never share a group (``findings.apart``); two
that both doubt it may. "Could not" is what someone was unable to do ("police
could not say how many shots were fired"), not a doubt, and a doubt in a side
part ("The film opens Friday, though it may not reach every city") leaves the
main claim stated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .passing import main_part

_S = r"[\s\u00a0]+"
_DOUBT = re.compile(
    rf"\b(?:might|may)(?:{_S}well)?{_S}(?:not|never)\b"
    rf"|\b(?:might|may|could){_S}(?:miss|slip|be{_S}(?:delayed|postponed|pushed{_S}back|scrapped))\b"
    rf"|\bin{_S}(?:doubt|jeopardy)\b|\bjeopardi[sz]\w*"
    rf"|\bunlikely{_S}to\b|\bcast(?:s|ing)?{_S}doubts?\b"
    rf"|\bfac(?:e|es|ed|ing){_S}(?:an?{_S})?(?:\w+{_S})?(?:issue|problem|hurdle)s?{_S}with\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def doubted(text: str) -> bool:
    """Does the sentence's main part put its claim in doubt?"""
    return bool(_DOUBT.search(main_part(text)))


def doubt_apart(a: str, b: str) -> bool:
    """Does exactly one of two sentences put the claim in doubt?"""
    return doubted(a) != doubted(b)
