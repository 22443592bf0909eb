"""A sum its clause adds up from several things (session 24; moved from
period.py in session 26): the whole side of "a part of a whole".

"Regulators fined the retailer a combined total of nearly £23m" adds two
fines; "fines totalling $410m", "together the two parties won 48%" too. A
figure of one of those things is a part of that sum (judge/parts.py's row
part_of_a_sum). A running total ("40 cases so far", "deaths since the
outbreak") is a count run on over time, no sum of parts.
"""

from __future__ import annotations

import re

from ..total_of_things import TOTAL_OF_THINGS
from ..whose import clause_bounds

# A total that adds several named things together, not a count run on over time:
# "a combined total of nearly £23m" (two fines), "fines totalling $410m", "the two
# parties together" — against "40 cases so far" or "deaths since the outbreak".
_SUM = re.compile(
    TOTAL_OF_THINGS + r"|\b(?:combined(?![ \u00a0]+with)|totall?(?:ing|ed)|"
    r"(?:a|the)[ \u00a0]+total[ \u00a0]+(?:of|to)|in[ \u00a0]+total|in[ \u00a0]+all|"
    r"altogether|all[ \u00a0]+told|together(?![ \u00a0]+with)|"
    r"jointly|between[ \u00a0]+them)\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(r"\b(?:so[ \u00a0]+far|to[ \u00a0]+date|since)\b", re.IGNORECASE)


def sum_of_parts(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a sum of several things its
    clause adds up ("fined … a combined total of nearly £23m"), not a running
    total ("40 cases so far"): a figure of one of those things is a part of it."""
    lo, hi = clause_bounds(text, start, end)
    return bool(_SUM.search(text, lo, hi)) and not _RUNNING.search(text, lo, hi)
