"""A person introduced with an apposition before the colon that opens their
words: "Gordon Pellerin, 71, who lost the house he had lived in for 38 years,
put it simply to a local reporter: "I'll rebuild."" (session 36, authored
wildfire: the quotation had no speaker, so it was read as a scare quote and
never compared with "I honestly don't know if I'll rebuild."). The words
between the commas after the name describe the person; how they spoke ("put
it simply") follows them.
"""

from __future__ import annotations

import re

# ", 71, who lost … years," right after the name: up to the last comma, or
# the first, whichever leaves the words of how the person spoke.
_APPOSED = re.compile(r"^,[^:]*,(?=\s)")
APPOSED_WORDS = 25  # an apposition longer than this is no description of a name


def unapposed(rest: str) -> str:
    """``rest`` (the words after a name, before the colon) without an
    apposition that opens them; ``rest`` when none does."""
    m = _APPOSED.match(rest)
    if m is None or len(m.group(0).split()) > APPOSED_WORDS:
        return rest
    return rest[m.end() :]


# A person who sums up what the quotation then says: "Commissioner Irena Valdt
# summed up the rationale for the scale of the operation at Tuesday's press
# conference:" (session 40, authored police_raids D9: no speaker, so the words
# were never set against the interior minister's). The frame may run longer than
# a manner of speaking ("was blunt:"): what was summed up and where.
SUMMING_UP = re.compile(
    r"\s*(?:summed|sums|summing|summarised|summarized)\b(?:\s+\w+)?(?:\s+up\b)?"
)
SUMMING_WORDS = 25  # words up to the colon a summing-up frame may hold


def sums_up(rest: str) -> bool:
    """The words after a name, before the colon, open with summing up."""
    m = SUMMING_UP.match(rest)
    return m is not None and ("up" in m.group(0).split() or m.group(0).strip().startswith("summar"))
