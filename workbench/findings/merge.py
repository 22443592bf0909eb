"""Merging claim groups that state one claim, scored over every pair of members.

``claim_groups`` builds groups from the aligner's pairs, and the aligner gives
each sentence one partner per article: two groups stating one claim (a source
restating its lead later, two sets of outlets whose wording drifted apart) may
have no aligned pair between them. Here every cross-source pair of members of
two groups is scored — the aligner's score where it aligned them, otherwise a
sentence similarity computed here from the two texts — and two groups merge
when they have no source in common, the WEAKEST of those scores reaches
``limit`` (complete linkage: A≈B and B≈C bring A and C together only when A≈C
too), and no member was aligned with another sentence of the other group's
source (the aligner chose a different partner: a different claim).

Groups sharing a source (a restatement) are never merged here: on the readers'
judgments every limit that merged them merged more different claims than same
ones. Off unless a limit is given
(``python -m benchmarks.findings --score --merge-limit ...``; docs/accuracy.md).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Alignment, Claim, ClaimGroup, Member

Similar = Callable[[str, str], float]
_Group = dict[str, tuple[list[str], list[str]]]  # article -> (passage, restatements)


class _Scores:
    """Scores of two claims of different sources, computed once a pair."""

    def __init__(
        self, claims: Sequence[Claim], alignments: Sequence[Alignment], similar: Similar
    ) -> None:
        self.claims = {c.id: c for c in claims}
        self.similar = similar
        self.known: dict[frozenset[str], float] = {}
        self.aligned: dict[frozenset[str], float] = {}
        # claim -> article -> the claims of that article it was aligned with
        self.partners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for a in alignments:
            if a.left in self.claims and a.right in self.claims:
                self.aligned[frozenset((a.left, a.right))] = a.score
                self.partners[a.left][self.claims[a.right].article].add(a.right)
                self.partners[a.right][self.claims[a.left].article].add(a.left)

    def __call__(self, x: str, y: str) -> float:
        key = frozenset((x, y))
        if key in self.aligned:
            return self.aligned[key]
        if key not in self.known:
            self.known[key] = self.similar(self.claims[x].text, self.claims[y].text)
        return self.known[key]


def _every(g: _Group) -> list[tuple[str, str]]:
    return [(art, c) for art, (ids, again) in g.items() for c in (*ids, *again)]


def _weakest(s: _Scores, a: _Group, b: _Group, limit: float) -> float | None:
    """The weakest cross-source score of two groups of different sources
    (None: not mergeable)."""
    if set(a) & set(b):
        return None
    ids: dict[str, set[str]] = defaultdict(set)
    for art, c in (*_every(a), *_every(b)):
        ids[art].add(c)
    weakest = 1.0
    for art_x, x in _every(a):
        for art_y, y in _every(b):
            if frozenset((x, y)) not in s.aligned and (
                s.partners[x].get(art_y, set()) - ids[art_y]
                or s.partners[y].get(art_x, set()) - ids[art_x]
            ):
                return None
            weakest = min(weakest, s(x, y))
            if weakest < limit:
                return None
    return weakest


def merge_same_claims(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    alignments: Sequence[Alignment],
    similar: Similar,
    limit: float,
) -> tuple[ClaimGroup, ...]:
    """The groups with those stating one claim merged, strongest pair first;
    renumbered g1, g2, … in the order of their first sentence."""
    s = _Scores(claims, alignments, similar)
    live: dict[int, _Group] = {
        n: {m.article: (list(m.claims), list(m.restated)) for m in g.members}
        for n, g in enumerate(groups)
    }
    near = {n: set(g.aligned) for n, g in enumerate(groups)}
    merged: set[int] = set()
    known: dict[tuple[int, int], float | None] = {}
    while True:
        best: tuple[float, int, int] | None = None
        for a in live:
            for b in live:
                if a >= b:
                    continue
                if (a, b) not in known:
                    known[a, b] = _weakest(s, live[a], live[b], limit)
                w = known[a, b]
                if w is not None and (best is None or w > best[0]):
                    best = (w, a, b)
        if best is None:
            break
        _, a, b = best
        live[a] = {**live[a], **live.pop(b)}
        near[a] = (near[a] | near.pop(b)) - set(live[a])
        merged.add(a)
        known = {k: v for k, v in known.items() if a not in k and b not in k}
    if not merged:
        return tuple(groups)
    position = {c.id: n for n, c in enumerate(claims)}
    ordered = sorted(live, key=lambda n: min(position[c] for _, c in _every(live[n])))
    out = []
    for k, n in enumerate(ordered, 1):
        if n not in merged:  # untouched: as claim_groups made it, renumbered
            out.append(replace(groups[n], id=f"g{k}"))
            continue
        g = live[n]
        members = tuple(
            Member(art, tuple(p), _mean_score(s, art, g), tuple(sorted(r, key=position.get)))
            for art, (p, r) in sorted(g.items(), key=lambda kv: position[kv[1][0][0]])
        )
        out.append(ClaimGroup(f"g{k}", members, tuple(sorted(near[n]))))
    return tuple(out)


def _mean_score(s: _Scores, art: str, g: _Group) -> float:
    """As ``groups._mean_score``: the mean over the other members of this
    member's best alignment with it (0 where merged without an alignment)."""
    ids = g[art][0]
    best = [
        max(s.aligned.get(frozenset((x, y)), 0.0) for x in ids for y in p)
        for other, (p, _) in g.items()
        if other != art
    ]
    return round(sum(best) / len(best), 3) if best else 0.0


def with_embeddings(claims: Sequence[Claim], similar: Similar, wanted: bool) -> Similar:
    """``similar`` on the aligner's scale: when the aligner uses embeddings
    (``wanted``: the caller asks the aligner; the review log imports this
    package, so it may not), its mix of sentence-embedding cosine and lexical
    similarity (the vectors made once, for the claims' texts, on the first call)."""
    return OnAlignersScale(claims, similar) if wanted else similar


class OnAlignersScale:
    """:func:`with_embeddings` when the aligner uses embeddings; its
    :meth:`ceiling` bounds a score from a bound of ``similar``."""

    def __init__(self, claims: Sequence[Claim], similar: Similar) -> None:
        from .. import thresholds

        self.weight = thresholds.current().align.emb_weight
        self.similar = similar
        self.texts = list(dict.fromkeys(c.text for c in claims))
        self.where = {t: n for n, t in enumerate(self.texts)}
        self.vectors: list = []

    def cosine(self, a: str, b: str) -> float:
        from .. import embed

        if not self.vectors:
            self.vectors.append(embed.encode_array(self.texts))
        v = self.vectors[0]
        return float(v[self.where[a]] @ v[self.where[b]])

    def __call__(self, a: str, b: str) -> float:
        return self.weight * self.cosine(a, b) + (1 - self.weight) * self.similar(a, b)

    def ceiling(self, a: str, b: str, bound: float) -> float:
        """What the score of ``a`` and ``b`` stays under or at when ``bound`` is
        what ``similar`` stays under or at: the same products and sum, rounded
        alike, of a larger term (the cosine read as for the score)."""
        return self.weight * self.cosine(a, b) + (1 - self.weight) * bound


def scale_ceiling(scale: Similar, ceiling: Similar | None) -> Similar | None:
    """A bound of ``scale`` (made by :func:`with_embeddings`) from ``ceiling``,
    a bound of the ``similar`` it was made of (None: no bound)."""
    if ceiling is None or not isinstance(scale, OnAlignersScale):
        return ceiling

    def bound(a: str, b: str) -> float:
        got = ceiling(a, b)
        return got if got == math.inf else scale.ceiling(a, b, got)  # no bound: no cosine

    return bound
