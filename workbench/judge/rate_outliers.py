"""A conversion out of line with the rate the story agrees on is the
discrepancy (issue 11, session 43).

Held-out readers: one article glossed "£11.68m (roughly €15.8m)" (at the
story's 1.17 euros to the pound it is €13.67m); the engine took 15.8/11.68
as the rate, called two right conversions elsewhere a conflict, and never
flagged the wrong gloss. facts/quantity/rate_consensus.py now holds the
story's rates against each other and takes such a gloss out of force; here
it is flagged:

- against a rate the story agrees on (stated in words, or the glosses of
  most articles): a conflict, its two figures the sides, the rate it misses
  and what the sum comes to at it in the explanation;
- one article's gloss against another's, no third rate to tell which is
  right: one question naming both.

A gloss whose own article states the rate in words is the own-conversion
check's (own_conversion.py, run first: the first flag of an id stays).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..facts.quantity.rate_consensus import CONFLICT, OutOfLine
from ..facts.quantity.rates import same_sum
from ..facts.quantity.units import format_number
from ..model import Claim, Fact, Side, Verdict
from .spelled import Add, Decide, fact_side
from .stages import STORY_RATE, Outcome, Rule

Found = tuple[Claim, Fact, Fact]


@dataclass(frozen=True)
class RateCase:
    """One gloss out of line, as the story's rows read it."""

    out: OutOfLine
    verdict: str  # rate_consensus.CONFLICT or QUESTION


def _money(f: Fact) -> bool:
    return getattr(f.mention, "dimension", "") == "currency"


def _located(
    out_rate, claims: Sequence[Claim], facts_by_claim: Mapping[str, Sequence[Fact]]
) -> Found | None:
    """The sentence and the two figures a gloss is written with."""
    sums = out_rate.sums
    words = out_rate.words.rstrip(")")
    for claim in claims:
        money = sorted((f for f in facts_by_claim.get(claim.id, ()) if _money(f)),
                       key=lambda f: f.start)  # fmt: skip
        for a, b in itertools.pairwise(money):
            if not (same_sum(a.mention, sums[0]) and same_sum(b.mention, sums[1])):
                continue
            said = claim.text[a.start - claim.start : b.end - claim.start]
            if " ".join(said.split()) == words:
                return claim, a, b
    return None


def _at(rate_lo: float, rate_hi: float, m) -> str:
    lo, hi = m.base_value() * rate_lo, m.base_value() * rate_hi
    big = hi >= 1e6
    shown = f"{format_number(lo, 3, words=big)}–{format_number(hi, 3, words=big)}"
    return shown if format_number(lo, 3) != format_number(hi, 3) else format_number(lo, 3, big)


def _conflict_why(out: OutOfLine, name: str) -> str:
    r = out.rate
    a, b = r.sums
    lo, hi = out.allowed()
    held = "; ".join(o.cited() for o in out.against[:2])
    more = f" and {len(out.against) - 2} more" if len(out.against) > 2 else ""
    return (
        f"{name} converts '{a.text}' as '{b.text}' ('{r.words}': {r.shown()}), a rate "
        f"the story's other rates rule out: {held}{more}; at that rate {a.text} is "
        f"{_at(lo, hi, a)} {b.si_unit}, not {b.text} — the conversion is wrong — conflict"
    )


def _question_why(out: OutOfLine) -> str:
    (other,) = out.against
    return (
        f"{out.rate.cited()} and {other.cited()} convert {out.rate.base} and "
        f"{out.rate.quote} at rates beyond the few per cent outlets' rates differ by, and "
        "no third rate says which is right: one of the conversions is wrong — unresolved"
    )


def glosses_out_of_line(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    out_of_line: Sequence[OutOfLine],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each gloss the story's rates rule out, and each two that disagree."""
    if not out_of_line:
        return
    by_name: dict[str, list[Claim]] = {}
    for c in claims:
        by_name.setdefault(names.get(c.article, c.article), []).append(c)
    for out in out_of_line:
        found = _located(out.rate, by_name.get(out.rate.source, ()), facts_by_claim)
        if found is None:
            continue
        rule = decide(STORY_RATE, RateCase(out, out.verdict))
        if rule is None or rule.outcome == Outcome.SKIP:
            continue
        claim, a, b = found
        if out.verdict == CONFLICT:
            sides: tuple[Side, Side] = (fact_side(claim, a), fact_side(claim, b))
            why = _conflict_why(out, out.rate.source)
        else:
            (other,) = out.against
            there = _located(other, by_name.get(other.source, ()), facts_by_claim)
            if there is None:
                continue
            sides = (fact_side(claim, b), fact_side(there[0], there[2]))
            why = _question_why(out)
        add(b.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


STORY_RATE_ROWS: tuple[Rule, ...] = (
    Rule(
        "gloss_against_the_story_rate",
        STORY_RATE,
        lambda c: c.verdict == CONFLICT,
        Outcome.CONFLICT,
        "a sum's conversion at a rate the story's other rates rule out (a rate stated in "
        "words, or the glosses of most articles): '£11.68m (roughly €15.8m)' where the "
        "story converts at 1.17 euros to the pound — the gloss is wrong, and no rate",
        "tests/test_s43_story_rates.py::test_a_gloss_out_of_line_is_the_conflict",
    ),
    Rule(
        "glosses_at_two_rates",
        STORY_RATE,
        lambda c: c.verdict != CONFLICT,
        Outcome.UNRESOLVED,
        "two articles' glosses of one pair of currencies at rates that disagree, and no "
        "third rate: one conversion is wrong, the texts do not say which",
        "tests/test_s43_story_rates.py::test_two_glosses_at_two_rates_are_a_question",
        lambda c: _question_why(c.out),
    ),
)
