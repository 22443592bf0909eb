"""What the whole-article passes over things written two ways share (names.py,
identifiers.py): the callback that raises a flag, each article's sentences, the
two articles' cases each decided by the pass's rows, and a side at a span of a
sentence."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..model import Claim, Fact, Side, Verdict
from .stages import Outcome, Rule

Add = Callable[[str, Verdict, str, tuple[Side, Side], str], None]
Decide = Callable[[str, object], Rule | None]
T = TypeVar("T")
Case = TypeVar("Case")


def by_article(claims: Sequence[Claim], read: Callable[[Claim], Iterable[T]]) -> dict[str, list[T]]:
    """What ``read`` finds in each article's sentences, in order, by article."""
    out: dict[str, list[T]] = {}
    for c in claims:
        out.setdefault(c.article, []).extend(read(c))
    return out


def article_pairs(articles: Iterable[str]) -> Iterator[tuple[str, str]]:
    return itertools.combinations(sorted(articles), 2)


def flagged(
    found: Iterable[tuple[str, str, Case]], stage: str, decide: Decide
) -> Iterator[tuple[str, str, Case, Rule]]:
    """Each case its stage's rows flag (a row that skips, or none, flags nothing)."""
    for a, b, case in found:
        rule = decide(stage, case)
        if rule is not None and rule.outcome != Outcome.SKIP:
            yield a, b, case, rule


def side_at(claim: Claim, start: int, end: int, text: str, normalized: str) -> Side:
    """A side at ``start``..``end`` of ``claim``'s text (offsets into the article)."""
    at = claim.start + start
    return Side(claim.article, claim.id, at, at + end - start, text, normalized)


def fact_side(claim: Claim, fact: Fact, normalized: str | None = None) -> Side:
    """A side at ``fact``'s own words in ``claim``, read as written unless
    ``normalized`` says otherwise (the one-sentence checks, ``own_*.py``)."""
    reading = fact.text if normalized is None else normalized
    return side_at(claim, fact.start - claim.start, fact.end - claim.start, fact.text, reading)


def stretch_side(claim: Claim, first: Fact, last: Fact, normalized: str) -> Side:
    """A side over ``claim``'s words from ``first``'s start to ``last``'s end:
    the figures a one-sentence check works a value out from (parts, clock times)."""
    start, end = first.start - claim.start, last.end - claim.start
    return side_at(claim, start, end, claim.text[start:end], normalized)
