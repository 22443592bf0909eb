"""The contract every kind of fact meets, so the pipeline can treat them alike.

A family finds its mentions (per claim or over the whole article), says what
normalised values the aligner may use (:data:`Evidence`), links facts of
different articles before alignment when a fact identifies its claim on its
own (quotes), and compares two of its facts. :mod:`.registry` lists the
families in the order that settles overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, Protocol

from ..model import Comparison, Fact, Mention

# (dimension, low, high): a normalised value the aligner matches across claims,
# e.g. ("length", 48280.0, 48280.0), ("timex:2021-07", 0.0, 0.0).
Evidence = tuple[str, float, float]

# "claim": found sentence by sentence; "article": found over the whole text
# (a quote crosses sentence boundaries) and then attached to a claim.
Scope = Literal["claim", "article"]


class FactFamily(Protocol):
    """One kind of fact: times, quantities, quotes."""

    @property
    def name(self) -> str: ...

    @property
    def kinds(self) -> frozenset[str]:
        """The ``Fact.kind`` strings this family produces."""
        ...

    @property
    def scope(self) -> Scope: ...

    def find(self, text: str, published: date | None) -> Sequence[Mention]:
        """Mentions in ``text`` (a claim or a whole article, per ``scope``),
        sorted and non-overlapping, with offsets into ``text``."""
        ...

    def find_each(self, texts: Sequence[str], published: date | None) -> list[Sequence[Mention]]:
        """``find`` for each claim of one article, in order (claim-scope
        families): a family may read a claim with what the claims before it set
        up (times: the quarter "a year earlier" counts from)."""
        ...

    def evidence(self, fact: Fact) -> list[Evidence]:
        """Normalised values of one of this family's facts, for alignment."""
        ...

    def links(self, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
        """Pairs of this family's facts (of different articles) that are the
        same before any alignment; empty for most families."""
        ...

    def compare(self, a: Mention, b: Mention, left: str, right: str) -> Comparison | None:
        """Whether two mentions of the same fact agree; None if not comparable."""
        ...
