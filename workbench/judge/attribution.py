"""Who a claim or a quotation is credited to, compared across articles."""

from __future__ import annotations

from collections.abc import Callable

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
        f"The same quote (“{words}”) is credited to {sa.name} in {case.ln} "
        f"but to {sb.name} in {case.rn} — conflict",
        (speaker_side(qa, sa), speaker_side(qb, sb)),
        rule.name,
    )


def claim_attribution(
    ca: Claim, cb: Claim, facts: list[Fact], names: dict[str, str], add: Add
) -> None:
    """'X said …' vs 'Y said …' in aligned claims without a shared quote."""
    case = cases.AttributionCase(ca, cb, facts)
    rule = rules.decide(rules.ATTRIBUTION, case)
    if rule is None or rule.outcome == rules.Outcome.SKIP:
        return
    sa, sb = case.sources
    assert sa is not None and sb is not None
    ln, rn = names[ca.article], names[cb.article]
    add(
        "attribution",
        Verdict.CONFLICT,
        f"The same claim is credited to {sa.name} in {ln} but to {sb.name} in {rn} — conflict",
        (
            Side(ca.article, ca.id, sa.start, sa.end, sa.text, sa.name),
            Side(cb.article, cb.id, sb.start, sb.end, sb.text, sb.name),
        ),
        rule.name,
    )
