"""Two claim groups that share a source join when that source told the claim
twice: one statement landed in each group (issue 15, readers G15/G16: most
split claims "share a source").

The aligner gives each sentence one partner per article. A source that states
a claim in its lead and again in the next sentence ("LuAnn Johnson,
66, was struck as she walked into the store." / "Police said she was in a
marked crosswalk when a vehicle knocked her to the pavement.") has each
statement taken by some of the other sources, so the two groups' cross pairs
that touch it are never all aligned, and one passage per source keeps the two
statements apart: one claim, two groups.

Two groups join here when
- they share a source and each has a source the other lacks: the join stands
  on two outlets that never share a sentence (a group all of whose sources the
  other holds — a copy telling a game twice — is left alone);
- every cross pair of claims of different sources was aligned, or one of the
  two is of a shared source and the other was aligned with that source's
  other statement in the joined group (the aligner took it for the claim),
  and neither was aligned with a sentence of the other's source outside the
  joined group (the aligner read it as another claim: "Also debuted, the new
  MacBook Pro." beside "The 13-inch model comes in $1,199 ...", session 43);
- each shared source's statements in the two groups are neighbouring
  sentences (a headline and its lead, a claim told in two sentences) and one
  claim of another source was aligned with both (the same members meet both:
  one claim told twice; two statements a paragraph or more apart were two
  claims the outlet told separately: "Darius Butler returned an interception
  32 yards" and "the Colts join the 2008 Dolphins", session 43);
- at least one cross pair of the two outlets' own sentences was aligned at
  ``least`` or more (the conflict floor: surely one claim; a loose link of two
  outlets on one topic, a Russian central bank's loan and the Fed's reserves
  at 0.36, joined a bank's two sentences on its swap lines with both: MEANTIME
  stock, session 43), and none of their claims are ``apart`` (stages of a
  case, a claim in passing …).

The group of more sources keeps its passages; the other's statements of the
shared sources become their restatements (``Member.restated``), never a second
passage. Best join first (the strongest alignment across), until none is left.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from ..model import Claim, ClaimGroup

Apart = Callable[[str, str], bool]  # two claims (ids) never in one group


class _Links:
    """Every alignment of the run: scores by pair and each claim's partners by article."""

    def __init__(self, claims: Sequence[Claim], pairs: Iterable[tuple[str, str, float]]) -> None:
        self.article = {c.id: c.article for c in claims}
        self.index = {c.id: c.index for c in claims}
        self.score: dict[frozenset[str], float] = {}
        self.partners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for left, right, score in pairs:
            if left in self.article and right in self.article:
                self.score[frozenset((left, right))] = score
                self.partners[left][self.article[right]].add(right)
                self.partners[right][self.article[left]].add(left)

    def aligned(self, x: str, y: str) -> bool:
        return frozenset((x, y)) in self.score

    def elsewhere(self, x: str, art: str, held: set[str]) -> bool:
        """x was aligned with a sentence of ``art`` outside ``held`` (another claim)."""
        return bool(self.partners[x].get(art, set()) - held)

    def taken_within(self, x: str, art: str, held: set[str]) -> bool:
        """x was aligned with a sentence of ``art`` in ``held``."""
        return bool(self.partners[x].get(art, set()) & held)


def _claims(g: ClaimGroup) -> dict[str, list[str]]:
    return {m.article: [*m.claims, *m.restated] for m in g.members}


def _strength(
    links: _Links, ga: ClaimGroup, gb: ClaimGroup, apart: Apart, least: float
) -> float | None:
    """The strongest alignment across two groups that may join here (None: they
    may not); ``least``: what an alignment of the two outlets must score."""
    a_side, b_side = _claims(ga), _claims(gb)
    shared = set(a_side) & set(b_side)
    if not shared or not set(a_side) - shared or not set(b_side) - shared:
        return None
    held = {c for side in (a_side, b_side) for ids in side.values() for c in ids}
    got: list[float] = []
    outlets = False  # a cross pair of two sources neither group shares, aligned at ``least``
    for art_x, xs in a_side.items():
        for art_y, ys in b_side.items():
            if art_x == art_y:
                continue
            for x in xs:
                for y in ys:
                    if apart(x, y):
                        return None
                    if links.aligned(x, y):
                        got.append(links.score[frozenset((x, y))])
                        mine = art_x not in shared and art_y not in shared
                        outlets = outlets or (mine and got[-1] >= least)
                    elif (
                        not (
                            (art_y in shared and links.taken_within(x, art_y, held))
                            or (art_x in shared and links.taken_within(y, art_x, held))
                        )
                        or links.elsewhere(x, art_y, held)
                        or links.elsewhere(y, art_x, held)
                    ):
                        return None
    if not outlets or not all(_met_both(links, a_side, b_side, s) for s in shared):
        return None
    return max(got)


def _met_both(
    links: _Links, a_side: dict[str, list[str]], b_side: dict[str, list[str]], source: str
) -> bool:
    """Are ``source``'s statements in the two groups neighbouring sentences that
    one claim of another source was aligned with both?"""
    index = [links.index[c] for side in (a_side, b_side) for c in side[source]]
    if max(index) - min(index) != len(index) - 1 or len(set(index)) != len(index):
        return False
    others = {
        c for side in (a_side, b_side) for art, ids in side.items() if art != source for c in ids
    }
    return any(
        any(links.aligned(o, x) for x in a_side[source])
        and any(links.aligned(o, y) for y in b_side[source])
        for o in others
    )


def _joined(ga: ClaimGroup, gb: ClaimGroup, position: dict[str, int]) -> ClaimGroup:
    """The group of more sources (else the earlier) with the other's members:
    a shared source's statements of the other become its restatements."""
    keep, give = (gb, ga) if len(gb.members) > len(ga.members) else (ga, gb)
    theirs = {m.article: m for m in give.members}
    members = []
    for m in keep.members:
        extra = theirs.pop(m.article, None)
        if extra is not None:
            again = sorted({*m.restated, *extra.claims, *extra.restated}, key=position.get)
            m = replace(m, restated=tuple(again))
        members.append(m)
    members.extend(theirs.values())
    members.sort(key=lambda m: position.get(m.claims[0], 0))
    have = {m.article for m in members}
    near = tuple(sorted((set(ga.aligned) | set(gb.aligned)) - have))
    return ClaimGroup(f"{keep.id}+{give.id}", tuple(members), near)


def join_told_twice(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    pairs: Iterable[tuple[str, str, float]],
    apart: Apart,
    least: float = 0.0,
) -> tuple[ClaimGroup, ...]:
    """``groups`` with those joined whose shared source told the claim twice
    (see the module); ``pairs``: every alignment of the run (left, right,
    score); ``least``: what the alignment of two outlets neither group shares
    must score (the conflict floor: surely one claim). Renumbered g1, g2, …
    in order of their first sentence when any joined."""
    links = _Links(claims, pairs)
    position = {c.id: n for n, c in enumerate(claims)}
    live = {n: g for n, g in enumerate(groups)}
    joined = False
    while True:
        of = {c: n for n, g in live.items() for ids in _claims(g).values() for c in ids}
        candidates = {
            (min(of[x], of[y]), max(of[x], of[y]))
            for x, y in (tuple(k) for k in links.score)
            if x in of and y in of and of[x] != of[y]
        }
        best: tuple[float, int, int] | None = None
        for n, m in sorted(candidates):
            w = _strength(links, live[n], live[m], apart, least)
            if w is not None and (best is None or w > best[0]):
                best = (w, n, m)
        if best is None:
            break
        _, n, m = best
        live[n] = _joined(live[n], live.pop(m), position)
        joined = True
    if not joined:
        return tuple(groups)
    out = sorted(
        live.values(), key=lambda g: min(position.get(c, 0) for m in g.members for c in m.claims)
    )
    return tuple(replace(g, id=f"g{n}") for n, g in enumerate(out, 1))
