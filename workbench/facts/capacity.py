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


# A limit, the most allowed ("below the 60mph limit", "a speed limit of 50 km/h",
# "capped at 3%", "limited to 200 people"): never the amount a thing had or did
# ("travelling at about 55mph"; session 30, authored derailment).
_LIMIT_AFTER = re.compile(
    r"[ \u00a0-]*(?:[a-z]+[ \u00a0]+)?(?:speed[ \u00a0]+)?(?:limit|cap|ceiling)s?\b", re.IGNORECASE
)
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:speed[ \u00a0]+)?limit|cap|ceiling|maximum)[ \u00a0]+(?:of|is|was|at|set[ \u00a0]+at)"
    r"[ \u00a0]+$|\b(?:limited|restricted|capped)[ \u00a0]+(?:to|at)[ \u00a0]+$",
    re.IGNORECASE,
)


def limit(text: str, start: int, end: int, lo: int) -> bool:
    """A limit on what may be: its noun right after the figure ("the 60mph limit")
    or before it ("a speed limit of 60mph", "capped at 3%")."""
    if _LIMIT_BEFORE.search(text, max(lo, start - 40), start):
        return True
    return end >= 0 and _LIMIT_AFTER.match(text, end) is not None
