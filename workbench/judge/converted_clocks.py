"""Two reports' conversions of one clock (issue 11, session 40): "began at 17:42
local time (15:42 UTC)" / "17:42 CMT (16:42 UTC)". The local clocks agree and
pair as one value stated twice; the conversions in brackets, each a gloss of
its report's clock, have no words of their own (the bracketed clock of a
timeline's bullet, "line, 17:42 CMT (16:42 UTC)", shares no word with the
prose around the other) and were dropped as measuring different things
(different_measures): one report's wrong conversion was never shown (authored
blackout D2). A gloss measures what its clock does: two glosses of clocks that
agree measure one moment."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Claim, Fact

__all__ = ["glosses_of_one_clock"]

_OPEN = re.compile(r"(?:[ \u00a0]+[A-Z]{2,5})?[ \u00a0]*\([ \u00a0]*$")  # "17:42 CMT ("
_CLOSE = re.compile(r"[ \u00a0]*\)")
_CLOCK = re.compile(r"T(\d\d:\d\d)")


def _host(claim: Claim, f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The clock ``f`` glosses in brackets right after it, or None."""
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    if not _CLOSE.match(text, e):
        return None
    for g in facts:
        if g.kind == "time" and g is not f and _OPEN.fullmatch(text, g.end - claim.start, s):
            return g
    return None


def _clock(f: Fact) -> str:
    m = _CLOCK.search(str(f.value.get("timex") or ""))
    return m.group(1) if m else ""


def glosses_of_one_clock(c) -> bool:
    """Both values clocks in brackets glossing a clock of their own sentence,
    and those two clocks the same time of day (CandidateCase)."""
    if c.claims is None or c.x.kind != "time" or c.y.kind != "time":
        return False
    hosts = [
        _host(claim, f, facts)
        for claim, f, facts in zip(c.claims, (c.x, c.y), c.facts, strict=True)
    ]
    if hosts[0] is None or hosts[1] is None:
        return False
    return _clock(hosts[0]) != "" and _clock(hosts[0]) == _clock(hosts[1])
