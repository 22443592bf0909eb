"""A count whose own sentence accounts for the other report's count (issue 11,
session 41): the other count is its whole, told beside it, or the rest of it.

- "The three burnt blocks contain 1,170 flats, or about 62 per cent of the
  estate's 1,560 homes" / "its 1,560 flats": the other report's 1,560 is the
  whole the 1,170 is told as part of, in the 1,170's own sentence;
- "1,140 oiled birds had been recovered, 310 of them dead" / "830 oiled birds
  were alive": the other report's 830 is the 1,140 less the 310 its sentence
  sets apart (a subgroup told by its state: alive, not dead); also "Of the
  1,140 birds recovered, 310 were dead".

Readers judged both conflicts wrong, "different scope" (opened tower_fire and
oil_spill events, session 40's row D3). No flag: the sentence itself tells
how the two figures relate. A count told with no such whole or part beside it
is compared as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS
from .stages import CANDIDATE, Outcome, Rule

_S = r"[ \u00a0]+"
# right before a whole: "of the estate's ", "out of its ", "Of the ", "of all "
_OF_WHOLE = re.compile(
    r"(?i:\b(?:out" + _S + r")?of" + _S + r"(?:the|its|their|all|all" + _S + r"the)" + _S
    + r"(?:[\w-]+['’]s?" + _S + r")?)$"
)  # fmt: skip
# right after a part: "310 of them", "12 of whom", "nine of those"
_OF_THEM = re.compile(r"(?i:" + _S + r"of" + _S + r"(?:them|whom|those|these)\b)")
_NEAR = 160  # characters between a part and its whole


def _count(f: Fact) -> bool:
    return f.kind in QUANTITY_KINDS and getattr(f.mention, "dimension", "") == "count"


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def parts_and_wholes(claim: Claim, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """The (part, whole) pairs of counts a sentence tells: a count after 'of the
    …' is the whole of another count near it no larger than it ('1,170 flats, or
    about 62 per cent of the estate's 1,560 homes'; 'Of the 1,140 birds
    recovered, 310 were dead'); a count followed by 'of them' is a part of the
    count right before it ('1,140 … recovered, 310 of them dead')."""
    text = claim.text
    counts = sorted((f for f in facts if _count(f)), key=lambda f: f.start)
    out: list[tuple[Fact, Fact]] = []
    for w in counts:
        at = w.start - claim.start
        if _OF_WHOLE.search(text, max(0, at - 40), at) is None:
            continue
        wb = _bounds(w)
        near = []
        for x in counts:
            xb = _bounds(x)
            gap = abs(x.start - w.start)
            if x.id != w.id and gap <= _NEAR and xb and wb and xb[1] <= wb[0]:
                near.append((gap, x))
        if near:  # the nearest count no larger: 'three blocks contain 1,170 flats, or …'
            out.append((min(near, key=lambda n: n[0])[1], w))
    for i, p in enumerate(counts):
        if i and _OF_THEM.match(text, p.end - claim.start):
            whole = counts[i - 1]
            pb, wb = _bounds(p), _bounds(whole)
            if pb and wb and pb[1] <= wb[0] and p.start - whole.end <= _NEAR:
                out.append((p, whole))
    return out


def _tight(b: tuple[float, float]) -> bool:
    """A figure, not an open bound: its range within a quarter of its value."""
    return b[1] != float("inf") and b[1] - b[0] <= 0.25 * b[1]


def _meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _accounted(claim: Claim, facts: Sequence[Fact], x: Fact, y: Fact, y_whole: bool) -> bool:
    """Whether ``x``'s sentence tells ``y``'s count as x's whole, or as x less a
    part the sentence sets apart (never when ``y`` is itself a whole its own
    sentence tells a part of: 'Of the 1,200 homes flooded, 300 …' / 'Some 300
    of the 1,400 homes flooded': two wholes, session 43)."""
    yb = _bounds(y)
    if yb is None or not _tight(yb):
        return False  # 'more than 2,000', 'at least 23': a bound meets any rest
    for part, whole in parts_and_wholes(claim, facts):
        pb, wb = _bounds(part), _bounds(whole)
        if pb is None or wb is None:
            continue
        if part.id == x.id and _meets(wb, yb):
            return True  # y is x's whole
        rest = (wb[0] - pb[1], wb[1] - pb[0])
        if whole.id == x.id and not y_whole and _meets(rest, yb) and not _meets(wb, yb):
            return True  # y is x less the part set apart
    return False


def whole_told_beside(c: CandidateCase) -> bool:
    """Two counts, one's sentence accounting for the other as its whole or its rest."""
    if c.claims is None or not (_count(c.x) and _count(c.y)):
        return False
    (ca, cb), (fa, fb) = c.claims, c.facts
    whole_x, whole_y = (m is not None and m.role == "whole" for m in c.measures or (None, None))
    return _accounted(ca, fa, c.x, c.y, whole_y) or _accounted(cb, fb, c.y, c.x, whole_x)


WHOLE_TOLD_BESIDE = Rule(
    "whole_told_beside",
    CANDIDATE,
    whole_told_beside,
    Outcome.SKIP,
    "a count whose own sentence tells the other report's count as its whole ('1,170 flats, "
    "or about 62 per cent of the estate's 1,560 homes' / 'its 1,560 flats') or as the rest "
    "of it less a part it sets apart ('1,140 birds recovered, 310 of them dead' / '830 "
    "birds were alive'): part and whole, no flag",
    "tests/test_s41_areas_and_periods.py::test_a_count_its_sentence_accounts_for; "
    "authored oil_spill T13, tower_fire (development: readers' cause different-scope)",
)
