"""A breakdown that does not add up to the total its own sentence gives
(issue 11, session 36): "patients at 212, … with 87 in France, 51 in
Germany, 34 in Belgium, 22 in the Netherlands, 17 in Spain and 10 in Poland"
(221), "seven workers — four from Alder, two from Brook and two from Cole"
(eight), "26 people were hurt, 24 of them passengers and one crew member".

One source disagreeing with itself (``own_figures.py``): the total and its
parts are counts of one sentence, told as one thing broken down. Read only
where the sentence says the list is of the total:

- the list follows the total set off by a dash, a colon or a bracket
  ("14 aircraft — five air tankers and nine helicopters"), by "were" ("the 36
  dead were 24 men, 9 women and four children"), by ", with", by a
  bare comma after a total that names nothing ("at 212, 171 adults and 41
  children"), or its first part is "N of them" / "N of whom";
- a list is two or more counts joined by commas and a last "and", each with
  a few words of its own and none a bound or hedged ("about 40", "at least
  three"), none "including", "plus", "among" …, each smaller than the total,
  and all of one happening ("150 dead, 80 injured and 90 missing" is three
  tolls, not one broken down);
- a second list that follows one adding up to its total, ", with …", breaks
  down the same total ("212, 171 adults and 41 children, with 87 in France …").

Parts adding up to more than the total can never be its breakdown. Parts
adding up to less may be a list of the largest ("with 87 in France and 51 in
Germany") unless a dash, colon or bracket tells the whole breakdown; only
then is a shortfall flagged. "30 points, 12 rebounds and 8 assists" is a
list of figures, not a breakdown: no marker says it is of the 30.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..facts.measure import measure_of
from ..model import Claim, Fact, Verdict
from ..thresholds import current
from .own_sum_after import of_the_total, share_of, total_after
from .own_sum_settled import count_value as _value
from .own_sum_settled import plain_count, settling_part
from .spelled import Add, Decide, fact_side, stretch_side
from .stages import OWN_SUM, Outcome, Rule

_WORD = r"[A-Za-z][\w’'-]*"
_WORDS = rf"(?:[ \u00a0]+{_WORD}){{0,5}}"
# between two parts of a list: the first part's words, then a comma or "and"
_SP = r"[ \u00a0]"
_JOIN = re.compile(rf"^(?P<words>{_WORDS}){_SP}*(?:,{_SP}*(?:and{_SP}+)?|{_SP}+and{_SP}+)$")
# between a total and its list: its words, then what sets the list off
_OPEN = re.compile(
    rf"^(?P<words>{_WORDS}){_SP}*(?P<mark>[—–:(]|{_SP}-|,){_SP}*(?P<with>with{_SP}+)?$"
)
# a total its list follows as what it was: "the 36 dead were 24 men, 9 women and four
# children" (session 43); read as a list, so only parts over the total are flagged
_COPULA = re.compile(rf"^(?P<words>(?:{_SP}+{_WORD}){{0,2}}?){_SP}+(?:were|are){_SP}+$")
_OF_THEM = re.compile(r"^[ \u00a0]+of[ \u00a0]+(?:them|whom|those)\b", re.IGNORECASE)
# words that make a list something other than the total broken down
_NOT_A_BREAKDOWN = re.compile(
    r"\b(?:includ\w*|among|excluding|except|besides|plus|than|between|per|each|"
    r"another|other|others|more|further|additional|extra|also|or|out)\b",
    re.IGNORECASE,
)
_AFTER_LAST = re.compile(rf"^{_WORDS}[ \u00a0]*(?:$|[,;.:)—–]|[ \u00a0]-[ \u00a0])")


@dataclass(frozen=True)
class SumCase:
    """A total and the parts its sentence breaks it into."""

    total: Fact
    parts: tuple[Fact, ...]
    whole_told: bool  # a dash, colon or bracket tells the list is the whole breakdown

    @property
    def added(self) -> float:
        return sum(_value(p) for p in self.parts)

    @property
    def over(self) -> bool:
        return self.added > _value(self.total)

    @property
    def short(self) -> bool:
        return self.added < _value(self.total)

    def reads(self) -> str:
        adds = " + ".join(f"{_value(p):,.0f}" for p in self.parts)
        return f"{adds} = {self.added:,.0f}"


def _count(f: Fact) -> bool:
    m = f.mention
    return (
        plain_count(f)
        and float(getattr(m, "value", 0)) == int(getattr(m, "value", 0))
        and getattr(m, "value", 0) > 0
    )


def _span(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def _text(claim: Claim, a: Fact, b: Fact) -> str:
    return claim.text[a.end - claim.start : b.start - claim.start]


def _lists(claim: Claim, ordered: Sequence[Fact]) -> list[tuple[int, int]]:
    """Runs of counts next to each other joined by commas and a last "and",
    as (first, last) indices into ``ordered``."""
    out = []
    i = 0
    while i < len(ordered) - 1:
        j, last_and = i, -1
        while j + 1 < len(ordered) and _count(ordered[j]) and _count(ordered[j + 1]):
            m = _JOIN.match(_text(claim, ordered[j], ordered[j + 1]))
            if m is None or _NOT_A_BREAKDOWN.search(m.group("words")):
                break
            j += 1
            if re.search(r"\band\b", m.group(0)):
                last_and = j
                break  # a list ends at its "and"
        if last_and > i and _ends_there(claim, ordered, last_and):
            out.append((i, last_and))
            i = last_and + 1
        else:
            i += 1
    return out


def _ends_there(claim: Claim, ordered: Sequence[Fact], k: int) -> bool:
    f = ordered[k]
    end = ordered[k + 1].start if k + 1 < len(ordered) else claim.start + len(claim.text)
    m = _AFTER_LAST.match(claim.text[f.end - claim.start : end - claim.start])
    return m is not None and not _NOT_A_BREAKDOWN.search(m.group(0))


def _opened(claim: Claim, total: Fact, first: Fact) -> str:
    """How the list is set off as the total's breakdown: "whole" (a dash, a
    colon, a bracket), "list" (", with", a bare total, "N of them"), or ""."""
    if of_the_total(claim, total, first):
        return "list"  # "Of the 36 dead, 24 were men, …" (session 43)
    m = _OPEN.match(_text(claim, total, first))
    copula = _COPULA.match(_text(claim, total, first))
    if copula is not None and not _NOT_A_BREAKDOWN.search(copula.group("words")):
        return "list"
    if m is None or _NOT_A_BREAKDOWN.search(m.group("words")):
        return ""
    if m.group("mark") not in {","}:
        return "whole"
    of_them = _OF_THEM.match(claim.text[first.end - claim.start :])
    if m.group("with") or not m.group("words").strip() or of_them:
        return "list"
    return ""


def _sums_of(claim: Claim, facts: Sequence[Fact]) -> list[SumCase]:
    ordered = sorted(facts, key=lambda f: f.start)
    out: list[SumCase] = []
    held: tuple[Fact, Fact] | None = None  # a total whose list added up, and its last part
    for i, j in _lists(claim, ordered):
        case = _case(claim, ordered, i, j, held)
        held = None
        if case is None:
            continue
        out.append(case)
        if not case.over and not case.short:
            held = (case.total, case.parts[-1])
    return out


def _case(
    claim: Claim, ordered: Sequence[Fact], i: int, j: int, held: tuple[Fact, Fact] | None
) -> SumCase | None:
    """The total a list of counts breaks down: the count before it, the
    list's own first count ("at 212, 171 adults and 41 children"), or the
    total of a list just before that added up (", with 87 in France …")."""
    tries = [(i - 1, i)] if i > 0 else []
    if j - i >= 2:
        tries.append((i, i + 1))
    for t, first in tries:
        total, parts = ordered[t], tuple(ordered[first : j + 1])
        how = _opened(claim, total, parts[0]) if _count(total) else ""
        how = "" if t > 0 and share_of(claim, ordered[t - 1], total) else how
        case = _checked(claim, total, parts, how) if how else None
        if case is not None:
            return case
    after = ordered[j + 1] if j + 1 < len(ordered) else None  # "…, 2,100 in all" (session 43)
    if after is not None and _count(after) and total_after(claim, ordered[j], after):
        return _checked(claim, ordered[j + 1], tuple(ordered[i : j + 1]), "whole")
    if held is not None:
        between = claim.text[held[1].end - claim.start : ordered[i].start - claim.start]
        if re.fullmatch(r"[^;.]{0,40},[ \u00a0]*with[ \u00a0]+", between):
            return _checked(claim, held[0], tuple(ordered[i : j + 1]), "list")
    return None


def _checked(claim: Claim, total: Fact, parts: tuple[Fact, ...], how: str) -> SumCase | None:
    """A breakdown only when every part is smaller than the total and no two
    of them, the total included, count different happenings."""
    if any(_value(p) >= _value(total) for p in parts):
        return None
    events = {measure_of(claim.text, *_span(claim, f)).event for f in (total, *parts)}
    # "150 dead, 80 injured and 90 missing": three tolls; "612 injured, 489 of them in
    # Chimborazo, and 19 people were still missing": a toll and another happening
    if len(events - {""}) > 1:
        return None
    return SumCase(total, parts, how == "whole")


def _explanation(case: SumCase, name: str, rule: Rule, settled: str) -> str:
    t = case.total.text
    return (
        f"{name} writes '{t}' and breaks it down in the same sentence "
        f"({', '.join(p.text for p in case.parts)}): {case.reads()}, not {t} — the parts "
        f"do not add up to their total: one of them is wrong{settled} — {rule.outcome}"
    )


def sums_not_adding_up(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each total its own sentence's breakdown does not add up to."""
    if not current().judge.own_sums:
        return
    for claim in claims:
        name = names.get(claim.article, claim.article)
        for case in _sums_of(claim, facts_by_claim.get(claim.id, ())):
            rule = decide(OWN_SUM, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            t, first, last = case.total, case.parts[0], case.parts[-1]
            sides = (fact_side(claim, t), stretch_side(claim, first, last, case.reads()))
            settled = settling_part(claim, t, case.parts, claims, facts_by_claim, names)
            why = _explanation(case, name, rule, settled)
            add(t.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_SUM_ROWS: tuple[Rule, ...] = (
    Rule(
        "breakdown_adds_up",
        OWN_SUM,
        lambda c: not c.over and not c.short,
        Outcome.SKIP,
        "parts that add up to the total their sentence breaks down ('14 aircraft — "
        "five air tankers and nine helicopters'): one statement, no flag",
        "tests/test_s36_own_sum.py::test_breakdowns_that_add_up_stay_silent",
    ),
    Rule(
        "breakdown_over_its_total",
        OWN_SUM,
        lambda c: c.over,
        Outcome.CONFLICT,
        "parts of one total that add up to more than it ('212, … with 87 in France, 51 "
        "in Germany … and 10 in Poland', 221): no breakdown can, one figure is wrong",
        "tests/test_s36_own_sum.py::test_breakdowns_that_do_not_add_up_are_conflicts",
    ),
    Rule(
        "breakdown_short_of_its_total",
        OWN_SUM,
        lambda c: c.short and c.whole_told,
        Outcome.CONFLICT,
        "a breakdown a dash, colon or bracket tells as the whole that adds up to less "
        "than its total ('seven workers — four from Alder and two from Brook')",
        "tests/test_s36_own_sum.py::test_breakdowns_that_do_not_add_up_are_conflicts",
    ),
    Rule(
        "breakdown_may_be_partial",
        OWN_SUM,
        lambda c: True,
        Outcome.SKIP,
        "a list set off by a comma or 'with' that adds up to less than its total may "
        "name only the largest parts ('with 87 in France and 51 in Germany'): no flag",
        "tests/test_s36_own_sum.py::test_breakdowns_that_add_up_stay_silent",
    ),
)


def count_lists(claim: Claim, ordered: Sequence[Fact]) -> list[tuple[int, int]]:
    """Runs of counts joined by commas and a last "and" (``_lists``), for the
    breakdowns another report's total is checked against (``breakdowns.py``)."""
    return _lists(claim, ordered)
