"""Alignment through wire copy: a sentence two outlets carry word for word
takes its copy's partner in a third article (issue 11, real copy).

The aligner scores each article pair on its own and matches one to one, so
of two copies of one wire sentence ("Blackmore once ran ..." / "He once ran
...") one may align with a third outlet's sentence and the other fall just
below the floor with it: a discrepancy the third outlet has with the wire
copy is then shown against one copy and not the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .model import Alignment, Claim


def through_copies(
    out: list[Alignment],
    claims: Sequence[Claim],
    by_id: dict[str, int],
    floor: float,
    removed: set[frozenset[str]] | frozenset[frozenset[str]] = frozenset(),
) -> list[Alignment]:
    """A sentence two outlets carry near word for word (aligned at ``floor`` or
    above: wire copy) states what its copy states: it is aligned with its copy's
    partner in a third article where neither has a partner in the other's article,
    at that alignment's score. Each article pair is scored on its own, so "He once
    ran ..." can miss a sentence "Blackmore once ran ..." aligns with. One step
    only (not a copy of a copy); ``floor`` < 0: off."""
    if floor < 0:
        return out
    article = {c.id: c.article for c in claims}
    copies: dict[str, set[str]] = defaultdict(set)
    partnered: set[tuple[str, str]] = set()  # (claim, an article it has a partner in)
    for al in out:
        partnered.add((al.left, article[al.right]))
        partnered.add((al.right, article[al.left]))
        if al.score >= floor:
            copies[al.left].add(al.right)
            copies[al.right].add(al.left)
    found = [
        (al.score, twin, other)
        for al in out
        for copy, other in ((al.left, al.right), (al.right, al.left))
        for twin in copies[copy]
        if article[twin] != article[other] and frozenset((twin, other)) not in removed
    ]
    added: list[Alignment] = []
    for score, a, b in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if (a, article[b]) in partnered or (b, article[a]) in partnered:
            continue
        partnered.add((a, article[b]))
        partnered.add((b, article[a]))
        left, right = sorted((a, b), key=lambda c: by_id[c])
        added.append(Alignment(left, right, score))
    return out + added
