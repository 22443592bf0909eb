"""A running figure's peak against what it stood at another moment (issue 11,
session 40): "the outage peaked at about 6.30pm, when 1.38 million customers
were without power" / "said at 8pm that 1.21 million customers were still
without electricity"; "At its peak, 4,200 homes were flooded" / "By Thursday
noon 2,900 homes remained under water".

The peak is the figure's highest point; a figure its sentence tells as still
holding, or stamps with the moment it held, is the level at that moment. The
two are two moments of one running figure, not one figure misreported (opened
blackout event: readers judged both such conflicts "different scope"). Two
peaks are still compared (the opened blackout's right conflict, 1.83 million
against 1.38 million at the peak), and so is a peak against a figure told at
no moment, which may be that peak in other words.
"""

from __future__ import annotations

import re

from ..facts.scope_time import time_part
from ..facts.whose import clause_bounds
from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule

_S = r"[ \u00a0]+"
_PEAK = re.compile(
    r"(?i:\b(?:peak(?:ed|s)?|at" + _S + r"(?:its|their|the)" + _S + r"(?:peak|height|highest|worst)"
    r"|(?:reached|hit)" + _S + r"(?:a|its|their)" + _S + r"(?:peak|high|maximum)|at" + _S
    + r"most)\b)"
)  # fmt: skip
# the level a figure still stood at: "were still without", "remained closed", "still had"
_STILL = re.compile(r"(?i:\b(?:still|remained|remain|remains|by" + _S + r"then)\b)")
_BEFORE = 90  # characters before a figure its peak may be named in
_ADDS_UP = frozenset({"count", "currency", "percent"})


def _span(claim: Claim, f: Fact) -> tuple[str, int, int]:
    return claim.text, f.start - claim.start, f.end - claim.start


def told_as_peak(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is told as its peak: a peak named
    before it in its sentence ('peaked at 6.30pm, when 1.38 million …', 'At its
    peak, … 1.83 million') or in its own clause after it."""
    if _PEAK.search(text, max(0, start - _BEFORE), start):
        return True
    _, hi = clause_bounds(text, start, end)
    return _PEAK.search(text, end, hi) is not None


def told_at_a_moment(text: str, start: int, end: int) -> bool:
    """Whether the figure's sentence tells the level it held at a moment: 'still'
    or 'remained' in its clause, or a moment it was reached by ('by Thursday noon',
    'as of 8pm': facts/scope_time.py)."""
    lo, hi = clause_bounds(text, start, end)
    if _STILL.search(text, lo, hi):
        return True
    return time_part(text, start, end)[0] in ("cutoff", "stamped")


def peak_against_a_moment(c: CandidateCase) -> bool:
    """One figure told as a peak, the other not but told at a moment of its own."""
    if c.claims is None or c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return False
    if not all(getattr(f.mention, "dimension", "") in _ADDS_UP for f in (c.x, c.y)):
        return False
    sides = [_span(claim, f) for claim, f in zip(c.claims, (c.x, c.y), strict=True)]
    peaks = [told_as_peak(*side) for side in sides]
    if peaks[0] == peaks[1]:
        return False
    return told_at_a_moment(*sides[peaks.index(False)])


PEAK_AGAINST_A_MOMENT = Rule(
    "peak_against_a_moment",
    CANDIDATE,
    peak_against_a_moment,
    Outcome.SKIP,
    "a running figure told as its peak ('peaked at about 6.30pm, when 1.38 million were "
    "without power', 'At its peak, 4,200 homes were flooded') against one told as the "
    "level it still held or stamped with its moment ('1.21 million were still without "
    "electricity at 8pm', 'By Thursday noon 2,900 remained under water'): two moments of "
    "one figure, no flag. Two peaks, or a peak against a figure told at no moment, are "
    "compared",
    "tests/test_s40_moments_apart.py::test_a_peak_against_the_level_at_another_moment",
)
