"""How two sources' versions of one quotation differ: the result of a comparison."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Verdict


@dataclass(frozen=True)
class QuoteDiff:
    """How b's wording of a quote differs from a's."""

    verdict: Verdict
    kind: str  # "altered" | "truncated" | "extended" | "overlap"
    explanation: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_norm: str
    b_norm: str


def short_words(words: list[str], n: int = 12) -> str:
    s = " ".join(words)
    return s if len(words) <= n else " ".join(words[:n]) + " …"
