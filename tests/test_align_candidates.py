"""The aligner's candidate search equals a plain walk over every claim pair."""

from __future__ import annotations

import dataclasses
import random

from workbench.align import _cosines, _vectors
from workbench.model import Claim

WORDS = ["flood", "river", "bank", "council", "vote", "rain"]
WORDS += ["bridge", "mayor", "police", "fire", "storm", "court"]


def _claims(rng: random.Random, layout: list[str]) -> tuple[list[Claim], list[list[str]]]:
    claims, tokens = [], []
    for k, art in enumerate(layout):
        toks = [rng.choice(WORDS) for _ in range(rng.randint(0, 6))]
        claims.append(Claim(f"{art}:{k}", art, k, 0, 1, " ".join(toks)))
        tokens.append(toks)
    return claims, tokens


def _plain(claims: list[Claim], vecs: list[dict[str, float]]) -> list[dict[int, float]]:
    out = []
    for i, v in enumerate(vecs):
        acc: dict[int, float] = {}
        for tok, w in v.items():
            for j in range(i + 1, len(vecs)):
                if claims[j].article != claims[i].article and tok in vecs[j]:
                    acc[j] = acc.get(j, 0.0) + w * vecs[j][tok]
        out.append(acc)
    return out


def test_candidate_cosines_equal_a_plain_walk():
    rng = random.Random(7)
    layouts = [
        ["a"] * 5 + ["b"] * 7 + ["c"] * 4,  # articles in runs, as the analysis builds them
        [rng.choice("abcd") for _ in range(30)],  # interleaved: the fallback walk
        ["a"] * 6,  # one article: nothing to compare
    ]
    for layout in layouts:
        for _ in range(20):
            claims, tokens = _claims(rng, layout)
            vecs, _ = _vectors(tokens)
            got = [dict(acc) for acc in _cosines(claims, vecs)]
            assert got == _plain(claims, vecs)


def _plain_candidates(claims, tokens, forced, evidence, emb, t):
    """The candidate search as first written: every pair sharing a word, then filtered."""
    from collections import defaultdict

    from workbench.align import _combine, shared_values

    vecs, _ = _vectors(tokens)
    pairs = defaultdict(list)
    for i, acc in enumerate(_plain(claims, vecs)):
        cands = {j for j, cos in acc.items() if cos >= t.min_candidate}
        if emb is not None:
            cands.update(emb.strong.get(i, {}))
        cands.update(j for a, j in forced if a == i)
        for j in cands:
            cos = acc.get(j, 0.0)
            ev_i, ev_j = evidence.get(claims[i].id), evidence.get(claims[j].id)
            if (
                cos < t.weak_candidate
                and (emb is None or j not in emb.strong.get(i, {}))
                and (i, j) not in forced
                and not (ev_i and ev_j and shared_values(ev_i, ev_j))
            ):
                continue
            score = _combine(cos, tokens[i], tokens[j])
            if emb is not None:
                score = t.emb_weight * emb(i, j) + (1 - t.emb_weight) * score
            if ev_i and ev_j:
                score += t.fact_bonus * min(shared_values(ev_i, ev_j), 2)
            if (i, j) in forced:
                score = max(score, 0.9)
            pairs[(claims[i].article, claims[j].article)].append((score, i, j))
    return pairs


class _FakeEmbedding:
    """Strong pairs and cosines drawn at random, as _EmbeddingScores exposes them."""

    def __init__(self, rng: random.Random, claims: list[Claim]) -> None:
        self.strong: dict[int, dict[int, float]] = {}
        self.cos = {}
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                if claims[i].article != claims[j].article:
                    self.cos[i, j] = rng.uniform(-0.1, 0.9)
                    if self.cos[i, j] >= 0.5:
                        self.strong.setdefault(i, {})[j] = self.cos[i, j]

    def __call__(self, i: int, j: int) -> float:
        return self.cos[min(i, j), max(i, j)]


def test_candidate_pairs_and_scores_equal_the_plain_search():
    from workbench import thresholds
    from workbench.align import _candidates

    default = thresholds.current().align
    rng = random.Random(11)
    dims = ["count", "length", "timex:T", "percent"]
    for trial in range(80):
        floor = rng.choice([default.min_candidate, 0.0, 0.3, 0.9])  # also above the weak one
        t = dataclasses.replace(default, min_candidate=floor)
        layout = sorted(rng.choice("abcd") for _ in range(rng.randint(2, 30)))
        claims, tokens = _claims(rng, layout)
        evidence = {
            c.id: [(rng.choice(dims), v, v + rng.choice([0, 1])) for v in rng.sample(range(6), 2)]
            for c in claims
            if rng.random() < 0.5
        }
        idx = range(len(claims))
        forced = {
            (i, j)
            for i in idx
            for j in idx
            if i < j and claims[i].article != claims[j].article and rng.random() < 0.05
        }
        emb = _FakeEmbedding(rng, claims) if trial % 2 else None
        got = _candidates(claims, tokens, forced, evidence, emb, t)
        want = _plain_candidates(claims, tokens, forced, evidence, emb, t)
        assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in want.items()}
