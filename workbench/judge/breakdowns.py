"""A breakdown one report gives that does not add up to the total another report
states (session 43, eng161, issue 11): "Police said 36 people died" / "the dead
were 24 men, 9 women and four children" (37), "52 passengers" / "the passengers
were 30 Britons, 15 French nationals and 9 Germans" (54).

The two sentences are seldom aligned (one tells a toll, the other who the dead
were) and no figure of one meets a figure of the other, so the sum both invite
was never worked out. Read narrowly:

- the breakdown: two or more counts joined by commas and a last "and" (the lists
  of ``own_sum.py``), told as the whole of a group: right after "were", "was",
  "comprised", "consisted of", a colon or a dash, not "among", "included", and
  with no total of its own in the sentence; or as the subject of its happening's
  verb ("police said 24 men, 8 women and 5 children were killed");
- the total: the one count of the other report's articles that counts the same
  thing — the same happening ("died" / "the dead": killed) or the group's own noun
  ("52 passengers" / "the passengers were") — written alike wherever that report
  states it (a report giving two tolls is updating one, not summing), not of an
  earlier happening, larger than every member;
- the two reports published on one day: a toll told a day later may have risen.

The total is read with its hedge ("at least 36" allows 37). The explanation
gives the sum: '24 + 9 + 4 = 37'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..facts.background import earlier_happening
from ..facts.measure import measure_of
from ..model import Claim, Fact, Verdict
from .own_sum import count_lists
from .own_sum_settled import count_value, plain_count
from .spelled import Add, Decide, fact_side, stretch_side
from .stages import DERIVED, Outcome, Rule

_S = r"[ \u00a0]"
# what tells a list is the whole of a group: "the dead were", "the passengers:"
_WHOLE = re.compile(
    rf"(?P<group>[A-Za-z][\w-]*){_S}*(?:\b(?:were|was|are|comprised|consisted{_S}+of)\b{_S}*"
    rf"|[:\u2014\u2013]{_S}*|{_S}-{_S}+)$"
)
# the list the subject of its happening's verb: "police said 24 men, … were killed"
_SUBJECT = re.compile(rf"(?:^|\b(?:said|says|say|that|confirmed){_S}*)$", re.IGNORECASE)
_PARTIAL = re.compile(r"\b(?:among|includ\w*|other|others|also|some)\b", re.IGNORECASE)


@dataclass(frozen=True)
class BreakdownCase:
    """A breakdown one report gives and the total another states."""

    stated: Fact
    stated_claim: Claim
    parts: tuple[Fact, ...]
    parts_claim: Claim

    @property
    def added(self) -> float:
        return sum(count_value(p) for p in self.parts)

    @property
    def misses(self) -> bool:
        m = self.stated.mention
        return not float(m.low) <= self.added <= float(m.high)  # type: ignore[union-attr]

    @property
    def reads(self) -> str:
        adds = " + ".join(f"{count_value(p):,.0f}" for p in self.parts)
        return f"{adds} = {self.added:,.0f}"


def _at(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def _event(claim: Claim, f: Fact) -> str:
    return measure_of(claim.text, *_at(claim, f)).event


def _breakdown(claim: Claim, facts: Sequence[Fact]) -> tuple[tuple[Fact, ...], str, str] | None:
    """The sentence's one breakdown told as a whole: its members, the group they
    are of, and their happening."""
    ordered = sorted((f for f in facts if plain_count(f)), key=lambda f: f.start)
    lists = count_lists(claim, ordered)
    if len(lists) != 1 or len(ordered) != lists[0][1] - lists[0][0] + 1:
        return None  # a total of its own, or counts beside the list: not ours to sum
    parts = tuple(ordered[lists[0][0] : lists[0][1] + 1])
    clause = re.split(r"[,;.()]", claim.text[: _at(claim, parts[0])[0]])[-1]
    told = _WHOLE.search(clause)
    events = {_event(claim, p) for p in parts} - {""}
    if _PARTIAL.search(clause) or len(events) > 1:
        return None
    if told is None and not (events and _SUBJECT.search(clause)):
        return None  # neither "the dead were …" nor "… 5 children were killed"
    return parts, told.group("group").lower() if told else "", next(iter(events), "")


def _counts_it(claim: Claim, f: Fact, group: str, event: str) -> bool:
    counted = getattr(f.mention, "counted", None) or ""
    if event:
        return _event(claim, f) == event
    return len(counted) > 3 and group.startswith(counted[:-1])


def _whole(
    claims: Sequence[Claim], facts: Mapping[str, Sequence[Fact]], group: str, event: str
) -> tuple[Claim, Fact] | None:
    """The one total of the group an article states (every statement of it alike)."""
    found = []
    for c in claims:
        own = [f for f in facts.get(c.id, ()) if plain_count(f)]
        if _breakdown(c, own) is not None or len(count_lists(c, own)):
            continue
        found += [(c, f) for f in own if _counts_it(c, f, group, event)]
    found = [(c, f) for c, f in found if not earlier_happening(c.text, *_at(c, f))]
    if len({count_value(f) for _, f in found}) != 1:
        return None
    return found[0]


def breakdowns_apart(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    days_apart: Callable[[str, str], int],
    add: Add,
    decide: Decide,
) -> None:
    """Flag a breakdown one report gives that another's total is not the sum of."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    for pc in claims:
        got = _breakdown(pc, facts_by_claim.get(pc.id, ()))
        if got is None:
            continue
        parts, group, event = got
        for article, own in by_article.items():
            if article == pc.article or days_apart(article, pc.article):
                continue
            whole = _whole(own, facts_by_claim, group, event)
            if whole is None or count_value(whole[1]) <= max(count_value(p) for p in parts):
                continue
            case = BreakdownCase(whole[1], whole[0], parts, pc)
            rule = decide(DERIVED, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            sc, s = whole
            sides = (stretch_side(pc, parts[0], parts[-1], case.reads), fact_side(sc, s))
            pn, sn = names.get(pc.article, pc.article), names.get(sc.article, sc.article)
            why = f"{case.reads} ({pn}), not the {s.text} {sn} states — {rule.outcome}"
            add(s.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


BREAKDOWN_ROWS: tuple[Rule, ...] = (
    Rule(
        "breakdown_adds_up_to_their_total",
        DERIVED,
        lambda c: isinstance(c, BreakdownCase) and not c.misses,
        Outcome.SKIP,
        "a breakdown one report gives that adds up to the total another states ('36 "
        "people died' / 'the dead were 24 men, 8 women and four children'): no flag",
        "tests/test_s43_breakdowns.py::test_breakdowns_that_add_up_stay_silent",
    ),
    Rule(
        "breakdown_against_their_total",
        DERIVED,
        lambda c: isinstance(c, BreakdownCase),
        Outcome.CONFLICT,
        "a breakdown one report gives that does not add up to the total another states "
        "('36 people died' / 'the dead were 24 men, 9 women and four children': 37)",
        "tests/test_s43_breakdowns.py::test_breakdowns_against_their_total",
    ),
)
