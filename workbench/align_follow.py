"""A short sentence that goes on from an aligned one, written alike in both
articles but for its figures (session 35, user trial 41).

"Mary Holt … has died at her home in Bath. She was 91." / "… has died at home
in Bath. She was 92.": the two short sentences hold no content word but the
figure, so neither the word scale nor the embedding's cosine of four tokens
aligns them, and the differing age was never compared. When the sentences
before them are aligned, and the two that follow them are short and read word
for word alike once their figures are set aside, they are one claim told
again: aligned with their leaders' score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Alignment, Claim

__all__ = ["follow_on_partners"]

_MOST_WORDS = 8  # a sentence this short carries no claim of its own words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d,.]*")
_FIGURE = re.compile(r"\d")


def _shape(text: str) -> tuple[str, ...] | None:
    """The sentence's words lower-cased with every figure as '#', or None when
    it is too long or states no figure."""
    words = _WORD.findall(text)
    if not 2 <= len(words) <= _MOST_WORDS or not any(_FIGURE.match(w) for w in words):
        return None
    return tuple("#" if _FIGURE.match(w) else w.lower() for w in words)


def follow_on_partners(out: Sequence[Alignment], claims: Sequence[Claim]) -> list[Alignment]:
    """The pairs of short sentences, each following one side of an aligned pair,
    that read alike but for their figures."""
    by_id = {c.id: i for i, c in enumerate(claims)}
    at = {(c.article, c.index): i for i, c in enumerate(claims)}
    have = {(a.left, a.right) for a in out} | {(a.right, a.left) for a in out}
    partnered = {a.left for a in out} | {a.right for a in out}
    found: list[Alignment] = []
    for a in out:
        i, j = by_id.get(a.left), by_id.get(a.right)
        if i is None or j is None:
            continue
        ni = at.get((claims[i].article, claims[i].index + 1))
        nj = at.get((claims[j].article, claims[j].index + 1))
        if ni is None or nj is None:
            continue
        x, y = claims[ni], claims[nj]
        if (x.id, y.id) in have or x.id in partnered or y.id in partnered:
            continue
        shape = _shape(x.text)
        if shape is None or shape != _shape(y.text):
            continue
        have.add((x.id, y.id))
        found.append(Alignment(x.id, y.id, a.score))
    return found
