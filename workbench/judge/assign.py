"""Which value of one claim goes with which of the other: a one-to-one
assignment (issue 11, session 12).

Pairing the most agreeable candidate first, then the next, lets a pair taken
early use up a value's right partner. Here every candidate pair is weighed by
how agreeable the family's verdict is, then by how alike the two say what
they measure (the kind of value, the counted thing, the happening, the place
a distance is measured from, the period or place covered), then by how much
the words around the values agree; the assignment of greatest total weight
is chosen exactly (claims hold few values). The pairing stage then meets the
chosen pairs first and every other candidate after them, so a value whose
chosen pair a PAIRING row drops may still take another partner. The order of
the weights was measured (see ``_weight``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..facts.measure import Measure
from ..facts.places import same_place
from ..thresholds import JudgeThresholds


class Candidate(NamedTuple):
    left: str  # fact ids
    right: str
    like: int  # how alike the two say what they measure (see ``likeness``)
    rank: int  # 0 identical … 3 conflict
    context: float  # 0..1, the words around both values


def likeness(same_kind: bool, counted_alike: bool, a: Measure, b: Measure) -> int:
    """One for each thing both say alike: the kind of value (a day against a
    day, not against a clock time), the counted thing ("people"), the
    happening counted or dated (killed, injured, sentenced …), the place a
    distance is measured from, the period or place a figure covers, and the
    named place it was counted in."""
    alike = (
        same_kind,
        counted_alike,
        bool(a.event) and a.event == b.event,
        bool(a.reference) and a.reference == b.reference,
        bool(a.scope or a.place) and (a.scope, a.place) == (b.scope, b.place),
        # one named place ("2.3 million British" / "6.1 million in Britain"): a
        # breakdown by place pairs by its places, not by equal values (session 29)
        any(same_place(x, y) for x in a.where for y in b.where),
    )
    return sum(alike)


Score = tuple[float, ...]


def _weight(c: Candidate) -> Score:
    """What one pair adds to an assignment, compared in this order: pairs
    stated alike (identical), consistent pairs, questions (unresolved), then
    likeness, then the words around (as the most agreeable pair was taken
    first before; more conflicts make no assignment better). An assignment with one more
    identical pair beats any number of agreements: 'at 7am on Friday' / 'at
    9am on Friday' pairs the two Fridays and the two clock times, never each
    Friday with the other's time (two agreements that hide a conflict).
    Likeness before the verdict was measured on real copy (session 12): it
    paired 'lost a quarter of its value' with another index's 'nearly three
    quarters of its value' and lost two discrepancies found before."""
    return (float(c.rank == 0), float(c.rank == 1), float(c.rank == 2), float(c.like), c.context)


def _plus(a: Score, b: Score) -> Score:
    return tuple(x + y for x, y in zip(a, b, strict=True))


_NONE: Score = (0.0,) * 5


def chosen(cands: Sequence[Candidate], t: JudgeThresholds) -> set[tuple[str, str]]:
    """The pairs of the one-to-one assignment of greatest total weight, or
    every pair when the claims hold too many values to search."""
    lefts = sorted({c.left for c in cands})
    rights = sorted({c.right for c in cands})
    if len(rights) > t.assign_max_values or len(lefts) > t.assign_max_values:
        return set()
    col = {r: i for i, r in enumerate(rights)}
    by_left: dict[str, list[Candidate]] = {}
    for c in cands:
        by_left.setdefault(c.left, []).append(c)
    # best[mask]: (score, pairs) over the lefts seen so far, using the rights in mask
    best: dict[int, tuple[Score, tuple[tuple[str, str], ...]]] = {0: (_NONE, ())}
    for left in lefts:
        nxt = dict(best)
        for mask, (total, pairs) in best.items():
            for c in by_left.get(left, ()):
                bit = 1 << col[c.right]
                if mask & bit:
                    continue
                entry = (_plus(total, _weight(c)), (*pairs, (c.left, c.right)))
                if mask | bit not in nxt or entry[0] > nxt[mask | bit][0]:
                    nxt[mask | bit] = entry
        best = nxt
    return set(max(best.values(), key=lambda e: e[0])[1])
