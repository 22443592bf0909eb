"""Who a claim or a quotation is credited to, compared across articles."""

from __future__ import annotations

from collections.abc import Callable

from ..facts.quote import reported
from ..facts.quote.diff import QuoteDiff
from ..facts.quote.onespeaker import NOT_ONE_REMARK
from ..model import Claim, Fact, Side, Verdict
from . import cases, rules
from .family_helpers import speaker_side

Add = Callable[[str, Verdict, str, tuple[Side, Side], str], None]


def quote_attribution(case: cases.QuoteCase, add: Add) -> None:
    """The same quotation credited to different people."""
    rule = rules.decide(rules.QUOTE_SPEAKER, case)
    if rule is None:
        return
    qa, qb = case.qa, case.qb
    sa, sb = qa.mention.speaker, qb.mention.speaker
    words = qa.mention.words
    words = words if len(words) <= 60 else words[:57] + "…"
    add(
        "attribution",
        Verdict.CONFLICT,
        rule.explain(case)
        if rule.explain is not None
        else f"The same quote (“{words}”) is credited to {sa.name} in {case.ln} "
        f"but to {sb.name} in {case.rn} — conflict",
        (speaker_side(qa, sa), speaker_side(qb, sb)),
        rule.name,
    )


def settles(case: cases.QuoteCase, diff: QuoteDiff) -> bool:
    """A quote question that asks only whether its two credited speakers are
    one, when the attribution row finds them two people: the attribution
    conflict is the one flag. Fresh readers (R31f-g, session 31) met a hedged
    quote flag ("may not be one speaker") beside an attribution conflict on
    the same words, two verdicts on one misattribution."""
    return (
        diff.verdict == Verdict.UNRESOLVED
        and NOT_ONE_REMARK in diff.explanation
        and rules.decide(rules.QUOTE_SPEAKER, case) is not None
    )


def claim_attribution(
    ca: Claim,
    cb: Claim,
    facts: list[Fact],
    names: dict[str, str],
    add: Add,
    texts: tuple[str, str] = ("", ""),
) -> None:
    """'X said …' vs 'Y said …' (or 'X and Y said …') in aligned claims
    without a shared quote: who each credits with the statement both make."""
    ln, rn = names[ca.article], names[cb.article]
    case = cases.AttributionCase(ca, cb, facts, texts, (ln, rn))
    rule = rules.decide(rules.ATTRIBUTION, case)
    if rule is None or rule.outcome == rules.Outcome.SKIP:
        return
    assert case.credits is not None
    a, b = case.credits
    if rule.explain is not None:
        explanation = rule.explain(case)
    else:
        explanation = (
            f"The same claim is credited to {a.names} in {ln} but to {b.names} in {rn} — conflict"
        )
    add(
        "attribution",
        Verdict(rule.outcome),
        explanation,
        (_side(ca, a), _side(cb, b)),
        rule.name,
    )


def _side(claim: Claim, credit: reported.Credit) -> Side:
    text = claim.text[credit.start - claim.start : credit.end - claim.start]
    return Side(claim.article, claim.id, credit.start, credit.end, text, credit.names)
