"""An inch conversion in brackets, read for a figure's own conversion only
(issue 11, session 43): "104mm (2.4in) of rain", "60cm (about 12in) deep".

The quantity reader takes a bare "in" after a number for an inch only before
"thick", "long", "of rain" and the like ("2.4in) of rain" reads as the
preposition). Reading it there for every comparison (eng164's first try)
made the bracketed conversion a value of its own in other reports' pairs:
"2.7in" stood against "more than 3 inches" where "68mm" had stood, and the
authored derailment's two reports tipped into mostly_conflicting_articles,
losing their right passengers and weekday flags. So it is read here, for
``own_conversion.py`` alone: a length, then "(N in)" or "(about N in)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..facts.quantity.detect import find_quantities
from ..model import Claim, Fact

_INCHES = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?P<inner>(?:(?:about|around|roughly|approximately|some|nearly|"
    r"almost)[ \u00a0]+)?(?P<n>\d+(?:\.\d+)?)[ \u00a0]?in)[ \u00a0]*\)",
    re.IGNORECASE,
)


def inch_conversions(claim: Claim, facts: Sequence[Fact]) -> list[Fact]:
    """The inch conversions in brackets after the lengths of ``facts`` that the
    quantity reader left unread."""
    out = []
    taken = {f.start for f in facts}
    for a in facts:
        dim, unit = getattr(a.mention, "dimension", ""), getattr(a.mention, "unit", "")
        if dim != "length" or unit == "in":
            continue
        m = _INCHES.match(claim.text, a.end - claim.start)
        if m is None or claim.start + m.start("inner") in taken:
            continue
        inner = m.group("inner")
        read = find_quantities(inner[: -len("in")].rstrip() + " inches")
        if len(read) != 1 or read[0].unit != "in":
            continue
        start = claim.start + m.start("inner")
        mention = replace(read[0], start=m.start("inner"), end=m.end("inner"), text=inner)
        out.append(
            Fact(f"{a.id}~in", a.claim, a.article, "quantity", start, start + len(inner), inner,
                 {}, mention)
        )  # fmt: skip
    return out
