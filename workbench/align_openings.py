"""Openings restated (issue 11, session 29): the headline and lede of two
reports of one event tell its main fact, each in its own words, and the
one-to-one matching may give each of them another partner.

The aligner matches one to one per article pair, so an opening sentence that
states a time or a sum may lose its partner to a later sentence that shares
more words ("Reports on Tuesday morning indicated that a fiber optic cable
... had been damaged" went to a later sentence about the cable, "Services ...
were disrupted in parts of Alexandria on Tuesday afternoon" to a later one
about the outage): the two openings' values are then never compared, although
an editor reads them first. Two opening sentences (the first
``AlignThresholds.opening_sentences`` of each article) scoring accept or more
are aligned as well when both state a value of one kind: a sum in one
currency, a length of time, a clock time, a date or a physical measure. A bare
count or percentage is no kind of its own (every report has some, and an
opening's count is compared across whole articles by the judge's story rows).
Each opening sentence takes at most one such partner in an article, its best.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import Alignment, Claim

Evidence = tuple[str, float, float]  # (dimension, low, high), as align.Evidence

_GENERIC = frozenset({"count", "percent"})  # recur in every report: no kind of their own


def value_kinds(evidence: Iterable[Evidence]) -> frozenset[str]:
    """The kinds of the values a claim states, from the aligner's evidence: a
    currency ("currency:USD"), "duration" ("nine minutes", "a 10-year deal"),
    "clock" ("at 9.35am", "Tuesday afternoon"), "date", or a physical
    dimension ("length", "data" …)."""
    out = set()
    for dim, _, _ in evidence:
        if dim in _GENERIC:
            continue
        if dim.startswith("timex:"):
            value = dim[6:]
            if value.startswith("P"):
                out.add("duration")
            elif value.startswith("T"):
                out.add("clock")
            continue  # a resolved date is told by its interval ("date")
        out.add("clock" if dim == "time" else dim)
    return frozenset(out)


def opening_partners(
    out: Sequence[Alignment],
    kept: Iterable[Sequence[tuple[float, int, int]]],
    claims: Sequence[Claim],
    evidence: dict[str, list[Evidence]],
    floor: float,
    sentences: int,
) -> list[Alignment]:
    """The pairs of ``kept`` (each article pair's candidates, strongest first)
    scoring ``floor`` or more, not in ``out``, of two sentences among the
    first ``sentences`` of their articles that state a value of one kind."""
    aligned = {frozenset((a.left, a.right)) for a in out}
    added: list[Alignment] = []
    for cands in kept:
        seen: set[int] = set()  # opening sentences that took such a partner
        for score, i, j in cands:
            if score < floor:
                break
            a, b = claims[i], claims[j]
            if max(a.index, b.index) >= sentences or i in seen or j in seen:
                continue
            if frozenset((a.id, b.id)) in aligned:
                continue
            kinds = value_kinds(evidence.get(a.id, ()))
            if not kinds & value_kinds(evidence.get(b.id, ())):
                continue
            seen.update((i, j))
            added.append(Alignment(a.id, b.id, round(min(score, 1.0), 3), opening=True))
    return added
