"""The direction of a change is part of what is compared (issue 11, session 22).

"Shares fell 2.1%" and "shares rose 2.1%" state one size of change in
opposite directions: a conflict naming both directions, not one value told
twice. The directions are read by the facts (``Measure.direction``: "fell",
"up", "a rise of", "closed … lower"); a percentage or sum stated as a negative
number ("-2.1%") goes down. A direction against none ("2.1%") stays as it
was, and so do two figures going the same way. A fall told as a negative
number against a fall in words ("fell 2.1%" / "-2.14%") is compared by size.
"""

from __future__ import annotations

from ..facts.direction import change_period
from ..facts.measure import Measure
from ..model import Claim, Comparison, Fact, Verdict
from .cases import CompareCase
from .family_helpers import compare_magnitudes, negative_figure


def _direction(m: Measure, f: Fact) -> tuple[str, str]:
    if m.direction:
        return m.direction[0], m.direction[1]
    if negative_figure(f):
        return "down", f.text
    return "", ""


def _period(claim: Claim, f: Fact) -> str:
    return change_period(claim.text, f.start - claim.start, f.end - claim.start)


def directed(
    case: CompareCase, how: str, measures: tuple[Measure, Measure], claims: tuple[Claim, Claim]
) -> Comparison:
    """The family's comparison of the case's two values (``how``: the COMPARE
    row that let them be compared), their directions taken into account:
    opposite directions over different periods ("down 3% this year" / "rose
    3% on Monday") are a question, not a conflict."""
    ma, mb = measures
    named = {"happening_told_by_its_noun": "by_noun", "count_joined_to_a_person": "joined"}
    named["length_against_two_days"] = "gap"
    named["one_age_told_two_ways"] = "age"
    named["age_before_its_birthday"] = "birthday"
    cmp = getattr(case, "module" if how == "fact_module" else named.get(how, "despite_nouns"))
    assert cmp is not None
    (da, wa), (db, wb) = _direction(ma, case.x), _direction(mb, case.y)
    if not da or not db:
        return cmp
    if da == db:
        signs = negative_figure(case.x) != negative_figure(case.y)
        if signs and cmp.verdict == Verdict.CONFLICT:  # "fell 2.1%" / "-2.14%"
            return compare_magnitudes(case.x, case.y, case.ln, case.rn) or cmp
        return cmp
    found, verdict = cmp.explanation.rsplit(" — ", 1)
    ways = f"{case.ln}: '{wa}' ({da}) / {case.rn}: '{wb}' ({db})"
    if cmp.verdict == Verdict.CONFLICT:
        return Comparison(cmp.verdict, f"{found}; in opposite directions too: {ways} — {verdict}",
                          cmp.left, cmp.right)  # fmt: skip
    pa, pb = _period(claims[0], case.x), _period(claims[1], case.y)
    if pa != pb:
        over = f"{case.ln}: {pa or 'no period named'} / {case.rn}: {pb or 'no period named'}"
        why = (f"{cmp.left} vs {cmp.right}: changes in opposite directions, {ways}, but over "
               f"different periods ({over}) — unresolved")  # fmt: skip
        return Comparison(Verdict.UNRESOLVED, why, cmp.left, cmp.right)
    why = f"{cmp.left} vs {cmp.right}: changes in opposite directions, {ways} — conflict"
    return Comparison(Verdict.CONFLICT, why, cmp.left, cmp.right)
