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
conflicts compared different countries). Nor are two sides of sentences about
different people (Rait's Friday, Buckley's Saturday: ``persons``). A
pair-level flag that itself compares two owners' or two people's figures joins
only flags that do too, comparing the same two values: one misreading, shown
once, never a version of either.

One exception, a star: every discrepancy compares the same value of one
article (the hub) with a value of another article, each article once, and
all but one of those values agree with the hub's — what the others confirm
is the compared thing, and the one dissent is what the editor reviews. Two
dissents around one hub may be two different things.

One measured thing, one finding: findings that each compared the very same
figure of one source (a place, not a value) join when that figure is the only
one of its kind in its sentence, the sentence is a member of a claim group,
and every other figure of both findings is the only one of its kind in its
own sentence (``Figures``, read by ``build``): the judge read each other
figure as measuring what that figure measures, and no figure of either can
be read as another of its sentence's. A mystery "for three decades" compared
with "more than three decades" in one source and "more than 30 years" in
another was two findings of one length of time (fresh editor trial); a year
compared with the day of a death by a sentence that also dates something
"three years ago" stays apart. Owners still keep findings apart.

Last, findings that both hold the same figures of two sources or more, each
the only figure of its kind in its sentence, join (``_join_overlapping``):
each finding read those figures as measuring what the rest of it measures.
The sentences stating one claim spread over several claim groups give
overlapping findings of aligned sentences (a patch's release day in three
findings sharing four sources' figures: fresh editor trial 24); one shared
figure, or one beside another of its kind, joins nothing.

One comparison, one finding (session 31, user trial 38: "12-year vs 11-year"
shown as two findings of one group): a finding whose every pair compares a
figure another finding holds (the very place) with a value that finding
shows, or one that another finding shows as two of its versions, joins it,
unless a source both hold states another value in each (``_compared_again``);
so does a star whose one hub figure was compared with figures of two sources
or more another finding holds (``_spokes_within``: a quoted "700 metres"
against four sources' agreed "600m" / "2,000ft", user trial 40).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Discrepancy, Side, Verdict

# two sides' places (article, start, end) -> whether they are tied to different owners
Apart = Callable[[tuple[str, int, int], tuple[str, int, int]], bool]
Place = tuple[str, int, int]


@dataclass(frozen=True)
class Figures:
    """What ``build`` reads of a side's place: ``alone`` — the only figure of
    its kind in its sentence; ``grouped`` — that, and the sentence is a member
    of a claim group (a figure findings may join through); ``reading`` — what
    the figure states, comparable across sources (a time's TIMEX value, else
    its normalised value); ``beside`` — the readings of the other figures of
    its kind in its sentence; ``happening`` — the happening a count counts as
    the comparison reads it ("killed", "injured"), when it is the only count
    of it in its sentence, else ""."""

    alone: Callable[[Place], bool]
    grouped: Callable[[Place], bool]
    reading: Callable[[Place], str] = lambda place: ""
    beside: Callable[[Place], tuple[str, ...]] = lambda place: ()
    happening: Callable[[Place], str] = lambda place: ""


class _Linkage:
    def __init__(
        self,
        discrepancies: Sequence[Discrepancy],
        related: Callable[[str, str], bool],
        key_of: Callable[[Side, str], str],
        apart: Apart,
        figures: Figures | None = None,
    ) -> None:
        self.figures = figures
        self.ds = discrepancies
        self.related = related
        self.apart = apart
        self.parent = list(range(len(discrepancies)))
        self.sides = [
            {(s.claim, key_of(s, d.kind), (s.article, s.start, s.end)) for s in d.sides}
            for d in discrepancies
        ]
        self.where = [{(s.article, s.start, s.end) for s in d.sides} for d in discrepancies]
        self.written = {(s.article, s.start, s.end): s.text for d in discrepancies for s in d.sides}
        self.own = [frozenset(sides) for sides in self.sides]  # each pair's, never unioned
        self.held = [[n] for n in range(len(discrepancies))]
        self.last: list[int | None] = [None] * len(discrepancies)  # the last run's finding

    def keep(self, kept: Sequence[Sequence[int]]) -> None:
        """The pairs of each of the last run's findings (``kept``) one finding
        again, and never one with another's: a re-analysis after an unrelated
        edit moved a decided pair into another decided finding, which came back
        "mixed" (trial 31). New pairs join as they fit, into one of them at most."""
        for k, members in enumerate(kept):
            for n in members:
                self.last[n] = k
        for members in kept:
            for n in members[1:]:
                self._union(self.root(members[0]), self.root(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _owned_alike(self, ra: int, rb: int) -> bool:
        """No two sides of the two findings together tied to different owners
        or people; a pair-level flag that itself compares two owners' or two
        people's figures joins only flags that do too (``_crossed``)."""
        places = sorted({p[2] for p in self.sides[ra] | self.sides[rb]})
        if not any(self.apart(a, b) for i, a in enumerate(places) for b in places[i + 1 :]):
            return True
        # ... and only when they compare the same two values: two teams'
        # offers against a third's are not one item (ECB+ 10_ecbplus)
        crossed = all(self._crossed(n) for n in self.held[ra] + self.held[rb])
        return crossed and len(self._values(ra) | self._values(rb)) == 2

    def _crossed(self, n: int) -> bool:
        """A flag comparing two owners' or two people's figures: Rait's Friday
        against Buckley's Saturday, compared from three sources, is one item
        to dismiss, never a version of either death's day (user trial 40)."""
        places = sorted({p for _, _, p in self.own[n]})
        return len(places) == 2 and self.apart(*places)

    def _fits(self, p: tuple, q: tuple) -> bool:
        return p[1] == q[1] or self.related(p[0], q[0]) or self._one_happening(p[2], q[2])

    def _one_happening(self, a: Place, b: Place) -> bool:
        """Two counts of one named happening, each its sentence's only count
        of it: "wounding two others" and "another wounded" count the wounded
        wherever the grouping put their sentences (trial 36: 22_11's lead sat
        in another claim group, and the wounded count was a conflict and,
        apart, an agreement)."""
        if self.figures is None:
            return False
        happening = self.figures.happening(a)
        return bool(happening) and happening == self.figures.happening(b)

    def _star(self, ra: int, rb: int) -> bool:
        both = self.held[ra] + self.held[rb]
        hub = set.intersection(*(self.where[n] for n in both))
        others = [w[0] for n in both for w in self.where[n] - hub]
        dissent = sum(self.ds[n].verdict is not Verdict.CONSISTENT for n in both)
        return len(hub) == 1 and len(set(others)) == len(others) == len(both) and dissent <= 1

    def _one_against_alike(self, ra: int, rb: int) -> bool:
        """Every pair compares the same figure of one source (the hub) with a
        figure of another source, and those others all write one number: the
        hub is the lone dissent from one figure, however each wrote it ('31-year-old'
        against 'Robert Buckley, 32,' in three sources and '32-year-old' in
        three more: one age in two findings, user trial 40)."""
        both = self.held[ra] + self.held[rb]
        hub = set.intersection(*(self.where[n] for n in both))
        if len(hub) != 1:
            return False
        others = {p for n in both for p in self.where[n]} - hub
        told = {tuple(_NUMBER.findall(self.written.get(p, ""))) for p in others}
        (number,) = told if len(told) == 1 else ((),)
        return len(number) == 1 and number != tuple(_NUMBER.findall(self.written[next(iter(hub))]))

    def _told_alone(self, place: Place, other: int) -> bool:
        """The figure at ``place`` is its sentence's only one of its kind, or
        every other of its kind there ('600 metres (2,000 feet)') is in
        finding ``other`` too: the judge could not have read it as another
        figure of its sentence (a patch's day beside the day of a monthly
        release, tests/test_findings22_overlap.py)."""
        figures = self.figures
        if figures is None:
            return False
        if figures.alone(place):
            return True
        held = {figures.reading(p) for p in self.places(other) if p[0] == place[0]}
        beside = set(figures.beside(place))
        return bool(beside) and beside <= held

    def join(
        self,
        a: int,
        b: int,
        pair: frozenset[str] = frozenset(),
        hub: bool = False,
        figure: bool = False,
        overlap: bool = False,
    ) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return
        if None not in (self.last[ra], self.last[rb]) and self.last[ra] != self.last[rb]:
            return  # two of the last run's findings stay two (``keep``)
        # one figure compared by both is one measured thing (``Figures``); two
        # figures of two sources held by both, too (``_two_shared``)
        if overlap:
            if not (self._two_shared(ra, rb) or self._compared_again(ra, rb)):
                return
        elif not (self._each_alone(ra, rb) if figure else self._linked(ra, rb, pair, hub)):
            return
        if not self._owned_alike(ra, rb):
            return
        self._union(ra, rb)

    def _union(self, ra: int, rb: int) -> None:
        if ra == rb:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.sides[keep] |= self.sides[gone]
        self.held[keep] += self.held[gone]
        if self.last[keep] is None:
            self.last[keep] = self.last[gone]

    def places(self, r: int) -> set[Place]:
        return {p[2] for p in self.sides[r]}

    def _two_shared(self, ra: int, rb: int) -> bool:
        """Both findings hold the same figures of two sources or more, each the
        only figure of its kind in its sentence: each finding read those
        figures as measuring what the rest of it measures, and neither can be
        read as another figure of its sentence."""
        if self.ds[ra].kind != self.ds[rb].kind or self.figures is None:
            return False
        shared = self.places(ra) & self.places(rb)
        if len({p[0] for p in shared if self.figures.alone(p)}) < 2:
            return False
        # a source both hold states in each what it states in the other, or
        # a part of it: a death's day in one, the scandal's year from the
        # same source in the other, is two measured things. A figure the judge
        # picked beside the one that states what its source gives in the other
        # finding does not count ("On Monday we reported rumours it would ship
        # on February 11": Monday compared with the launch month, February in
        # the source's other sentence, kept one launch in three findings, 42_ecb)
        # A source telling the figure twice, once in each finding, in words the
        # versions tell apart but reading the same ("on April 29" / "Beginning
        # April 29th": one registration day, 42_ecbplus) states the same in both
        return self._sources_agree(ra, rb)

    def _sources_agree(self, ra: int, rb: int) -> bool:
        """Each source both findings hold states in one what it states in the
        other, or a part of it (``_two_shared``)."""
        a, b = self._values_by_source(ra, rb), self._values_by_source(rb, ra)
        ra_, rb_ = self._values_by_source(ra, rb, True), self._values_by_source(rb, ra, True)
        return all(
            a[s] <= b[s] or b[s] <= a[s] or _read_alike(ra_[s], rb_[s]) for s in a.keys() & b.keys()
        )

    def _compared_again(self, ra: int, rb: int) -> bool:
        """Every pair of one finding compares a figure the other holds (the
        very place) with a value the other already shows: the other finding
        shows that comparison as two of its versions, so the pair is one item
        (ECB+ 36_ecbplus: one source's '11-year' against two wire copies'
        '12-year' in one finding, against a third source's '12-year' in
        another - "12-year vs 11-year" shown twice, user trial 38)."""
        if self.ds[ra].kind != self.ds[rb].kind:
            return False
        if self._spokes_within(ra, rb) or self._spokes_within(rb, ra):
            return True
        # a source stating another value in each is two measured things (a
        # death's day in one, the scandal's year in the other: ``_two_shared``)
        if not self._sources_agree(ra, rb):
            return False
        if self._compares_within(ra, rb) or self._compares_within(rb, ra):
            return True
        return self._shows_a_pair(ra, rb) or self._shows_a_pair(rb, ra)

    def _spokes_within(self, r: int, other: int) -> bool:
        """Every pair of ``r`` compares one figure (the hub, a place ``other``
        does not hold) with a figure ``other`` holds, of two sources or more:
        the hub was compared with the very figures ``other`` reads as one
        measured thing (ECB+ 23_ecbplus: a quoted 'some 700 metres' against
        four sources' '600m' / '2,000ft', a finding apart from the agreement
        of those four, so one fall was both 'unresolved' and 'agreed', user
        trial 40)."""
        places = self.places(other)
        hubs, spokes = set(), set()
        for n in self.held[r]:
            inside = [(c, p) for c, _, p in self.own[n] if p in places]
            outside = [(c, p) for c, _, p in self.own[n] if p not in places]
            # the hub's sentence aligned with, or grouped with, each it was
            # compared with (two laptops' prices against a range never
            # aligned with them stay two findings: ECB+ 40_ecbplus)
            if (
                len(inside) != 1
                or len(outside) != 1
                or not self.related(inside[0][0], outside[0][0])
            ):
                return False
            hubs.add(outside[0][1])
            if self._told_alone(inside[0][1], other):
                spokes.add(inside[0][1][0])
        if len(hubs) != 1 or len(spokes) < 2:
            return False
        # every other source both hold states in one what it states in the
        # other; the hub's own source may tell the thing again in other words
        # ('about 2,000ft', then a quoted 'some 700 metres'): the very
        # disagreement the finding shows
        hub = next(iter(hubs))[0]
        a, b = self._values_by_source(r, other), self._values_by_source(other, r)
        if not all(a[x] <= b[x] or b[x] <= a[x] for x in a.keys() & b.keys() if x != hub):
            return False
        if hub not in b:
            return True
        # a measure in one unit ('some 700 metres', 'about 2,000ft'), never a
        # day against a year (a death's day, the scandal's year: two things)
        ra_, rb_ = self._values_by_source(r, other, True), self._values_by_source(other, r, True)
        return len({_unit(x) for x in ra_[hub] | rb_[hub]} - {None}) == 1 and None not in {
            _unit(x) for x in ra_[hub] | rb_[hub]
        }

    def _shows_a_pair(self, r: int, other: int) -> bool:
        """``other`` shows a pair of ``r`` as two of its versions: both its
        figures (the very places) in ``other`` with different values (one
        source's 'yesterday' against two sources' 'Friday' in one finding,
        against 'Friday' and 'Saturday' in another, ECB+ 18_ecb)."""
        places = self.places(other)
        return any(
            all(p in places for _, _, p in self.own[n]) and len({v for _, v, _ in self.own[n]}) == 2
            for n in self.held[r]
        )

    def _compares_within(self, r: int, other: int) -> bool:
        places, values = self.places(other), self._values(other)
        return all(
            any(p in places for _, _, p in self.own[n])
            and all(v in values for _, v, _ in self.own[n])
            for n in self.held[r]
        )

    def _values_by_source(self, r: int, other: int, read: bool = False) -> dict[str, set[str]]:
        """Each source's values in finding ``r`` (``read``: what each figure
        reads, ``Figures.reading``), but a figure not alone in its sentence
        whose sentence holds another figure agreeing with what the source
        states in finding ``other`` (``_within``)."""
        figures = self.figures
        theirs: dict[str, set[str]] = {}
        if figures is not None:
            for _, _, place in self.sides[other]:
                theirs.setdefault(place[0], set()).add(figures.reading(place))
        out: dict[str, set[str]] = {}
        for _, value, place in self.sides[r]:
            if figures is not None and not figures.alone(place):
                told = theirs.get(place[0], set())
                if any(_within(x, y) for x in figures.beside(place) for y in told):
                    continue
            out.setdefault(place[0], set()).add(
                figures.reading(place) if read and figures is not None else value
            )
        return out

    def _each_alone(self, ra: int, rb: int) -> bool:
        alone = self.figures.alone if self.figures is not None else (lambda p: False)
        return all(alone(p[2]) for p in self.sides[ra] | self.sides[rb])

    def _linked(self, ra: int, rb: int, pair: frozenset[str], hub: bool) -> bool:
        if hub:
            return self._star(ra, rb) or self._one_against_alike(ra, rb)
        # the same two values compared in several pairs of articles: one item
        if pair and self._values(ra) == pair == self._values(rb):
            return True
        return all(self._fits(p, q) for p in self.sides[ra] for q in self.sides[rb])

    def _values(self, r: int) -> frozenset[str]:
        return frozenset(v for _, v, _ in self.sides[r])


def _unit(reading: str) -> str | None:
    """The unit a measure's reading is in (``build._reading``: a quantity's
    JSON list, its SI unit first), else None."""
    if not reading.startswith("["):
        return None
    try:
        unit = json.loads(reading)[0]
    except (ValueError, IndexError):
        return None
    return unit if isinstance(unit, str) and unit else None


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _read_alike(a: set[str], b: set[str]) -> bool:
    """One source's figures in two findings read the same: one reading each,
    the same and naming a figure (a digit)."""
    return len(a) == len(b) == 1 and a == b and any(ch.isdigit() for ch in next(iter(a)))


def _within(x: str, y: str) -> bool:
    """Do two readings agree: the same, or one TIMEX value inside the other
    ("XXXX-02-11" within "XXXX-02"), the shorter naming a figure (a digit)?"""
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return x == y or (any(ch.isdigit() for ch in short) and long.startswith(short + "-"))


def clusters(
    discrepancies: Sequence[Discrepancy],
    related: Callable[[str, str], bool],
    group_of: dict[str, str],
    key_of: Callable[[Side, str], str],
    apart: Apart | None = None,
    figures: Figures | None = None,
    kept: Sequence[Sequence[int]] = (),
) -> list[list[int]]:
    """The discrepancies (their indices) of each finding. ``apart``: whether
    two sides' values are tied to different owners (default: never).
    ``figures``: which sides' places are their sentence's only figure of
    their kind (findings comparing one such figure of a grouped sentence
    join; default: none is). ``kept``: the pairs of each of the last run's
    findings, kept one finding each (``_Linkage.keep``)."""
    link = _Linkage(discrepancies, related, key_of, apart or (lambda a, b: False), figures)
    link.keep(kept)
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
    # then one figure compared by several findings: one measured thing
    for key, held_by in seen.items():
        if figures is not None and key[0] not in ("version", "pair") and figures.grouped(key[1:]):
            for n in held_by[1:]:
                link.join(held_by[0], n, figure=True)
    _join_overlapping(link, len(discrepancies))
    out: dict[int, list[int]] = {}
    for n in range(len(discrepancies)):
        out.setdefault(link.root(n), []).append(n)
    return list(out.values())


def _join_overlapping(link: _Linkage, count: int) -> None:
    """Last, findings holding the same figures of two sources join, until none
    is left: complete linkage made overlapping findings of one measured thing
    when the sentences stating it were spread over several claim groups (a
    patch's release day, "Wednesday" / "today" / "yesterday" in seventeen
    reports, was three findings sharing four sources' figures: fresh editor
    trial 24)."""
    changed = True
    while changed:
        changed = False
        holders: dict[Place, list[int]] = {}
        for r in sorted({link.root(n) for n in range(count)}):
            for place in sorted(link.places(r)):  # not the set's order: the hash seed's
                holders.setdefault(place, []).append(r)
        for rs in holders.values():
            for r in rs[1:]:
                before = link.root(rs[0]), link.root(r)
                link.join(rs[0], r, overlap=True)
                changed |= before[0] != before[1] and link.root(r) == link.root(rs[0])
