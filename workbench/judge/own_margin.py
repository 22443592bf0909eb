"""A margin that its own two figures do not make (issue 11, session 43):
"Kiptum won in 2:05:41, ahead of Kipruto in 2:06:19, a margin of 48
seconds" (38 seconds), "The bill passed by 218 votes to 206, a majority of
14" (12).

One source disagreeing with itself (``own_figures.py``): the two figures
and the difference between them are in one sentence. Read only where the
sentence says the third figure is the gap between the other two:

- two finishing times (durations written as times, "2:05:41", "9.58
  seconds") of about one size and one more duration marked as the gap
  between them: "a margin / gap / lead / difference of 48 seconds", "by 48
  seconds", "48 seconds behind / back / ahead / clear / slower / faster";
- two counts told as a vote or a tally, "218 votes to 206", "218 against
  206", and a count marked as "a majority / margin / lead / gap /
  difference of 14".

The figures are read to their last digit ("2:06:19" is to the second, "9.71"
to the hundredth), the margin to its own rounding and hedge ("nearly a
minute" is 51–60 seconds). A margin told of another year or a record ("48
seconds outside the course record", "by 48 seconds in 2023") is another
gap and stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import Claim, Fact, Verdict
from ..thresholds import current
from .margin_ends import LENGTH, at_a_moment, names, over_whom, owner, parties_fit
from .spelled import Add, Decide, fact_side, stretch_side
from .stages import OWN_MARGIN, Outcome, Rule

_S = r"[ \u00a0]+"
_GAP_BEFORE = re.compile(
    rf"\b(?:margin|majority|gap|lead|difference){_S}of{_S}(?:(?:just|only|some){_S})?$"
    rf"|\bby{_S}(?:(?:just|only|some){_S})?$",
    re.IGNORECASE,
)
_COUNT_GAP_BEFORE = re.compile(
    rf"\b(?:margin|majority|gap|lead|difference){_S}of{_S}(?:(?:just|only){_S})?$", re.IGNORECASE
)
_GAP_AFTER = re.compile(
    rf"^{_S}(?:behind|back|ahead|clear|adrift|slower|faster|quicker|in{_S}front)\b",
    re.IGNORECASE,
)
# "218 votes to 206"; not "412 seats to the Conservatives' 121": a party's majority is
# over all the others, not the gap to one
_VOTE = re.compile(rf"^(?:{_S}[A-Za-z]+)?{_S}(?:to|against|versus|vs\.?){_S}$", re.IGNORECASE)
# another gap: of another year, a record, a best
_OTHER_GAP = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:record|best|last|previous|earlier|personal|own|outside|"
    r"off|short|inside)\b",
    re.IGNORECASE,
)
_STOP = re.compile(r"[;!?]|\.(?:\s|$)|\b(?:but|while|whereas|after|before|since)\b", re.I)
_TIME_FORM = re.compile(r"\d:\d\d|\d\.\d+[ \u00a0]?(?:s\b|sec|second)", re.IGNORECASE)


@dataclass(frozen=True)
class MarginCase:
    """Two figures and the gap their sentence says is between them."""

    first: Fact
    second: Fact
    gap: Fact
    difference: float  # what the two figures make, in the gap's measure
    figure_step: float  # the two figures' last digit: the difference is good to it
    gap_low: float
    gap_high: float
    unit: str  # "seconds", "" for counts

    @property
    def misses(self) -> bool:
        d, step = self.difference, self.figure_step
        return d + step < self.gap_low or d - step > self.gap_high

    def reads(self) -> str:
        d = self.difference
        shown = f"{d:,.0f}" if d == int(d) else f"{d:,.2f}".rstrip("0").rstrip(".")
        told = f"{shown} {self.unit}".strip()
        return f"{self.first.text} to {self.second.text} is {told}"


def _decimals(text: str) -> int:
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def _seconds(f: Fact) -> tuple[float, float] | None:
    amount = getattr(f.mention, "amount", None)
    if f.kind != "duration" or not amount or amount[1] is None:
        return None
    return float(amount[0]), float(amount[1])


def _time_figure(f: Fact) -> bool:
    got = _seconds(f)
    return got is not None and got[0] == got[1] and bool(_TIME_FORM.search(f.text))


def _gap_told(claim: Claim, near: Fact, gap: Fact, before: re.Pattern[str]) -> bool:
    """``gap`` is marked as the gap and told in the clause of ``near``."""
    at = gap.start - claim.start
    lead = claim.text[max(0, at - 30) : at]
    tail = claim.text[gap.end - claim.start :]
    if not (before.search(lead) or (before is _GAP_BEFORE and _GAP_AFTER.match(tail))):
        return False
    lo, hi = (near.end, gap.start) if near.end <= gap.start else (gap.end, near.start)
    between = claim.text[lo - claim.start : hi - claim.start]
    if _STOP.search(between) or len(between.split()) > 10:
        return False
    clause = re.split(r"[,;.()—–]", tail, maxsplit=1)[0]
    if at_a_moment(claim, gap):  # "led by 20 seconds at the 30km mark": not the final gap
        return False
    return not _OTHER_GAP.search(between + " " + lead[-14:] + " " + clause)


def _whose(claim: Claim, a: Fact, b: Fact, gap: Fact) -> bool:
    """The gap parts the people beside the two figures ("35 seconds ahead of
    Kerubo" parts no one from Kerubo's time unless Kerubo's is one of them)."""
    first, second = owner(claim, a), owner(claim, b, since=a.end - claim.start)
    return parties_fit(over_whom(claim, gap), first, second, names(claim.text))


def _duration_case(claim: Claim, ordered: Sequence[Fact]) -> MarginCase | None:
    durations = [f for f in ordered if _seconds(f) is not None]
    if len(durations) != 3:
        return None
    gap = min(durations, key=lambda f: _seconds(f)[1])  # type: ignore[index]
    a, b = (f for f in durations if f is not gap)
    if not (_time_figure(a) and _time_figure(b)):
        return None
    sa, sb = _seconds(a)[0], _seconds(b)[0]  # type: ignore[index]
    lo, hi = _seconds(gap)  # type: ignore[misc]
    if min(sa, sb) <= 0 or max(sa, sb) > 1.5 * min(sa, sb) or hi >= min(sa, sb):
        return None
    near = b if abs(gap.start - b.end) <= abs(gap.start - a.end) else a
    if LENGTH.search(gap.text) or not _gap_told(claim, near, gap, _GAP_BEFORE):
        return None
    if not _whose(claim, a, b, gap):
        return None
    step = 10.0 ** -max(_decimals(a.text), _decimals(b.text))
    if lo == hi:  # a gap as written keeps half its last digit
        half = 10.0 ** -_decimals(gap.text) / 2 if _decimals(gap.text) else 0.5
        half = 30.0 if getattr(gap.mention, "granularity", "") == "minute" else half
        lo, hi = lo - half, hi + half
    return MarginCase(a, b, gap, round(abs(sb - sa), 6), step, lo, hi, "seconds")


def _count(f: Fact) -> bool:
    m = f.mention
    return (
        f.kind == "number"
        and getattr(m, "dimension", "") == "count"
        and getattr(m, "value_high", 1) is None
        and not getattr(m, "hedge", None)
    )


def _seats(f: Fact) -> bool:
    return (getattr(f.mention, "counted", None) or "").startswith("seat")


def _count_case(claim: Claim, ordered: Sequence[Fact]) -> MarginCase | None:
    counts = [f for f in ordered if f.kind == "number"]
    for i in range(len(counts) - 2):
        a, b, gap = counts[i : i + 3]
        if not (_count(a) and _count(b)) or gap.kind != "number" or _seats(a):
            continue
        if not _VOTE.match(claim.text[a.end - claim.start : b.start - claim.start]):
            continue
        va, vb = float(a.mention.value), float(b.mention.value)  # type: ignore[union-attr]
        lo, hi = float(gap.mention.low), float(gap.mention.high)  # type: ignore[union-attr]
        if not _gap_told(claim, b, gap, _COUNT_GAP_BEFORE) or hi >= max(va, vb):
            continue
        if not _whose(claim, a, b, gap):
            continue
        return MarginCase(a, b, gap, abs(va - vb), 0.0, lo, hi, "")
    return None


def _explanation(case: MarginCase, name: str, rule: Rule) -> str:
    g = case.gap.text
    return (
        f"{name} writes '{g}' as the gap between its own '{case.first.text}' and "
        f"'{case.second.text}': {case.reads()}, not {g} — the margin does not match the "
        f"figures it parts: one of them is wrong — {rule.outcome}"
    )


def margins_not_matching(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each margin its own sentence's two figures do not make."""
    if not current().judge.own_margins:
        return
    for claim in claims:
        ordered = sorted(facts_by_claim.get(claim.id, ()), key=lambda f: f.start)
        case = _duration_case(claim, ordered) or _count_case(claim, ordered)
        if case is None:
            continue
        rule = decide(OWN_MARGIN, case)
        if rule is None or rule.outcome == Outcome.SKIP:
            continue
        g, a, b = case.gap, case.first, case.second
        first, last = (a, b) if a.start < b.start else (b, a)
        sides = (fact_side(claim, g), stretch_side(claim, first, last, case.reads()))
        why = _explanation(case, names.get(claim.article, claim.article), rule)
        add(g.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_MARGIN_ROWS: tuple[Rule, ...] = (
    Rule(
        "margin_matches_its_figures",
        OWN_MARGIN,
        lambda c: not c.misses,
        Outcome.SKIP,
        "a margin its own two figures make, within their last digit and its rounding "
        "('2:21:10 … 2:21:52, about 40 seconds behind'): one statement, no flag",
        "tests/test_s43_own_figures.py::test_margins_that_match_stay_silent",
    ),
    Rule(
        "margin_against_its_figures",
        OWN_MARGIN,
        lambda c: True,
        Outcome.CONFLICT,
        "a margin told as the gap between two figures of its own sentence that they do "
        "not make ('2:05:41 … 2:06:19, a margin of 48 seconds'): the source contradicts "
        "itself",
        "tests/test_s43_own_figures.py::test_margins_against_their_figures",
    ),
)
