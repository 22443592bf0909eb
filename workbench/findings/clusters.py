"""Which pair-level discrepancies are one finding.

Discrepancies of one kind join when they compare the same value of one
article (one outlet's "5 dead" against each other outlet's figure), or state
the same version in one claim group — and only when every two sides of the
joined whole state the same version or sit in related claims (aligned, or of
one group): complete linkage, so a sentence dense with figures does not chain
every figure of the story into one finding.

Two sides tied to different owners ("80 percent" in Egypt, "65 percent" in
India: ``owners``) are never one finding's versions: one sentence giving two
countries' shares made one finding of both (fresh trial 21: 8 of 9 percent
conflicts compared different countries). A pair-level flag that itself
compares two owners' figures is a finding of its own and joins nothing.

One exception, a star: every discrepancy compares the same value of one
article (the hub) with a value of another article, each article once, and
all but one of those values agree with the hub's — what the others confirm
is the compared thing, and the one dissent is what the editor reviews. Two
dissents around one hub may be two different things.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Discrepancy, Side, Verdict

# two sides' places (article, start, end) -> whether they are tied to different owners
Apart = Callable[[tuple[str, int, int], tuple[str, int, int]], bool]


class _Linkage:
    def __init__(
        self,
        discrepancies: Sequence[Discrepancy],
        related: Callable[[str, str], bool],
        key_of: Callable[[Side, str], str],
        apart: Apart,
    ) -> None:
        self.ds = discrepancies
        self.related = related
        self.apart = apart
        self.parent = list(range(len(discrepancies)))
        self.sides = [
            {(s.claim, key_of(s, d.kind), (s.article, s.start, s.end)) for s in d.sides}
            for d in discrepancies
        ]
        self.where = [{(s.article, s.start, s.end) for s in d.sides} for d in discrepancies]
        self.held = [[n] for n in range(len(discrepancies))]

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _owned_alike(self, ra: int, rb: int) -> bool:
        """No two sides of the two findings together tied to different owners
        (a pair-level flag comparing two owners joins nothing)."""
        places = sorted({p[2] for p in self.sides[ra] | self.sides[rb]})
        return not any(self.apart(a, b) for i, a in enumerate(places) for b in places[i + 1 :])

    def _fits(self, p: tuple, q: tuple) -> bool:
        return p[1] == q[1] or self.related(p[0], q[0])

    def _star(self, ra: int, rb: int) -> bool:
        both = self.held[ra] + self.held[rb]
        hub = set.intersection(*(self.where[n] for n in both))
        others = [w[0] for n in both for w in self.where[n] - hub]
        dissent = sum(self.ds[n].verdict is not Verdict.CONSISTENT for n in both)
        return len(hub) == 1 and len(set(others)) == len(others) == len(both) and dissent <= 1

    def join(self, a: int, b: int, pair: frozenset[str] = frozenset(), hub: bool = False) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return
        if hub:
            if not self._star(ra, rb):
                return
        # the same two values compared in several pairs of articles: one item
        elif not (bool(pair) and self._values(ra) == pair == self._values(rb)) and not all(
            self._fits(p, q) for p in self.sides[ra] for q in self.sides[rb]
        ):
            return
        if not self._owned_alike(ra, rb):
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.sides[keep] |= self.sides[gone]
        self.held[keep] += self.held[gone]

    def _values(self, r: int) -> frozenset[str]:
        return frozenset(v for _, v, _ in self.sides[r])


def clusters(
    discrepancies: Sequence[Discrepancy],
    related: Callable[[str, str], bool],
    group_of: dict[str, str],
    key_of: Callable[[Side, str], str],
    apart: Apart | None = None,
) -> list[list[int]]:
    """The discrepancies (their indices) of each finding. ``apart``: whether
    two sides' values are tied to different owners (default: never)."""
    link = _Linkage(discrepancies, related, key_of, apart or (lambda a, b: False))
    seen: dict[tuple, list[int]] = {}
    for n, d in enumerate(discrepancies):
        ga, gb = (group_of.get(s.claim) for s in d.sides)
        keys: list[tuple] = [(d.kind, s.article, s.start, s.end) for s in d.sides]
        if ga is not None and ga == gb:
            keys.extend(("version", ga, d.kind, key_of(s, d.kind)) for s in d.sides)
        pair = frozenset(key_of(s, d.kind) for s in d.sides)
        keys.append(("pair", d.kind, pair))
        for key in keys:
            for other in seen.get(key, ()):
                link.join(other, n, pair if key[0] == "pair" else frozenset())
            seen.setdefault(key, []).append(n)
    # stars last, of whole findings, so none takes a pair from a finding above
    for key, held_by in seen.items():
        if key[0] not in ("version", "pair"):
            for n in held_by[1:]:
                link.join(held_by[0], n, hub=True)
    out: dict[int, list[int]] = {}
    for n in range(len(discrepancies)):
        out.setdefault(link.root(n), []).append(n)
    return list(out.values())
