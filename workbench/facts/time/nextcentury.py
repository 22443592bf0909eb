"""'The next century', 'the coming century': the century after publication's (the
21st, TimeML "20", in 1998-2000 copy), as "next century" is, not a window of a
hundred years; "over the next century" stays that length (:mod:`.spans`)."""

from __future__ import annotations

import re

from .base import Builder, rule
from .rel import rel_unit_builder

_SPAN_BEFORE = re.compile(r"\b(?:over|within|during|throughout)\s+$", re.IGNORECASE)


@rule(r"\bthe\s+(?:next|coming)\s+century\b(?!['’]s|-)", 2, keys="century")
def r_next_century(m: re.Match, text: str) -> Builder | None:
    """'into the next century', 'ready for the coming century'."""
    if _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return rel_unit_builder("century", 1, None, m.group(0))
