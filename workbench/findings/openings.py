"""A claim stated again in the opening of each article joins its group.

Outlets state the main claim twice at the top: the headline ("Saints place
Bush on IR") and the lead ("The New Orleans Saints have placed running back
Reggie Bush on injured reserve…"). The aligner pairs headlines with headlines
and leads with leads, so the grouping made two groups of one claim, which
readers marked the same (``same_as``; the split groups of G4, G5 and G7's
events include such pairs, and G8's splits were mostly of this kind). One
member per source keeps them apart; here the smaller group joins the larger
as restatements (``Member.restated``, shown and compared with the group,
never a second passage) when:

- every source of the smaller group is a source of the larger one;
- each of its members, and the larger group's member of the same source,
  sit in the article's opening (sentence ``OPENING`` or earlier);
- each of its members reads like that source's member of the larger group
  (lexical similarity at least ``ALIKE``): a headline about something else
  in the opening ("Deep Throat" obituary vs the book deal) stays apart.

Best match first (the highest weakest similarity), until none is left.
``OPENING`` and ``ALIKE`` were chosen on the judged events G1–G7
(development data); G8 is scored only as a total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Claim, ClaimGroup

OPENING = 3  # the last sentence index of an article's opening (headline, standfirst, lead)
ALIKE = 0.2  # lexical similarity a restatement needs with its source's passage

Similar = Callable[[str, str], float]


def join_openings(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    similar: Similar,
    opening: int = OPENING,
    alike: float = ALIKE,
) -> tuple[ClaimGroup, ...]:
    """``groups`` with each group restating another's claim in the articles'
    openings folded into it; renumbered g1, g2, … in their order."""
    by_id = {c.id: c for c in claims}
    live = list(groups)
    known: dict[tuple[str, str], float | None] = {}
    while True:
        best: tuple[float, int, int] | None = None
        for i, small in enumerate(live):
            if not _in_opening(small, by_id, opening):
                continue  # it joins no group (_weakest is None against each): not asked
            for j, large in enumerate(live):
                if i == j or len(small.members) > len(large.members):
                    continue
                key = (small.id, large.id)
                if key not in known:
                    known[key] = _weakest(small, large, by_id, similar, opening)
                w = known[key]
                if w is not None and w >= alike and (best is None or w > best[0]):
                    best = (w, i, j)
        if best is None:
            break
        _, i, j = best
        live[j] = _fold(live[i], live[j], by_id)
        gone = {live[i].id, live[j].id}
        known = {k: v for k, v in known.items() if not set(k) & gone}
        del live[i]
    if len(live) == len(groups):
        return tuple(groups)
    return tuple(replace(g, id=f"g{n}") for n, g in enumerate(live, 1))


def _in_opening(group: ClaimGroup, claims: dict[str, Claim], opening: int) -> bool:
    """Whether every sentence of ``group`` sits in its article's opening: a
    group with one outside joins no other (:func:`_weakest`), and most groups
    have one. Every pair of groups was asked again after each fold: 0.14 s of
    a 200-article check (issue 14, session 26), growing with the square of
    the groups."""
    return all(claims[c].index <= opening for m in group.members for c in (*m.claims, *m.restated))


def _weakest(
    small: ClaimGroup,
    large: ClaimGroup,
    claims: dict[str, Claim],
    similar: Similar,
    opening: int,
) -> float | None:
    """The weakest similarity of ``small``'s members with ``large``'s member of
    the same source; None when ``small`` may not join (a source ``large``
    lacks, or a sentence outside the opening)."""
    theirs = {m.article: m for m in large.members}
    weakest = 1.0
    for m in small.members:
        other = theirs.get(m.article)
        if other is None:
            return None
        mine = [claims[c] for c in (*m.claims, *m.restated)]
        them = [claims[c] for c in other.claims]
        if max(c.index for c in mine) > opening or min(c.index for c in them) > opening:
            return None
        weakest = min(weakest, max(similar(x.text, y.text) for x in mine for y in them))
    return weakest


def _fold(small: ClaimGroup, large: ClaimGroup, claims: dict[str, Claim]) -> ClaimGroup:
    """``large`` with ``small``'s sentences as its members' restatements."""
    extra = {m.article: (*m.claims, *m.restated) for m in small.members}
    members = tuple(
        replace(
            m,
            restated=tuple(sorted({*m.restated, *extra[m.article]}, key=lambda c: claims[c].index)),
        )
        if m.article in extra
        else m
        for m in large.members
    )
    have = {m.article for m in large.members}
    near = tuple(sorted((set(large.aligned) | set(small.aligned)) - have))
    return replace(large, members=members, aligned=near)
