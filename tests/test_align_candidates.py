"""The aligner's candidate search equals a plain walk over every claim pair."""

from __future__ import annotations

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
