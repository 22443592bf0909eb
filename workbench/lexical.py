"""The lexical scale two sentences are compared on: an IDF-weighted cosine
over content words mixed with rapidfuzz's ``token_set_ratio`` (``_mix``).
The aligner scores its candidates on it (``align``), the grouping two
isolated sentences (``similarity``, ``findings/nearbest``)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from .text import TOKEN_MEMO, _content_tokens


def _vectors(
    token_lists: Sequence[list[str]], counted: Sequence[bool] | None = None
) -> tuple[list[dict[str, float]], dict[str, float]]:
    """``counted``: which lists the IDF counts (all unless given): a sentence of
    a second copy of one article weighs no word again (``align_lexical``)."""
    df: dict[str, int] = defaultdict(int)
    weighed = [toks for n, toks in enumerate(token_lists) if counted is None or counted[n]]
    for toks in weighed:
        for t in set(toks):
            df[t] += 1
    for toks in token_lists:  # a list left uncounted still has its words weighed
        for t in toks:
            df.setdefault(t, 1)
    n = max(len(weighed), 1)
    idf = {t: math.log((n + 1) / (d + 0.5)) + 0.1 for t, d in df.items()}
    vecs = []
    for toks in token_lists:
        v: dict[str, float] = defaultdict(float)
        for t in toks:
            v[t] += idf[t]
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    return vecs, idf


def similarity(a: str, b: str) -> float:
    """Lexical similarity of two isolated sentences in 0..1 (the grouping's
    scale, ``findings/nearbest``; benchmarks). The cosine of ``_vectors`` over
    the two sentences, float for float, without building their two IDF tables
    and vectors anew for every pair: at 200 articles the near-best pass scores
    60,000 pairs, each sentence's word counts kept once (issue 14)."""
    ta, tb = _content_tokens(a), _content_tokens(b)
    ca, cb = _counts(ta), _counts(tb)
    cos = 0.0  # no word in common: every term of the cosine is 0.0 (session 33)
    if not ca.keys().isdisjoint(cb):
        xa = [_weight(k, t in cb) for t, k in ca.items()]
        xb = {t: _weight(k, t in ca) for t, k in cb.items()}
        na = math.sqrt(sum(x * x for x in xa)) or 1.0
        nb = math.sqrt(sum(x * x for x in xb.values())) or 1.0
        cos = sum((x / na) * (xb[t] / nb if t in xb else 0.0) for t, x in zip(ca, xa, strict=True))
    (ja, da), (jb, db) = _joined(ta), _joined(tb)
    return _mix.__wrapped__(cos, ja, jb, da, db)  # as _combine, each sentence joined once


@lru_cache(maxsize=TOKEN_MEMO)
def _joined(tokens: tuple[str, ...]) -> tuple[str, int]:
    """A sentence's words joined and how many distinct, as :func:`_combine`
    reads them: once per sentence, not once for every sentence it is scored
    against (session 33: the grouping scores 60,000 pairs at 200 articles)."""
    return " ".join(tokens), len(set(tokens))


@lru_cache(maxsize=TOKEN_MEMO)
def _counts(tokens: tuple[str, ...]) -> dict[str, int]:
    """How often each word occurs, in the order of first occurrence (as ``_vectors`` adds)."""
    counts: dict[str, int] = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    return counts


@lru_cache(maxsize=64)
def _weight(count: int, shared: bool) -> float:
    """A word's weight in ``_vectors`` over two sentences: its IDF (in both, or in
    one of the two) added once for every time it occurs, in the same order."""
    idf = math.log((2 + 1) / ((2 if shared else 1) + 0.5)) + 0.1
    x = 0.0
    for _ in range(count):
        x += idf
    return x


def _combine(cos: float, ta: list[str], tb: list[str]) -> float:
    # not through _mix's cache: its callers remember whole pairs already
    # (analysis._similarity, the near-best pass), and the two texts joined
    # anew for every pair kept 22 MB of keys at 200 articles (issue 14)
    return _mix.__wrapped__(cos, " ".join(ta), " ".join(tb), len(set(ta)), len(set(tb)))


WORDING_SHARE = 0.35  # token_set_ratio's share of the lexical score (_mix)


@lru_cache(maxsize=65_536)  # a re-analysis asks again for the same pairs (issue 14)
def _mix(cos: float, ja: str, jb: str, na: int, nb: int) -> float:
    """:func:`_combine` on the joined tokens and the distinct-token counts,
    which the aligner computes once a claim instead of once a pair."""
    lex = fuzz.token_set_ratio(ja, jb) / 100.0 if ja and jb else 0.0
    short = min(na, nb)
    # token_set_ratio rewards containment; damp it for very short claims.
    if short < 4:
        lex *= short / 4
    return 0.65 * cos + WORDING_SHARE * lex


def ceiling(a: str, b: str) -> float:
    """A bound :func:`similarity` of ``a`` and ``b`` stays under, told without
    scoring them: two sentences sharing no content word have a cosine of 0.0,
    and their token_set_ratio compares two different strings of at most their
    ``n`` characters joined (its two sets of words are disjoint), one edit
    apart at least: under 100 by 100/n or more, so they score under
    :data:`WORDING_SHARE` by a share of it 1/n or more (half that is the
    bound, well clear of rounding). Others have no bound here (inf). The
    near-best pass asks it first: most of the ~56,000 pairs of groups it
    weighs at 200 articles fail on a pair scoring under its floor (issue 14)."""
    ta, tb = _content_tokens(a), _content_tokens(b)
    if not _counts(ta).keys().isdisjoint(_counts(tb)):
        return math.inf
    n = len(_joined(ta)[0]) + len(_joined(tb)[0])
    return WORDING_SHARE * (1 - 0.5 / max(n, 1))
