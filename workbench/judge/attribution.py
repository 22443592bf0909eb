"""Who a claim or a quotation is credited to, compared across articles."""

from __future__ import annotations

from collections.abc import Callable

from ..facts.quote import reported
from ..facts.quote.diff import QuoteDiff
from ..facts.quote.mention import QuoteMention
from ..facts.quote.onespeaker import NOT_ONE_REMARK
from ..facts.quote.shared import credit_as_written, shared_words
from ..model import Claim, Fact, Side, Verdict
from . import cases, rules
from .family_helpers import speaker_side

Add = Callable[[str, Verdict, str, tuple[Side, Side], str], None]


def speaker_rule(case: cases.QuoteCase) -> rules.Rule | None:
    """The QUOTE_SPEAKER row that decides ``case``, asked once per quote pair:
    :func:`settles` and :func:`quote_attribution` both read it (session 32: the
    row was decided twice, and counted twice in the rule counts)."""
    return rules.decide(rules.QUOTE_SPEAKER, case)


Cite = Callable[[Fact, Fact], Side]


def quote_attribution(
    case: cases.QuoteCase, rule: rules.Rule | None, add: Add, cite: Cite | None = None
) -> None:
    """The same quotation credited to different people (``rule``: :func:`speaker_rule`);
    ``cite``: each side's place, the sentence holding the words both quote
    (``quote_flags.credit_side``), else the speaker's words."""
    if rule is None:
        return
    qa, qb = case.qa, case.qb
    sa, sb = qa.mention.speaker, qb.mention.speaker
    sides = (cite(qa, qb), cite(qb, qa)) if cite else (speaker_side(qa, sa), speaker_side(qb, sb))
    add(
        "attribution",
        Verdict.CONFLICT,
        rule.explain(case) if rule.explain is not None else credited_to_two(case),
        sides,
        rule.name,
    )


def credited_to_two(case: cases.QuoteCase) -> str:
    """The words both sides quote, as each prints them, and each side's speaker
    as written there: an editor checks the misattribution in seconds (session
    32: the first words of one side's quotation were shown, often not the part
    the other prints)."""
    a, b = case.qa.mention, case.qb.mention
    wa, wb = shared_words(a, b)
    return (
        f"The same quote is credited to {_credit(a)} in {case.ln} (“{wa}”) but to "
        f"{_credit(b)} in {case.rn} (“{wb}”) — conflict"
    )


def _credit(q: QuoteMention) -> str:
    sp = q.speaker
    return credit_as_written(sp.name, sp.text) if sp is not None else "nobody"


def settles(diff: QuoteDiff, speaker: rules.Rule | None) -> bool:
    """A quote question that asks only whether its two credited speakers are
    one, when the attribution row (``speaker``: :func:`speaker_rule`) finds
    them two people: the attribution conflict is the one flag. Fresh readers
    (R31f-g, session 31) met a hedged quote flag ("may not be one speaker")
    beside an attribution conflict on the same words, two verdicts on one
    misattribution. So does a cut left as a question (session 36, authored
    stadium_crush: "the wrong issue: it must compare the speakers"): whose
    words they are comes first, and a cut that turns them stays a conflict."""
    asks = NOT_ONE_REMARK in diff.explanation or diff.kind == "truncated"
    return diff.verdict == Verdict.UNRESOLVED and asks and speaker is not None


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
