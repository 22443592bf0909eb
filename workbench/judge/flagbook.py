"""The flags of one judging run, one per id (split from engine.py, session 22):
the first discrepancy to claim an id keeps it; a copy's pair and a duplicate
are left out by the COPY and DUPLICATE rows; a pair the review log holds keeps
the id it has there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Discrepancy, Side, Verdict, decided_key
from . import cases, rules
from .ids import apart_id, discrepancy_id


class Flags:
    """The discrepancies found so far, one per id; the first to claim an id keeps it."""

    def __init__(self, run: Any) -> None:
        self.run = run
        self.found: dict[str, Discrepancy] = {}
        self.differences_only = False  # a runner-up's agreement is no flag (runner_up.py)
        # the ids the log holds for pairs of this run's articles, with those pairs
        self._bases: dict[str, set[tuple[str, ...]]] | None = None

    def add(
        self,
        kind: str,
        verdict: Verdict,
        explanation: str,
        sides: tuple[Side, Side],
        rule: str,
        decided: str = "",
    ) -> None:
        """``decided``: the id an editor's decision knows this pair by (kept
        so, whichever pair of the same wording came first)."""
        if self.differences_only and verdict == Verdict.CONSISTENT:
            return
        sha = self.run.sha
        base = discrepancy_id(kind, sides, [self.run.claim_by_id[s.claim] for s in sides])
        did = decided or self._known_as(base, sides) or base
        case = cases.FlagCase(self.found.get(did), sides, sha)
        if rules.decide(rules.COPY, case):
            return
        if case.other_articles and did == base and not decided:  # a copy's pair met first
            did = apart_id(did, [sha[s.article] for s in sides])
        if rules.decide(rules.DUPLICATE, cases.FlagCase(self.found.get(did), sides, sha)):
            return
        self.found[did] = Discrepancy(did, kind, verdict, explanation, sides, rule)

    def _known_as(self, base: str, sides: Sequence[Side]) -> str:
        """The id the log holds this pair of articles' flag under: ``base``
        or the id told apart from a copy's; the latter too when the log holds
        ``base`` for another pair (a copy met first must not take it)."""
        known = self.run.known
        if not known:
            return ""
        shas = [self.run.sha[s.article] for s in sides]
        held = held_as(known, base, shas)
        if not held and self._held_elsewhere(base, shas):
            return apart_id(base, shas)
        return held

    def _held_elsewhere(self, base: str, shas: Sequence[str]) -> bool:
        """Does the log hold ``base`` for another pair of this run's articles?
        (Not for an article since edited: its pair is this one, copy-edited.)"""
        if self._bases is None:
            present = set(self.run.sha.values())
            self._bases = {}
            for key in self.run.known:
                did, *pair = key.split("\x1f")
                if all(s in present for s in pair):
                    self._bases.setdefault(did, set()).add(tuple(pair))
        return bool(self._bases.get(base, set()) - {tuple(sorted(shas))})

    def sorted(self) -> list[Discrepancy]:
        return sorted(
            self.found.values(),
            key=lambda d: (d.sides[0].article, d.sides[0].start, d.sides[1].article, d.kind),
        )


def held_as(keys: frozenset[str], base: str, shas: Sequence[str]) -> str:
    """The id ``keys`` (``decided_key``s) hold this pair of articles under:
    ``base``, or the id told apart from a copy's, or ""."""
    for candidate in (base, apart_id(base, shas)):
        if decided_key(candidate, shas) in keys:
            return candidate
    return ""
