"""Issue 14 (speed44): the near-best pass (``findings.nearbest``) weighed
56,170 pairs of claim groups at 200 ECB+ articles to join 10, and nearly every
pair failed on its first cross pair of sentences, scored in full (the
embedding cosine and the lexical similarity, token_set_ratio included) only to
fall under ``LEAST``. The class: a full score computed where a cheap bound
already settles the test. Two sentences sharing no content word score under
``lexical.WORDING_SHARE`` on the lexical scale (cosine 0.0, token_set_ratio
under 100), so on the aligner's scale a pair whose embedding cosine is low too
is under ``LEAST`` unscored. The cases here are of their own: the bound holds
on varied sentences, and the pass joins the same groups, asking fewer scores.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from workbench import lexical
from workbench.findings import merge
from workbench.findings.nearbest import LEAST, join_near_best
from workbench.model import Claim, ClaimGroup, Member

_WORDS = [
    "tanker", "spill", "coast", "guard", "crew", "oil", "towed", "ferry", "sank", "harbour",
    "14", "3.5", "km", "miles", "Tuesday", "police", "said", "the", "of", "a", "rescued",
    "U.S.", "O'Neill's", "ten", "thousand", "barrels", "leaked", "storm", "port", "divers",
]  # fmt: skip


def _sentence(rng: random.Random, words: list[str]) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
    return text.capitalize() + rng.choice(["", ".", "!", ", officials said."])


def _pairs(seed: int, n: int = 300) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        left = rng.sample(_WORDS, rng.randint(1, len(_WORDS)))
        right = left if rng.random() < 0.3 else [w for w in _WORDS if w not in left] or left
        out.append((_sentence(rng, left), _sentence(rng, right)))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_ceiling_bounds_the_lexical_similarity(seed):
    bounded = 0
    for a, b in _pairs(seed):
        got, bound = lexical.similarity(a, b), lexical.ceiling(a, b)
        assert got <= bound, (a, b)
        if bound < math.inf:
            bounded += 1
            assert got < lexical.WORDING_SHARE, (a, b)
            assert bound < lexical.WORDING_SHARE
    assert bounded > 20  # the disjoint pairs were met


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ab cd ef gh", "a bcd efg h"),  # the same letters, the spaces moved
        ("alpha beta gamma delta", "alphas betas gammas deltas epsilon"),
        ("Rescuers found 12", "Rescuers found 13"),  # shares words: no bound
        ("x1 x2 x3 x4 x5", "x6 x7 x8 x9 x0"),
        ("1,200", "1200.5"),
        ("", "storm"),
    ],
)
def test_ceiling_holds_near_its_edge(a, b):
    assert lexical.similarity(a, b) <= lexical.ceiling(a, b)


def test_sentences_sharing_a_word_have_no_bound():
    assert lexical.ceiling("The tanker sank off the coast", "A tanker was towed") == math.inf
    assert lexical.ceiling("Divers rescued ten", "The storm closed the port") < LEAST


def _scale(claims: list[Claim], seed: int) -> merge.OnAlignersScale:
    """The aligner's scale over vectors of our own (no model): random unit
    vectors, some near one another so cosines both under and over LEAST."""
    scale = merge.OnAlignersScale(claims, lexical.similarity)
    rng = np.random.default_rng(seed)
    base = rng.normal(size=(3, 16))
    rows = [base[i % 3] * rng.uniform(0, 2) + rng.normal(size=16) for i in range(len(scale.texts))]
    v = np.array(rows, dtype=np.float32)
    scale.vectors.append(v / np.linalg.norm(v, axis=1, keepdims=True))
    return scale


def _case(seed: int) -> tuple[list[Claim], list[ClaimGroup]]:
    rng = random.Random(seed)
    claims, parts = [], []
    for s in range(rng.randint(4, 9)):
        art = f"desk{s}"
        for n in range(rng.randint(1, 3)):
            text = _sentence(rng, rng.sample(_WORDS, 8))
            claims.append(Claim(f"{art}:{n}", art, n, 0, len(text), text))
    ids = [c.id for c in claims]
    rng.shuffle(ids)
    for i in ids:  # one sentence a source in each group
        spot = next((p for p in parts if all(x.split(":")[0] != i.split(":")[0] for x in p)), None)
        if spot is not None and rng.random() < 0.4:
            spot.append(i)
        else:
            parts.append([i])
    groups = [
        ClaimGroup(f"g{n}", tuple(Member(i.split(":")[0], (i,), 1.0) for i in p))
        for n, p in enumerate(parts, 1)
    ]
    return claims, groups


@pytest.mark.parametrize("seed", range(10))
def test_scale_ceiling_bounds_the_score(seed):
    claims, _ = _case(seed)
    scale = _scale(claims, seed)
    bound = merge.scale_ceiling(scale, lexical.ceiling)
    assert bound is not None
    for x in claims:
        for y in claims:
            assert scale(x.text, y.text) <= bound(x.text, y.text)


@pytest.mark.parametrize("seed", range(16))
def test_the_same_groups_join_with_fewer_scores(seed):
    claims, groups = _case(seed)
    scale = _scale(claims, seed)
    asked: list[tuple[str, str]] = []

    def counted(a: str, b: str) -> float:
        asked.append((a, b))
        return scale(a, b)

    apart = lambda x, y: False  # noqa: E731
    want = join_near_best(groups, claims, counted, apart)
    plain, asked[:] = len(asked), []
    bound = merge.scale_ceiling(scale, lexical.ceiling)
    got = join_near_best(groups, claims, counted, apart, bound)
    assert got == want
    assert len(asked) <= plain


def test_a_pair_the_ceiling_settles_is_not_scored():
    """Two one-sentence groups sharing no word, their vectors far apart: the
    pass tells they do not join without scoring them (before: one score)."""
    rows = [("a", "Divers rescued ten sailors"), ("b", "The storm closed the port")]
    claims = [Claim(f"{art}:{n}", art, n, 0, len(t), t) for n, (art, t) in enumerate(rows)]
    groups = [ClaimGroup(f"g{n}", (Member(c.article, (c.id,), 1.0),)) for n, c in enumerate(claims)]
    scale = merge.OnAlignersScale(claims, lexical.similarity)
    scale.vectors.append(np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32))
    asked = []

    def counted(a: str, b: str) -> float:
        asked.append((a, b))
        return scale(a, b)

    apart = lambda x, y: False  # noqa: E731
    bound = merge.scale_ceiling(scale, lexical.ceiling)
    assert join_near_best(groups, claims, counted, apart, bound) == tuple(groups)
    assert asked == []
    assert join_near_best(groups, claims, counted, apart) == tuple(groups)
    assert len(asked) == 1
