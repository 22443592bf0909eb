"""Quotes as a fact family (see :mod:`workbench.facts.family`): found over the
whole article, paired across articles before alignment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ...model import Comparison, Fact
from ..family import Evidence, Scope
from .compare import compare_quotes, quote_comparison
from .kept import quotes_in
from .match import same_quote_pairs
from .mention import QuoteMention


class QuoteFamily:
    name = "quote"
    kinds = frozenset({"quote"})
    scope: Scope = "article"

    def find(self, text: str, published: date | None) -> list[QuoteMention]:
        return list(quotes_in(text))

    def find_each(self, texts: Sequence[str], published: date | None) -> list[list[QuoteMention]]:
        return [list(quotes_in(t)) for t in texts]

    def evidence(self, fact: Fact) -> list[Evidence]:
        return []  # quotes are linked directly (links), not through the aligner's values

    def links(self, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
        return same_quote_pairs([f for f in facts if f.kind in self.kinds])

    def compare(self, a: QuoteMention, b: QuoteMention, left: str, right: str) -> Comparison | None:
        diff = compare_quotes(a, b, left, right)
        return None if diff is None else quote_comparison(diff)


QUOTE = QuoteFamily()
