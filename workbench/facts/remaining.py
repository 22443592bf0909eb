"""What is left of a whole, not the whole: "the remaining 85,600 tonnes of
cargo", "85,600 tonnes still on board", "the 40 passengers left aboard", "the
rest of the 300 staff".

Session 40 (issue 11, unresolved precision): the authored oil spill's "pumping
the remaining 85,600 tonnes of cargo" met another report's "carrying about
92,000 tonnes of crude oil" as a question ("rounds to about 86,000, not about
92,000 — check which is right") readers judged wrong twice: the cargo left
after the spill against the whole cargo, different things. Read by
``measure._role`` as the role "remaining": apart from a figure of any other
role (``Measure.differs``), compared with another remainder. The cues are how
any report tells a remainder; they name no event.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
# "the remaining 85,600", "a remaining 12", "the last remaining 40"
_BEFORE = re.compile(
    r"\b(?:the|a|its|their)" + _S + r"(?:last" + _S + r")?remaining" + _S + r"$", re.I
)
# "85,600 tonnes remaining", "40 passengers still on board", "12 left aboard"
_AFTER = re.compile(
    _S + r"(?:[a-z]+" + _S + r"){0,3}?"
    + r"(?:remaining\b(?!" + _S + r"(?:in" + _S + r"(?:hospital|custody|critical|serious|stable)"
    + r"|missing|unaccounted)\b)|(?:still|left)" + _S + r"(?:on" + _S + r"board|aboard|in"
    + _S + r"the" + _S + r"(?:tanks?|hold|ship|vessel|wreck))\b)",
    re.I,
)  # fmt: skip


def is_remainder(text: str, start: int, lo: int, end: int) -> bool:
    """The figure at ``start:end`` (its clause from ``lo``; ``end`` < 0 for none)
    counts what is left of a whole."""
    if _BEFORE.search(text, lo, start):
        return True
    return end >= 0 and bool(_AFTER.match(text, end))
