"""The aligner's lexical half, worked out before the sentence vectors exist.

On the embedding path the model encodes an analysis's sentences on the other
core while the main thread reads facts (``embed_ahead``, ``embed_preload``);
at 200 articles the encoding outlasts the reading by seconds (issue 14), and
the main thread used to wait for it before the aligner did anything. Most of
the aligner's candidate search reads no vector: each claim's content words,
their IDF cosine with every later claim of another article that shares a
word, the pairs that cosine (and a shared value) make candidates, and their
lexical score (``lexical._mix``) and fact bonus. :func:`prepare` computes
all that while the model still encodes; ``align._candidates`` then adds the
embedding's strong pairs and mixes in the cosines of the vectors.

The same floats in the same order either way: a pair the embedding alone
makes a candidate takes the word cosine the walk would have summed for it
(:meth:`Lexical.cosine`: the same products added in the same order), so the
candidates, their scores and the alignments are the same bits as scored in
one pass (tests/test_s32_speed.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from . import thresholds
from .lexical import _mix, _vectors
from .model import Claim
from .one_copy import first_copies
from .text import content_tokens
from .thresholds import AlignThresholds

Evidence = tuple[str, float, float]  # (dimension, low, high) of a value in a claim


def shared_values(a: Sequence[Evidence], b: Sequence[Evidence]) -> int:
    """How many values of claim a agree with some value of claim b
    ("10 miles" and "16km" both cover 16 km)."""
    n = 0
    for dim, lo, hi in a:
        if any(d == dim and lo <= h2 and l2 <= hi for d, l2, h2 in b):
            n += 1
    return n


@dataclass
class Lexical:
    """The lexical candidates of one list of claims (see the module's text)."""

    claims: Sequence[Claim]
    t: AlignThresholds
    tokens: list[list[str]]
    forced: set[tuple[int, int]]
    vecs: list[dict[str, float]]
    joined: list[str]
    distinct: list[int]
    evs: list[list[Evidence] | None]
    #: per claim: (j, word cosine, lexical score, fact bonus or None) of each pair
    #: its words make a candidate, in the order the walk met them
    found: list[list[tuple[int, float, float, float | None]]]

    def fits(
        self, claims: Sequence[Claim], forced: set[tuple[int, int]], t: AlignThresholds
    ) -> bool:
        """Whether this was prepared for these claims, links and thresholds."""
        return self.claims is claims and self.forced == forced and self.t == t

    def cosine(self, i: int, j: int) -> float:
        """The word cosine :func:`cosines` sums for a later claim ``j`` of
        another article: i's words in order, each product added to 0.0 (no
        word shared: 0.0); a claim of i's own article is never summed (0.0)."""
        if self.claims[i].article == self.claims[j].article:
            return 0.0
        mine, other = self.vecs[i], self.vecs[j]
        shared = mine.keys() & other.keys()
        if not shared:  # most pairs only the embedding makes candidates (issue 14)
            return 0.0
        if len(shared) == 1:  # one product added to 0.0, as the walk adds it
            (tok,) = shared
            return 0.0 + mine[tok] * other[tok]
        total = 0.0
        for tok, w in mine.items():
            x = other.get(tok)
            if x is not None:
                total += w * x
        return total

    def score(self, i: int, j: int, cos: float) -> tuple[float, float | None]:
        """The lexical score of a pair and its fact bonus (None: no values on one side)."""
        mix = _mix(cos, self.joined[i], self.joined[j], self.distinct[i], self.distinct[j])
        ev_i, ev_j = self.evs[i], self.evs[j]
        if ev_i and ev_j:
            return mix, self.t.fact_bonus * min(shared_values(ev_i, ev_j), 2)
        return mix, None


def forced_pairs(
    claims: Sequence[Claim], linked: Iterable[tuple[str, str]]
) -> set[tuple[int, int]]:
    """The claim-number pairs (lower first) of the claim ids ``linked`` (a quotation)."""
    by_id = {c.id: i for i, c in enumerate(claims)}
    forced = set()
    for a, b in linked:
        if a in by_id and b in by_id:
            forced.add((min(by_id[a], by_id[b]), max(by_id[a], by_id[b])))
    return forced


def prepare(
    claims: Sequence[Claim],
    evidence: dict[str, list[Evidence]],
    forced: set[tuple[int, int]],
    tokens: list[list[str]] | None = None,
    t: AlignThresholds | None = None,
) -> Lexical:
    """The lexical half of the candidate search over ``claims`` (``t``: the
    thresholds in force unless given; ``tokens``: each claim's content words).

    A pair is a candidate when its word cosine reaches ``min_candidate`` and
    either reaches ``weak_candidate`` too or the two claims share a value."""
    t = thresholds.current().align if t is None else t
    tokens = [content_tokens(c.text) for c in claims] if tokens is None else tokens
    vecs, _ = _vectors(tokens, first_copies(claims))
    evs = [evidence.get(c.id) for c in claims]
    dims = [{e[0] for e in ev} if ev else set() for ev in evs]  # no dimension in common: 0

    def share(i: int, j: int) -> bool:
        return not dims[i].isdisjoint(dims[j]) and shared_values(evs[i], evs[j]) > 0  # type: ignore[arg-type]

    lex = Lexical(
        claims,
        t,
        tokens,
        forced,
        vecs,
        [" ".join(toks) for toks in tokens],
        [len(set(toks)) for toks in tokens],
        evs,
        [],
    )
    floor = t.min_candidate
    top = max(floor, t.weak_candidate)  # above this a pair needs no shared value
    for i, acc in enumerate(cosines(claims, vecs)):
        if evs[i]:
            cands = [
                (j, cos)
                for j, cos in acc.items()
                if cos >= top or (cos >= floor and evs[j] and share(i, j))
            ]
        else:  # nothing to share: a weak pair is never scored
            cands = [(j, cos) for j, cos in acc.items() if cos >= top]
        lex.found.append([(j, cos, *lex.score(i, j, cos)) for j, cos in cands])
    return lex


def cosines(claims: Sequence[Claim], vecs: list[dict[str, float]]) -> Iterator[dict[int, float]]:
    """For each claim i, its cosine with every later claim j of another article
    that shares a word (j -> cosine).

    Postings hold claim numbers in ascending order; a claim's article is one
    contiguous run of numbers, so the walk starts past the end of its own
    article: no posting of the same article or of an earlier claim is visited
    (one long article repeating its words is not quadratic, and the pairs are
    not walked twice). The sums are added in the same order as a plain walk."""
    n = len(claims)
    end = list(range(1, n + 1))  # first claim after i's article
    runs: dict[str, int] = {}
    for i in range(n - 1, -1, -1):
        art = claims[i].article
        end[i] = runs.get(art, n) if i + 1 < n and claims[i + 1].article == art else i + 1
        runs[art] = end[i]
    contiguous = len({c.article for c in claims}) == 1 + sum(
        claims[i].article != claims[i + 1].article for i in range(n - 1)
    )
    index: dict[str, tuple[list[int], list[float]]] = {}
    for i, v in enumerate(vecs):
        for tok, w in v.items():
            ids, ws = index.setdefault(tok, ([], []))
            ids.append(i)
            ws.append(w)
    for i, v in enumerate(vecs):
        acc: dict[int, float] = defaultdict(float)
        art = claims[i].article
        first = end[i] if contiguous else i + 1
        for tok, w in v.items():
            ids, ws = index[tok]
            k = bisect_left(ids, first)
            if contiguous:
                for j, x in zip(ids[k:], ws[k:], strict=True):
                    acc[j] += w * x
            else:
                for j, x in zip(ids[k:], ws[k:], strict=True):
                    if claims[j].article != art:
                        acc[j] += w * x
        yield acc
