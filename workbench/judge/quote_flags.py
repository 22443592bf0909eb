"""The flags of two matched quotations: how the wording differs (the QUOTE
rows) and who each credits it to (the QUOTE_SPEAKER rows, asked once)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Protocol

from ..model import Claim, Fact, Side
from . import cases, rules
from .attribution import Add, quote_attribution, settles, speaker_rule


class QuoteRun(Protocol):
    """What judging two quotes reads of the run (engine._Run)."""

    names: dict[str, str]
    texts: dict[str, str]
    published: dict[str, date | None]
    claim_by_id: dict[str, Claim]


def judge_quotes(run: QuoteRun, add: Add, qa: Fact, qb: Fact) -> None:
    """A quote flag for the wording, unless the attribution conflict on the same
    words settles it, and an attribution flag when two people are credited."""
    reported = any(cases.reported_speech(run.claim_by_id[f.claim].text) for f in (qa, qb))
    arts = (qa.article, qb.article)
    case = cases.QuoteCase(
        qa,
        qb,
        run.names[qa.article],
        run.names[qb.article],
        reported,
        (run.texts[arts[0]], run.texts[arts[1]]),
        (run.published.get(arts[0]), run.published.get(arts[1])),
        tuple(run.texts.values()),
    )
    rule = rules.decide(rules.QUOTE, case)
    diff = case.diff
    if rule is not None and rule.outcome == rules.Outcome.SKIP:
        return
    speaker = speaker_rule(case)
    if rule is not None and diff is not None and not settles(diff, speaker):
        sides = (
            _side(qa, diff.a_span, diff.a_norm, run.texts, _claim_at(run, qa, diff.a_span[0])),
            _side(qb, diff.b_span, diff.b_norm, run.texts, _claim_at(run, qb, diff.b_span[0])),
        )
        add("quote", diff.verdict, diff.explanation, sides, rule.name)
    quote_attribution(case, speaker, add)


def _side(
    f: Fact, span: tuple[int, int], norm: str, texts: Mapping[str, str], claim: str | None = None
) -> Side:
    text = texts[f.article][span[0] : span[1]]
    return Side(f.article, claim or f.claim, span[0], span[1], text, norm)


def _claim_at(run: QuoteRun, f: Fact, offset: int) -> str:
    """The sentence of ``f``'s article where the compared words begin: a
    quotation read across sentences is a fact of its first one, and its
    differing words were shown under a sentence that does not hold them."""
    for c in run.claim_by_id.values():
        if c.article == f.article and c.start <= offset < c.end:
            return c.id
    return f.claim
