"""The stage of a plan, a build or a trading day a figure is told at (issue
11, session 38).

"The stadium will initially hold 40,000 fans" / "will hold 60,000 when
complete"; "the first phase of the line will cost $2 billion" / "the line will
cost $5 billion"; "will build 200,000 cars a year at full capacity" / "50,000
cars a year"; "shares hit an intraday high of $43.10" / "closed at $41.20".
Each pair is one quantity at two stages — an opening against a full capacity,
a first phase against the whole plan, a moment of the session against its
close — and the figures differ because the stages do (readers of held-out
copy: "an opening capacity vs the full capacity", "close vs intraday high",
judged wrong as conflicts).

``plan_stage`` reads the stage from the figure's own clause only: "initial"
(initially, at first, at opening, in its first year), "phase" (a numbered or
first phase, stage or tranche), "full" (when complete, once finished, at full
capacity, eventually, ultimately), "intraday" (intraday, at one point, a
session high or low, a high or low it hit) — "" when its clause tells none.
Counts of a happening (the dead, the injured) are not read here: a toll
"initially" reported is an update of one count (judge/ rows of updates).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_STAGES = (
    (
        "initial",
        rf"initially|at{_S}first|at{_S}the{_S}outset|to{_S}begin{_S}with|at{_S}(?:its{_S})?"
        rf"(?:opening|launch)|on{_S}opening|when{_S}it{_S}opens|in{_S}its{_S}first{_S}year",
    ),
    (
        "phase",
        rf"(?:first|second|third|initial|opening|early|later|final){_S}"
        r"(?:phase|stage|tranche|instal?ments?)|phase[ \u00a0]+(?:one|two|three|[1-9])",
    ),
    (
        "full",
        rf"when{_S}(?:it{_S}is{_S}|fully{_S})?(?:complete[d]?|finished|fully{_S}operational|"
        rf"fully{_S}built)|once{_S}(?:it{_S}is{_S})?(?:fully{_S})?(?:complete[d]?|finished|"
        rf"operational|built)|at{_S}full{_S}(?:capacity|production|strength|output)|"
        rf"eventually|ultimately|(?:when|once){_S}fully{_S}\w+|full{_S}build-?out",
    ),
    (
        "intraday",
        rf"intraday|at{_S}one{_S}point|session{_S}(?:high|low)|in{_S}(?:early|morning|"
        rf"afternoon){_S}trading|(?:hit|reached|touched|struck)(?:{_S}(?:a|an|its))?"
        rf"(?:{_S}(?:intraday|session|record|day's))?{_S}(?:high|low|peak)",
    ),
)
_CUES = [(name, re.compile(rf"\b(?i:{cue})\b")) for name, cue in _STAGES]
# The clause of a share price or an index: the intraday cues are its
_TRADED = re.compile(r"\b(?i:shares?|stocks?|index|traded|trading|price)\b")


@lru_cache(maxsize=1 << 14)
def plan_stage(text: str, start: int, end: int) -> str:
    """The stage the figure at ``text[start:end]`` is told at by its own
    clause: "initial", "phase:first" (which phase), "full", "intraday" or ""."""
    lo, hi = clause_bounds(text, start, end)
    clause = text[lo:hi]
    for name, cue in _CUES:
        m = cue.search(clause)
        if m is None or (name == "intraday" and not _TRADED.search(clause)):
            continue
        if name == "phase":  # "first phase" / "phase one": which phase
            words = m.group().lower().split()
            return "phase:" + (words[1] if words[0] == "phase" else words[0])
        return name
    return ""
