"""'The previous year' with no date before it to count from: the one before
publication's, as "last year" is ("Exports rose 9 percent over the previous year",
"Sales doubled from the prior year", "The previous week, prices fell").

With a date named before it (in the sentence or the last sentence that named one)
:mod:`.anaphora` counts it from that date instead ("In 1995 ... The previous year"
is 1994); a quarter is :mod:`.periods`'s, a weekday :mod:`.anaphora`'s. Also "the
next century", a date, not the length "the next year" is.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .base import Builder, Env, Val, rule, v_day
from .rel import rel_unit_builder


@rule(
    r"\bthe\s+(?:previous|preceding|prior)\s+(?P<u>day|week|month|year)\b"
    r"(?!['’]s|-|\s+(?:or|and|of|to|before|after|ended|ending)\b)",
    2,
    keys="previous preceding prior",
)
def r_previous_unit(m: re.Match, text: str) -> Builder | None:
    u = m.group("u").lower()
    if u != "day":
        return rel_unit_builder(u, -1, None, m.group(0))

    def build(env: Env) -> Val | None:
        if env.published is None:
            return None
        return v_day(env.published - timedelta(days=1), True)

    return build


_SPAN_BEFORE = re.compile(r"\b(?:over|within|during|throughout)\s+$", re.IGNORECASE)


@rule(r"\bthe\s+(?:next|coming)\s+century\b(?!['’]s|-)", 2, keys="century")
def r_next_century(m: re.Match, text: str) -> Builder | None:
    """'into the next century', 'ready for the coming century': the century after
    publication's (the 21st, "20", in 1998), as "next century" is; "over the next
    century" stays a length of a hundred years (:mod:`.spans`)."""
    if _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return rel_unit_builder("century", 1, None, m.group(0))
