"""Two claim groups of different sources whose members are each other's best
match join.

The aligner gives each sentence one partner per article, and its score adds
shared values and names to the wording: "Officers used a Taser to subdue him"
met "Police pulled him over a few blocks away and say they had to Taser him to
get him out of the car" less well than that sentence met "Police stopped him a
few blocks away" (they share the stop's words), so the two Taser groups of
21_ecb (reader G15) had a cross pair unaligned with a contrary partner, and
the wording floor of ``evidence`` dropped most of the others. Read on one
scale for every sentence (``score``: the aligner's mix of embedding cosine and
wording, without value bonuses), each member of either group is, in every
source of the other, that source's best sentence for it or within ``MARGIN``
of the best: the two groups tell one claim.

Two groups join here when they share no source, no two of their claims are
``apart`` (stages of a case, a claim told in passing …), every cross pair of
passages scores ``LEAST`` or more, and every member is near-best both ways.
Best pair first (the highest weakest score), until none is left. A group of
one source's restatements is never taken: one passage per source.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from ..model import Claim, ClaimGroup

Score = Callable[[str, str], float]  # two texts on the aligner's scale, 0..1
Apart = Callable[[str, str], bool]  # two claims (ids) never in one group

MARGIN = 0.02  # how far under a source's best sentence a member may score and still be its match
LEAST = 0.35  # the weakest cross pair two groups joined here may have


class _Best:
    """Scores of claims against every sentence of an article, kept."""

    def __init__(self, claims: Sequence[Claim], score: Score, ceiling: Score | None = None) -> None:
        self.claims = {c.id: c for c in claims}
        self.ceiling = ceiling
        self.of: dict[str, list[str]] = defaultdict(list)
        for c in claims:
            self.of[c.article].append(c.id)
        self.score = score
        self.known: dict[tuple[str, str], float] = {}
        self.best: dict[tuple[str, str], float] = {}

    def pair(self, x: str, y: str) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in self.known:
            self.known[key] = self.score(self.claims[x].text, self.claims[y].text)
        return self.known[key]

    def under(self, x: str, ys: Sequence[str]) -> bool:
        """Whether ``x`` surely scores under ``LEAST`` with each of ``ys``, told
        by the ceiling alone (no ceiling: False)."""
        if self.ceiling is None:
            return False
        text = self.claims[x].text
        return all(self.ceiling(text, self.claims[y].text) < LEAST for y in ys)

    def top(self, x: str, article: str) -> float:
        """x's best score with a sentence of ``article``."""
        if (x, article) not in self.best:
            self.best[x, article] = max(self.pair(x, z) for z in self.of[article])
        return self.best[x, article]

    def near_best(self, x: str, ys: Sequence[str]) -> float | None:
        """x's best score with ``ys`` (one source's passage) when it is within
        ``MARGIN`` of x's best in that source (None: another sentence fits x)."""
        got = max(self.pair(x, y) for y in ys)
        return got if got >= self.top(x, self.claims[ys[0]].article) - MARGIN else None


def _weakest(b: _Best, ga: ClaimGroup, gb: ClaimGroup, apart: Apart) -> float | None:
    """The weakest cross score of two groups that may join (None: they may not)."""
    if {m.article for m in ga.members} & {m.article for m in gb.members}:
        return None
    # each member's best with every member of the other group, before any
    # source is read whole (most pairs of groups fail here, cheaply)
    # one cross pair under ``LEAST`` settles it: the rest are not scored (with
    # 200 articles scoring every cross pair of every two groups first was 19 of
    # the check's 22 s of CPU and 120 MB of kept scores; issue 14), nor listed
    cross: list[tuple[str, tuple[str, ...]]] = []
    got = []
    for x, ys in _cross(ga, gb):
        # a pair the ceiling shows under ``LEAST`` settles it unscored: of the
        # 56,170 pairs of groups weighed at 200 articles, 10 join, and most fail
        # on their first cross pair, two sentences sharing no word (issue 14)
        if b.under(x, ys):
            return None
        got.append(max(b.pair(x, y) for y in ys))
        if got[-1] < LEAST:
            return None
        cross.append((x, ys))
    if any(b.near_best(x, ys) is None for x, ys in cross):
        return None
    left = [c for m in ga.members for c in (*m.claims, *m.restated)]
    right = [c for m in gb.members for c in (*m.claims, *m.restated)]
    if any(apart(x, y) for x in left for y in right):
        return None
    return min(got)


def _cross(ga: ClaimGroup, gb: ClaimGroup) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each claim of either group with each passage of the other, in order."""
    for one, other in ((ga, gb), (gb, ga)):
        for m in one.members:
            for x in m.claims:
                for o in other.members:
                    yield x, o.claims


def join_near_best(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    score: Score,
    apart: Apart,
    ceiling: Score | None = None,
) -> tuple[ClaimGroup, ...]:
    """``groups`` with those whose members are each other's best match joined
    (see the module); renumbered g1, g2, … in order of their first sentence.
    ``ceiling``: what ``score`` of two texts stays under or at, cheaply (a
    pair of groups it shows failing is not scored; the same joins)."""
    b = _Best(claims, score, ceiling)
    position = {c.id: n for n, c in enumerate(claims)}
    live = list(groups)
    # each live group's own number, a new one for a joined group: a score worked
    # out for two groups is never asked of another (rebuilding the scores of
    # ~50,000 pairs after each join; issue 14)
    own = list(range(len(live)))
    made = len(live)
    # the pairs that may join, best first: (-weakest, slot, slot, own, own). A
    # joined group keeps the slot of its earlier part and the live list never
    # changes order, so slots order pairs as a scan of the list meets them:
    # equal scores go to the first met, as the scan took them (rescanning every
    # live pair after each join was a tenth of the grouping; issue 14)
    slot = list(range(len(live)))
    heap: list[tuple[float, int, int, int, int]] = []

    def ask(i: int, j: int) -> None:  # two live groups, i before j
        w = _weakest(b, live[i], live[j], apart)
        if w is not None:
            heapq.heappush(heap, (-w, slot[i], slot[j], own[i], own[j]))

    for i in range(len(live)):
        for j in range(i + 1, len(live)):
            ask(i, j)
    alive = set(own)
    joined = False
    while heap:
        *_, first, second = heapq.heappop(heap)
        if first not in alive or second not in alive:
            continue  # a part of a group joined since
        i, j = own.index(first), own.index(second)
        ga, gb = live[i], live[j]
        members = tuple(
            sorted((*ga.members, *gb.members), key=lambda m: position.get(m.claims[0], 0))
        )
        have = {m.article for m in members}
        near = tuple(sorted((set(ga.aligned) | set(gb.aligned)) - have))
        live[i] = replace(ga, id=f"{ga.id}+{gb.id}", members=members, aligned=near)
        del live[j], own[j], slot[j]
        alive -= {first, second}
        own[i], made = made, made + 1
        alive.add(own[i])
        joined = True
        for k in range(len(live)):  # the joined group with every other, in scan order
            if k != i:
                ask(min(i, k), max(i, k))
    if not joined:
        return tuple(groups)
    live.sort(key=lambda g: min(position.get(c, 0) for m in g.members for c in m.claims))
    return tuple(replace(g, id=f"g{n}") for n, g in enumerate(live, 1))
