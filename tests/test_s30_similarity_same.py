"""The grouping's lexical scale, computed without per-pair tables, gives the
same floats (session 30, speed34).

``align.similarity`` scored every pair by building both sentences' IDF table
and vectors anew (``_vectors`` over the two); at 200 articles the near-best
pass asks for 60,000 pairs. It now keeps each sentence's word counts and two
weights; the score must be the very same float, or groups and findings move.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import SEEDS

from workbench import align, lexical
from workbench.sentences import split_sentences
from workbench.text import content_tokens


def _reference(a: str, b: str) -> float:
    ta, tb = content_tokens(a), content_tokens(b)
    vecs, _ = lexical._vectors([ta, tb])
    cos = sum(w * vecs[1].get(t, 0.0) for t, w in vecs[0].items())
    return lexical._combine(cos, ta, tb)


_MADE_UP = [
    "",
    "the the the",
    "Police said 14 people were hurt, 14 of them children, police said.",
    "Fourteen people were hurt, police said; police police police police said.",
    "Rescue rescue rescue rescue rescue crews crews reached Oreto on Monday.",
    "Crews reached Oreto on Monday, rescue crews said.",
    "£4.2m paid for 4,200 shares in 2024 and 2025.",
    "A 4.2 million pound deal for 4,200 shares.",
    "Storm",
    "Storms storms storm storm storming",
]


def _sentences() -> list[str]:
    out = list(_MADE_UP)
    for path in SEEDS:
        text = Path(path).read_text(encoding="utf-8")
        out += [text[s:e] for s, e in split_sentences(text)][:25]
    return out


@pytest.mark.parametrize("chunk", range(4))
def test_the_same_float_as_the_two_sentence_vectors(chunk):
    pairs = list(itertools.combinations(_sentences(), 2))[chunk::4]
    assert pairs
    for a, b in pairs:
        assert align.similarity(a, b) == _reference(a, b), (a, b)
        assert align.similarity(b, a) == _reference(b, a), (b, a)
