"""The judge asked about two versions of one finding that no pair compared.

A finding holds every version of one compared thing ("$13.9bn", "$13.2bn",
"about $13 billion"), but the pair-level discrepancies it is made of compare
only the sentences the aligner paired: "$13.9bn" and "$13.2bn" may each have
been compared with "about $13 billion" (consistent: hedged) and never with
each other. ``judged`` gives ``findings.build`` a comparer that puts two
versions before the same judge the pairs went through (``judge.judge``, its
public entry point, on the two sentences as one aligned pair) and returns
what it said about those two values.

The findings package may not import the judge (the review log imports the
findings package and must not reach the judge), so the analysis hands it this.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from . import judge
from .facts.registry import FAMILIES
from .model import Alignment, Analysis, Claim, Fact, Side, Verdict

# what a comparer returns: the verdict and the judge's explanation, or None
# when the judge flags nothing between the two (the same value, or values it
# holds to be about different things)
Judged = tuple[Verdict, str] | None
Compare = Callable[[Sequence[Side], Sequence[Side], str], Judged]
TRIES = 4  # pairs of sentences tried per two versions, best aligned first


def judged(analysis: Analysis, conflict_floor: float) -> Compare:
    """A comparer of two versions (their sides) of a finding of ``kind``.

    Pairs of sides of different articles are tried, those whose sentences
    were aligned first (strongest first), then those aligned through a third
    sentence both were aligned with; the first the judge says something about
    is the answer. The pair is judged with the score of its alignment, or,
    when its sentences were never aligned, the weaker of the two alignments
    through that third sentence (none: ``conflict_floor``), so a conflict
    needs the evidence a pair's conflict needs."""
    claims = {c.id: c for c in analysis.claims}
    facts: dict[str, list[Fact]] = defaultdict(list)
    for f in analysis.facts:
        facts[f.claim].append(f)
    score: dict[frozenset[str], float] = {}
    partners: dict[str, dict[str, float]] = defaultdict(dict)
    for a in analysis.alignments:
        score[frozenset((a.left, a.right))] = a.score
        partners[a.left][a.right] = a.score
        partners[a.right][a.left] = a.score
    articles = judge.Articles.of(analysis.articles)  # read once, not per pair: read_once.py

    def strength(x: str, y: str) -> float | None:
        if frozenset((x, y)) in score:
            return score[frozenset((x, y))]
        through = [min(s, partners[y][c]) for c, s in partners[x].items() if c in partners[y]]
        return max(through) if through else None

    def compare(left: Sequence[Side], right: Sequence[Side], kind: str) -> Judged:
        pairs = []
        for x in left:
            for y in right:
                if x.article == y.article or x.claim not in claims or y.claim not in claims:
                    continue
                s = strength(x.claim, y.claim)
                pairs.append((s is None, -(s or 0.0), x, y))
        pairs.sort(key=lambda p: (p[0], p[1], p[2].article, p[2].start, p[3].article, p[3].start))
        for missing, negative, x, y in pairs[:TRIES]:
            s = conflict_floor if missing else -negative
            two = (claims[x.claim], claims[y.claim])
            out = _judge_two(articles, two, facts, (x, y), kind, (s, conflict_floor))
            if out is not None:
                return out
        return None

    return lambda left, right, kind: compare(left, right, kind)


def _judge_two(
    articles: judge.Articles,
    two: tuple[Claim, Claim],
    facts: dict[str, list[Fact]],
    sides: tuple[Side, Side],
    kind: str,
    scores: tuple[float, float],
) -> Judged:
    """What the judge says about the values at ``sides`` when their two
    sentences are one aligned pair: with every fact of both sentences first
    (the judge pairs each value with the one it is about), then, when it
    paired these two values with others, with only these two of their family.
    ``scores``: the pair's alignment score and the score a conflict needs."""
    ca, cb = two
    s, floor = scores
    every = facts[ca.id] + facts[cb.id]
    alone = [f for f in every if _family(f.kind) != _family(kind) or _at(f, sides)]
    for chosen in (every, alone):
        quotes = [f for f in chosen if f.kind == "quote"]
        pairs = [(q, r) for q in quotes for r in quotes if q.claim == ca.id and r.claim == cb.id]
        found = judge.judge(articles, [ca, cb], chosen, [Alignment(ca.id, cb.id, s)], pairs, floor)
        for d in found:
            if _family(d.kind) == _family(kind) and _matches(d.sides, sides):
                return d.verdict, d.explanation
        if chosen is alone or len(alone) == len(every):
            break
    return None


def _family(kind: str) -> str:
    for family in FAMILIES:
        if kind in family.kinds:
            return family.name
    return kind


def _overlap(s: Side, start: int, end: int) -> bool:
    return s.start < end and start < s.end


def _at(f: Fact, sides: tuple[Side, Side]) -> bool:
    return any(f.claim == s.claim and f.start < s.end and s.start < f.end for s in sides)


def _matches(found: tuple[Side, Side], sides: tuple[Side, Side]) -> bool:
    x, y = sides
    for a, b in (found, found[::-1]):
        if a.claim == x.claim and b.claim == y.claim:
            return _overlap(a, x.start, x.end) and _overlap(b, y.start, y.end)
    return False
