"""Two conversions of one figure that differ (session 29, authored development
bridge_collapse D2: "a contract worth 2.15 crore rupees, or about $2.4 million" /
"the Rs 215 lakh (roughly $243,000) contract").

A sum of money written with its conversion right after it — in brackets, or
after ", or" — gives the figure twice. When the two reports' own figures agree
(2.15 crore rupees = Rs 215 lakh) and their conversions into one currency do
not ($2.4 million against $243,000), the sentences state one sum and one of
the conversions is wrong: the pair says alike what it measures whatever else
its sentences share, so it is compared just below the conflict floor as other
figures measured alike are (floor.MEASURED_ALIKE_BELOW_THE_FLOOR). Read as
two sums of loosely aligned sentences, the conflict was dropped at the floor.

The two conversions must be into one currency; the figures converted must
agree as the fact module compares them. Nothing else is changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..model import Claim, Comparison, Fact, Verdict
from .stages import VALUE, Outcome, Rule

# between a sum and its conversion: "Rs 215 lakh (roughly $243,000)" — the hedge
# is the conversion's own — or "2.15 crore rupees, or about $2.4 million"
_BETWEEN = re.compile(r"\s*(?:\(|,?\s+or)\s*", re.IGNORECASE)
_AGREE = (Verdict.IDENTICAL, Verdict.CONSISTENT)
ONE_SUM = "one_sum_converted"  # a Paired's evidence: both convert one agreeing sum
BOUND = "bound_to_one_figure"  # ... both are bound to one agreeing figure (bound.py)


def _currency(f: Fact) -> str:
    if getattr(f.mention, "dimension", "") != "currency":
        return ""
    return getattr(f.mention, "unit", "") or ""


def conversions(claim: Claim, facts: Sequence[Fact]) -> dict[str, Fact]:
    """Each sum of a sentence written as the conversion of the sum right before
    it, mapped to that sum (another currency)."""
    got: dict[str, Fact] = {}
    ordered = sorted((f for f in facts if _currency(f)), key=lambda f: f.start)
    for a, b in pairwise(ordered):
        between = claim.text[a.end - claim.start : b.start - claim.start]
        if _BETWEEN.fullmatch(between) and _currency(a) != _currency(b):
            got[b.id] = a
    return got


def alike(out: list, sides: tuple[tuple[Claim, Sequence[Fact], str], ...]) -> list:
    """``out`` (pairing.Paired, not imported: pairing imports this module), each
    differing pair of conversions into one currency whose converted sums agree
    marked measured alike and told so."""
    (ca, fa, _), (cb, fb, _) = sides
    conv_a, conv_b = conversions(ca, fa), conversions(cb, fb)
    if not conv_a or not conv_b:
        return out
    agree = {(p.x.id, p.y.id) for p in out if p.cmp.verdict in _AGREE}
    marked = []
    for p in out:
        of_x, of_y = conv_a.get(p.x.id), conv_b.get(p.y.id)
        if (
            p.cmp.verdict != Verdict.CONFLICT
            or of_x is None
            or of_y is None
            or (of_x.id, of_y.id) not in agree
            or _currency(p.x) != _currency(p.y)
        ):
            marked.append(p)
            continue
        found = p.cmp.explanation.rsplit(" — ", 1)[0]
        why = (
            f"{found}; both convert one sum, '{of_x.text}' and '{of_y.text}', which "
            "agree: one of the conversions is wrong — conflict"
        )
        cmp = Comparison(Verdict.CONFLICT, why, p.cmp.left, p.cmp.right)
        evidence = (*p.evidence, ONE_SUM)
        marked.append(p._replace(cmp=cmp, measured_alike=True, said_once=False, evidence=evidence))
    return marked


# Asked after the conflict floor (which lets such a pair through just below it, as
# figures measured alike) and before the rows of a running story: a sum both
# reports give alike has not moved between their days, its conversion is wrong.
ONE_SUM_CONVERTED = Rule(
    ONE_SUM,
    VALUE,
    lambda c: c.cmp.verdict == Verdict.CONFLICT and bool({ONE_SUM, BOUND} & set(c.evidence)),
    Outcome.KEEP,
    "two reports give one sum alike ('2.15 crore rupees' / 'Rs 215 lakh') and convert it "
    "into one currency differently ('about $2.4 million' / 'roughly $243,000'): one "
    "conversion is wrong, whatever day each report pins the sum to; so is any figure "
    "bound to a figure both give alike (bound.py: a conversion, a worth, a share of "
    "turnover, 'Kr180m, 2.5% of turnover' / 'Kr180m, 3.5% of annual turnover')",
    "tests/test_s29_converted_sums.py::test_two_conversions_of_one_sum_that_differ_conflict; "
    "tests/test_s34_bound_figures.py",
)
