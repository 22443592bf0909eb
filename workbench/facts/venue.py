"""The court a value's sentence places it before (read for ``measure.Measure``)."""

from __future__ import annotations

import re

# The court a hearing is before: "before Taunton Crown Court on 19 August" and
# "at Taunton Deane Magistrates' Court on Tuesday" date two hearings of one case
# (session 10, an ECB+ event outside the judged set). The kind of court, not its
# town, tells them apart: "Preston Crown Court" / "the crown court" are one.
_COURT = re.compile(
    r"\b(magistrates|crown|high|supreme|district|circuit|superior|county|federal|family|"
    r"juvenile|youth|municipal|appeals?|coroner|sheriff|criminal|civil|city|magistrate)"
    r"['’]?s?['’]?[ \u00a0]+court\b|\bcourt[ \u00a0]+of[ \u00a0]+(appeals?|session)\b",
    re.IGNORECASE,
)


def venue_of(text: str, start: int, end: int) -> str:
    """The kind of court a value's sentence places it before ("crown",
    "magistrates", "appeal"), the nearest to the value; "" when none or when
    the words between them cross a sentence break."""
    best: tuple[int, str] | None = None
    for m in _COURT.finditer(text, max(0, start - 120), min(len(text), end + 120)):
        gap = text[m.end() : start] if m.end() <= start else text[end : m.start()]
        if re.search(r"[;.!?]\s", gap):
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        kind = (m.group(1) or m.group(2)).lower().rstrip("s") or "appeal"
        kind = {"magistrate": "magistrates", "appeal": "appeal"}.get(kind, kind)
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else ""
