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
