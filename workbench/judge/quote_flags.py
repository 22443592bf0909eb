"""The flags of two matched quotations: how the wording differs (the QUOTE
rows) and who each credits it to (the QUOTE_SPEAKER rows, asked once)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Protocol

from ..facts.quote.credits import with_speakers
from ..facts.quote.questions import token_span
from ..facts.quote.shared import shared_stretch
from ..model import Claim, Fact, Side
from ..naming import ELSEWHERE
from . import cases, rules
from .attribution import Add, quote_attribution, settles, speaker_rule
from .family_helpers import speaker_side


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
        at = (diff.a_span[0], diff.b_span[0])
        said = with_speakers(diff.explanation, qa.mention, qb.mention, at)  # type: ignore[arg-type]
        add("quote", diff.verdict, said, sides, rule.name)
    quote_attribution(case, speaker, add, lambda f, other: credit_side(run, f, other))


def credit_side(run: QuoteRun, f: Fact, other: Fact) -> Side:
    """An attribution flag's side: the speaker's words, unless the words both
    quote stand in another sentence of the quotation than the one naming the
    speaker ('X said: "Our first thoughts … . We will not wait …"' against
    '"We will not wait …"'): then that sentence and those words, so the flag
    cites what the other source prints (session 36, authored emergency_landing:
    the first sentence was cited, which the other never prints)."""
    sp = f.mention.speaker  # type: ignore[union-attr]
    side = speaker_side(f, sp)
    a0, a1, _b0, _b1 = shared_stretch(f.mention, other.mention)  # type: ignore[arg-type]
    span = token_span(f.mention, a0, a1)  # type: ignore[arg-type]
    named_in = _claim_at(run, f, sp.start) if sp is not None and sp.start >= 0 else f.claim
    if span is None or sp is None or _claim_at(run, f, span[0]) == named_in:
        return side
    text = run.texts[f.article][span[0] : span[1]]
    credited = f"{sp.name or sp.text}{ELSEWHERE}"
    return Side(f.article, _claim_at(run, f, span[0]), span[0], span[1], text, credited)


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
