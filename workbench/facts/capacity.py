"""What a thing can take, not what it has: "supports microSD cards up to 16GB",
"a slot capable of holding up to 16GB", "the stadium can hold 40,000" are
capabilities, never compared with the amount supplied ("bundled with a 256 MB
card") or counted ("31,000 fans filled it"). Read by measure.py as the role
"capacity" (issue 11, trial 31: ECB+ 42_ecb)."""

from __future__ import annotations

import re

# A capability, the most a thing accepts ("supports microSD cards up to 16GB",
# "a slot capable of holding up to 16GB", "expandable to 32GB"): never the amount
# supplied with it ("bundled with a 256 MB card"; ECB+ 42_ecb, trial 31).
_CAPACITY = re.compile(
    r"\b(?:(?:supports?|supporting|accepts?|accepting|expandable|compatible|holds?|holding|takes?)"
    r"(?:[ \u00a0]+[\w/()-]+){0,5}?[ \u00a0(]+(?:of[ \u00a0]+)?(?P<bound>up[ \u00a0]+to)?"
    r"|capable[ \u00a0]+of(?:[ \u00a0]+[\w/()-]+){0,5}?"
    r"|(?:can|could)[ \u00a0]+(?:hold|take|handle|accept|support|accommodate|seat)"
    r"(?:[ \u00a0]+[\w/()-]+){0,5}?(?:[ \u00a0]+up[ \u00a0]+to)?)[ \u00a0]*$",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"(?i:up[ \u00a0]+to)\b")


def capacity(text: str, start: int, lo: int) -> bool:
    """A capability: its verb before the figure, and a bound ("up to 16GB")
    unless a modal or "capable of" says it ("can hold 40,000")."""
    m = _CAPACITY.search(text, max(lo, start - 60), start)
    if m is None:
        return False
    verb = m.group().lower()
    if m["bound"] or verb.startswith(("capable", "can", "could")):
        return True
    return _UP_TO.match(text, start) is not None  # the figure's own words: "up to 16GB"
