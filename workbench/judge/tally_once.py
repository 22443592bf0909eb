"""One measurement, one vote in the tally of an article pair (session 43).

``mostly_conflicting_articles`` (rules.py) drops an article pair whose
look-alike sentences disagree on most of their values. A figure and its own
conversion in brackets, "68mm (2.7in) of rain", are one statement in two
units: paired against another report's "more than 3 inches", both would vote,
and a conversion's arithmetic would decide whether two reports tell one event
(authored derailment, development: reading the inch conversion, eng164, put
"2.7in" against "more than 3 inches" where "68mm" had stood, tipping the
Atlantic Times and the Rail Engineering Weekly into "different events" and
losing their passengers and weekday flags). The figure votes; its bracketed
conversion does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Claim, Fact
from .pairing import Paired

_OPENS = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:(?:or|about|around|roughly|approximately|some|nearly|almost)"
    r"[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _figure_of(f: Fact, claims: dict[str, Claim], facts: Sequence[Fact]) -> Fact | None:
    """The figure ``f`` converts in brackets right after it, among ``facts``."""
    claim = claims.get(f.claim)
    dim = getattr(f.mention, "dimension", None)
    if claim is None or not dim:
        return None
    for g in facts:
        if g is f or g.claim != f.claim or g.end > f.start:
            continue
        if getattr(g.mention, "dimension", None) != dim:
            continue
        if _OPENS.fullmatch(claim.text[g.end - claim.start : f.start - claim.start]):
            return g
    return None


def votes(
    results: Sequence[Paired], ca: Claim, cb: Claim, facts_by_claim: Mapping[str, Sequence[Fact]]
) -> list[Paired]:
    """The pairs that vote: not a conversion in brackets, which converts its
    figure (the figure's own pair, if any, votes for the measurement)."""
    claims = {ca.id: ca, cb.id: cb}
    out = []
    for p in results:
        if any(_figure_of(f, claims, facts_by_claim.get(f.claim, ())) for f in (p.x, p.y)):
            continue
        out.append(p)
    return out
