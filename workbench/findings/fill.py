"""Every source of a claim group that states a finding's figure is one of its
sources.

A finding's versions come from pair-level discrepancies, and two sources
stating one value in the same words make no discrepancy: nine sources of a
claim group said "mother of 12", one said 13, and the finding listed "12" as
said by two (fresh trial 20) — the others' sentences were in the group and
never compared with the 13. So the members of the finding's claim groups are
read too: a member's figure joins a version when it is that version's value
(after normalising), of the finding's kind, measures the same thing — it
shares a word of its surroundings with the version's sources ("mother of 12"
/ "a mother of 12 children") and is not tied to another owner (``owners``) —
and it is the only figure of its sentence that does. Nor does a figure
counting another happening than the finding's own sides (what the pair
flags compared): a finding over "wounding two others" against "wounded a
third" listed four sources' "killed two" as its 'two' and aimed the
correction at the three right articles (trial 36). A finding whose own
sides are tied to two owners (a pair flag comparing Egypt's share with
India's) gets no sources this way: what it compares is unclear. Only values
a version already has are added: a value no source was compared with is the
judge's to weigh, not the grouping's. Discrepancies and verdicts are
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..model import Claim, ClaimGroup, Fact, Side
from ..text import content_tokens
from .count_units import other_unit
from .owners import (
    COUNTED_KINDS,
    OWNED_KINDS,
    Owned,
    Read,
    differ,
    happenings_differ,
    measure_at,
    measured_apart,
    owners,
)
from .reading_here import as_written_here


@dataclass(frozen=True)
class _Unowned:
    owner: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    listed: bool = False
    event: str = ""


_NO_OWNER = _Unowned()  # no reading handed in: no figure's owner read
NEAR = 40  # characters of the sentence either side of a value read as its surroundings
_DIGITS = re.compile(r"^[\d.,]+$")


def _near(claim: Claim, start: int, end: int, facts: Sequence[Fact]) -> set[str]:
    """The content words either side of a value (no figures: 'mother of 12'
    and 'mother of 13' share 'mother', not '12')."""
    text = claim.text
    s, e = start - claim.start, end - claim.start
    words = content_tokens(text[max(0, s - NEAR) : s]) + content_tokens(text[e : e + NEAR])
    return {w for w in words if not _DIGITS.match(w)}


def more_sides(
    sides: Sequence[Side],
    kind: str,
    groups: Iterable[ClaimGroup],
    claims: dict[str, Claim],
    facts_of: Callable[[str], Sequence[Fact]],
    key_of: Callable[[Side], str],
    read: Read | None = None,
    partners: Callable[[str], Iterable[str]] = lambda claim: (),
) -> list[Side]:
    """Sides of the members of ``groups`` (sources the finding does not hold
    yet) stating a value of one of the finding's versions (``sides``), then
    of the sentences aligned with a version's sentence as one claim
    (``partners``: a claim's partners aligned at the conflict floor or above)
    in sources still not held: "three international underwater cables" aligned
    with "three undersea cables" states its version although its sentence
    is in no group with the others (trial 33: 3 sources counted of 5).
    ``read``: the comparison's reading of owners (``owners.measured_apart``)."""
    at = {(f.article, f.start, f.end): f for s in sides for f in facts_of(s.claim)}
    places = [(s.article, s.start, s.end) for s in sides]
    kinds = {at[p].kind for p in places if p in at}
    if not kinds:
        return []
    held = {s.article for s in sides}
    by_key: dict[str, list[Side]] = {}
    for s in sides:
        by_key.setdefault(key_of(s), []).append(s)
    near = {
        k: set().union(*(_near(claims[s.claim], s.start, s.end, facts_of(s.claim)) for s in v))
        for k, v in by_key.items()
        if all(s.claim in claims for s in v)
    }
    whose = {
        k: frozenset().union(
            *(owners(claims[s.claim], s.start, s.end, facts_of(s.claim)) for s in v)
        )
        for k, v in by_key.items()
        if kind in OWNED_KINDS and all(s.claim in claims for s in v)
    }
    tied = [
        owners(claims[s.claim], s.start, s.end, facts_of(s.claim))
        for s in sides
        if kind in OWNED_KINDS and s.claim in claims
    ]
    read_ = read or (lambda text, start, end: _NO_OWNER)
    seen = [
        measure_at(read_, claims[s.claim], s.start, s.end)
        for s in sides
        if kind in OWNED_KINDS and s.claim in claims
    ]
    if any(differ(a, b) for a in tied for b in tied) or any(
        measured_apart(*a, *b) for a in seen for b in seen
    ):
        return []  # a pair flag comparing two owners' figures: which thing is unclear
    reads = {
        k: [measure_at(read_, claims[s.claim], s.start, s.end) for s in v]
        for k, v in by_key.items()
        if k in whose
    }
    units = {k: [at.get((s.article, s.start, s.end)) for s in v] for k, v in by_key.items()}
    members = [(m.article, (*m.claims, *m.restated)) for g in groups for m in g.members]
    out: list[Side] = []
    for article, of_member in [*members, *_aligned(sides, partners, claims).items()]:
        if article in held:
            continue
        found = [
            side
            for c in of_member
            if c in claims
            for side in _stating(
                claims[c], kinds, facts_of(c), key_of, near, (whose, reads, read_, seen), by_key
            )
            if not other_unit(facts_at_side(side, facts_of(c)), units.get(key_of(side), ()))
        ]
        if len(found) == 1:  # two figures of the member fit: which one is unclear
            out.append(found[0])
            held.add(article)
    return out


def facts_at_side(side: Side, facts: Sequence[Fact]) -> Fact:
    """The fact a side of ``facts`` was read from."""
    return next(f for f in facts if (f.start, f.end) == (side.start, side.end))


def _aligned(
    sides: Sequence[Side], partners: Callable[[str], Iterable[str]], claims: dict[str, Claim]
) -> dict[str, list[str]]:
    """The sentences aligned with the sentence of any of ``sides``, by article."""
    out: dict[str, list[str]] = {}
    for s in sides:
        for c in partners(s.claim):
            if c in claims and c not in out.setdefault(claims[c].article, []):
                out[claims[c].article].append(c)
    return out


def _stating(
    claim: Claim,
    kinds: set[str],
    facts: Sequence[Fact],
    key_of: Callable[[Side], str],
    near: dict[str, set[str]],
    owned: tuple[
        dict[str, frozenset[str]], dict[str, list[tuple[Owned, str]]], Read, list[tuple[Owned, str]]
    ],
    by_key: dict[str, list[Side]],
) -> list[Side]:
    """The figures of ``claim`` stating a version's value; ``owned``: each
    version's owners, what the comparison reads of its sides, and of every
    side of the finding (what the finding compares)."""
    whose, reads, read, compared = owned
    out = []
    for f in facts:
        if f.kind not in kinds:
            continue
        side = Side(f.article, f.claim, f.start, f.end, f.text, f.text)
        key = key_of(side)
        if key not in near or not (near[key] & _near(claim, f.start, f.end, facts)):
            continue
        if key in whose and differ(whose[key], owners(claim, f.start, f.end, facts)):
            continue
        if key in whose and any(
            measured_apart(*measure_at(read, claim, f.start, f.end), *r) for r in reads.get(key, ())
        ):
            continue  # the comparison reads another owner's figure
        if f.kind in COUNTED_KINDS and any(
            happenings_differ(measure_at(read, claim, f.start, f.end)[0], r) for r, _ in compared
        ):
            continue  # a count of another happening: "killed two" is no "wounded two"
        reading = as_written_here(claim, f, by_key[key])
        out.append(Side(f.article, f.claim, f.start, f.end, f.text, reading))
    return out


Place = tuple[str, int, int]


def compared_places(discrepancies: Sequence) -> dict[Place, list[tuple[Place, int]]]:
    """Each place a pair-level discrepancy compares: the place it is compared
    with, and the discrepancy's index (read by ``shown_once``)."""
    out: dict[Place, list[tuple[Place, int]]] = {}
    for n, d in enumerate(discrepancies):
        a, b = ((s.article, s.start, s.end) for s in d.sides)
        out.setdefault(a, []).append((b, n))
        out.setdefault(b, []).append((a, n))
    return out


def shown_once(
    extra: Sequence[Side],
    sides: Sequence[Side],
    members: Iterable[int],
    compared: dict[Place, list[tuple[Place, int]]],
    key_of: Callable[[Side], str],
) -> list[Side]:
    """``extra`` but a side another finding's discrepancy compares with a side
    of another value this finding shows: the two places listed as two versions
    here too, the pair would read as two findings' ("12-year vs 11-year"
    twice, user trial 38). Sides are weighed in order; one kept is shown for
    those after it."""
    mine = set(members)
    shown = {(s.article, s.start, s.end): key_of(s) for s in sides}
    out = []
    for s in extra:
        place, key = (s.article, s.start, s.end), key_of(s)
        if any(n not in mine and shown.get(q, key) != key for q, n in compared.get(place, ())):
            continue
        shown[place] = key
        out.append(s)
    return out
