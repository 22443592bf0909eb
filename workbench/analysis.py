"""The analysis pipeline: articles → claims → facts → alignments → discrepancies.

Pure and Qt-free. ``progress`` is called with (done, total, message) and
``cancelled`` is polled between steps so a window can run this on a worker
thread and stop it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from . import align, judge
from .articles import load_articles
from .facts import quantity as quantities
from .facts import quote as quotes
from .facts import time as times
from .model import Analysis, Article, Claim, Fact
from .sentences import split_sentences

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised when the caller asked the analysis to stop."""


TIME_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


def claims_of(article: Article) -> list[Claim]:
    return [
        Claim(f"{article.id}:{i}", article.id, i, s, e, article.text[s:e])
        for i, (s, e) in enumerate(split_sentences(article.text))
    ]


def facts_of(article: Article, claims: Sequence[Claim]) -> list[Fact]:
    """Times, quantities and quotes of one article, with article offsets.

    Times win over quantities where they overlap: '48 hours' and 'four
    years ago' are time expressions, not counts.
    """
    out: list[Fact] = []
    for claim in claims:
        if judge.is_boilerplate(claim.text):
            continue
        found: list[Fact] = []
        taken: list[tuple[int, int]] = []
        for m in times.find_times(claim.text, article.published):
            s, e = claim.start + m.start, claim.start + m.end
            taken.append((s, e))
            found.append(
                Fact(
                    "",
                    claim.id,
                    article.id,
                    TIME_KIND.get(m.type, "date"),
                    s,
                    e,
                    m.text,
                    m.to_json(),
                    m,
                )
            )
        for q in quantities.find_quantities(claim.text):
            s, e = claim.start + q.start, claim.start + q.end
            if any(s < te and ts < e for ts, te in taken):
                continue
            found.append(Fact("", claim.id, article.id, q.kind, s, e, q.text, q.to_json(), q))
        out.extend(found)
    for q in quotes.find_quotes(article.text):
        claim = _claim_at(claims, q.start)
        if claim is None:
            continue
        out.append(Fact("", claim.id, article.id, "quote", q.start, q.end, q.text, q.to_json(), q))
    out.sort(key=lambda f: (f.start, f.end))
    numbered = []
    counters: dict[str, int] = {}
    for f in out:
        n = counters.get(f.claim, 0)
        counters[f.claim] = n + 1
        numbered.append(
            Fact(
                f"{f.claim}:f{n}",
                f.claim,
                f.article,
                f.kind,
                f.start,
                f.end,
                f.text,
                f.value,
                f.mention,
            )
        )
    return numbered


def _claim_at(claims: Sequence[Claim], pos: int) -> Claim | None:
    """The claim holding ``pos``, else one starting within 2 characters after it.
    Claims are in order and disjoint: found by bisection (a scan per quote was
    quadratic on long articles)."""
    k = bisect.bisect_right(claims, pos, key=lambda c: c.start)  # first claim after pos
    if k and pos < claims[k - 1].end:
        return claims[k - 1]
    if k < len(claims) and claims[k].start - pos <= 2:
        return claims[k]
    return None


def _evidence(facts: Sequence[Fact]) -> dict[str, list[align.Evidence]]:
    """Normalised values per claim, for alignment: quantities as intervals in
    base units, times as intervals of days."""
    out: dict[str, list[align.Evidence]] = {}
    for f in facts:
        m = f.mention
        if f.kind in ("quantity", "number", "money", "percent"):
            lo, hi = m.low, m.high
            if lo is None or hi is None:
                continue
            if hi == float("inf") and m.dimension in ("count", "percent", "currency"):
                continue  # "more than 2" would agree with every larger count
            dim = f"{m.dimension}:{m.unit}" if m.dimension == "currency" else m.dimension
            out.setdefault(f.claim, []).append((dim, float(lo), float(hi)))
        elif f.kind in TIME_KIND.values():
            timex = f.value.get("timex") or ""
            if timex and "X" not in timex and not timex.endswith("_REF"):
                out.setdefault(f.claim, []).append((f"timex:{timex}", 0.0, 0.0))
            if f.kind in ("date", "time") and getattr(m, "interval", None):
                start, end = m.interval
                out.setdefault(f.claim, []).append((f.kind, start.timestamp(), end.timestamp() - 1))
    return out


def analyze(
    articles: Sequence[Article],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    total = len(articles) + 2

    def step(done: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total, message)

    all_claims: list[Claim] = []
    all_facts: list[Fact] = []
    for i, article in enumerate(articles):
        step(i, f"Reading {article.id}")
        claims = claims_of(article)
        all_claims.extend(claims)
        all_facts.extend(facts_of(article, claims))
    step(len(articles), "Aligning claims")
    quote_pairs = judge.same_quote_pairs([f for f in all_facts if f.kind == "quote"])
    linked = [(a.claim, b.claim) for a, b in quote_pairs]
    comparable = [c for c in all_claims if not judge.is_boilerplate(c.text)]
    use_embeddings = align.embeddings_wanted()
    alignments = align.align(comparable, linked, _evidence(all_facts), use_embeddings)
    limits = align.EMBEDDING if use_embeddings else align.LEXICAL
    step(len(articles) + 1, "Comparing facts")
    discrepancies = judge.judge(
        articles, all_claims, all_facts, alignments, quote_pairs, limits.conflict
    )
    step(total, "Done")
    return Analysis(
        tuple(articles),
        tuple(all_claims),
        tuple(all_facts),
        tuple(alignments),
        tuple(discrepancies),
    )


def analyze_paths(
    paths: Sequence[str | Path], published: dict[str, date] | None = None
) -> Analysis:
    return analyze(load_articles(list(paths), published))
