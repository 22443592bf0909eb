"""A length of time between two happenings against the days another report
gives them (session 28, align36; ECB+ 04_ecb, dev2).

"died Thursday night … nine days after suffering a heart attack" tells the
gap between the death and the heart attack as a length; "Yesterday … succumbed
to complications from a heart attack suffered almost three weeks ago" tells it
as two days, the death's and the heart attack's. The time family compares a
length with a length and a day with a day, so the two never met: a duration
against a date has no COMPARE row. Here the length ("nine days after", "a
month earlier") is compared with the gap between the other
sentence's two days — its day counted back ("almost three weeks ago") and the
one other day it names (the happening the gap ends at), which must lie within
two days of the day the length's own sentence names, so both sentences date
one happening.

Only a difference is shown: the gap agreeing with the length is told by the
days themselves. Differences within a day, or within a quarter of the longer
gap, are left alone: a day counted back ("almost three weeks ago") is
approximate, and publication days shift a gap by one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..facts.time.family import TIME
from ..model import Claim, Comparison, Fact, Verdict
from .stages import COMPARE, Outcome, Rule

# a length of time back from the sentence's day to an earlier happening: "died
# Thursday, nine days after suffering", "had suffered it nine days earlier"; not
# "before" or "later", whose day is the earlier happening's ("fell ill on Monday,
# three days before he died")
_SEPARATES = re.compile(r"^\s*(?:after|earlier)\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?:ago|earlier)\s*$", re.IGNORECASE)
_DAY = timedelta(days=1)
_NEAR = 2 * _DAY  # two sentences' days of one happening (time zones, late editions)
_NOMINAL = date(2001, 6, 15)  # any day: two days counted from it keep their gap


def _interval(f: Fact) -> tuple[datetime, datetime] | None:
    """A resolved day (or part of one), else None."""
    got = getattr(f.mention, "interval", None)
    return got if got and got[1] - got[0] <= _DAY else None


def _length(claim: Claim, f: Fact) -> tuple[float, float] | None:
    """A duration's (low, high) in days when its sentence says it separates
    two happenings ("nine days after …"), else None."""
    if f.kind != "duration" or f.mention is None:
        return None
    amount = getattr(f.mention, "amount", None)
    if not amount or amount[0] is None or amount[1] is None:
        return None
    rest = claim.text[f.end - claim.start :] if f.end >= claim.start else ""
    if not _SEPARATES.match(rest):
        return None
    return amount[0] / 86400.0, amount[1] / 86400.0


def _two_days(claim: Claim, later: Fact, back: Fact) -> tuple[datetime, datetime] | None:
    """The days of a sentence's later happening and of the day it counts back
    to: resolved, or, in an undated report, both read against one nominal
    publication day ("Yesterday" and "almost three weeks ago" are 20 days
    apart whatever the day)."""
    a, b = _interval(later), _interval(back)
    if a is not None and b is not None:
        return a[0], b[0]
    if getattr(later.mention, "interval", None) or getattr(back.mention, "interval", None):
        return None  # one resolved, one not: no common footing
    found = {m.text: m.interval for m in TIME.find(claim.text, _NOMINAL)}
    a, b = found.get(later.text), found.get(back.text)
    if not a or not b or a[1] - a[0] > _DAY or b[1] - b[0] > _DAY:
        return None
    return a[0], b[0]


def _one_other_day(facts: list[Fact], but: Fact) -> Fact | None:
    """The one other day a sentence names (the happening its gap ends at)."""
    days = [f for f in facts if f.kind == "date" and f.id != but.id]
    return days[0] if len(days) == 1 else None


def gap_comparison(
    length_side: tuple[Claim, Fact, list[Fact]],
    days_side: tuple[Claim, Fact, list[Fact]],
    names: tuple[str, str],
    swapped: bool = False,
) -> Comparison | None:
    """The length of one sentence against the gap between the two days of the
    other, or None when the two do not tell one gap or agree; ``swapped``: the
    days' side is the case's left value (named first)."""
    (ca, x, fa), (cb, y, fb) = length_side, days_side
    length = _length(ca, x)
    if length is None or y.kind != "date" or not _AGO.search(y.text):
        return None
    anchor_a, anchor_b = _one_other_day(fa, x), _one_other_day(fb, y)
    if anchor_a is None or anchor_b is None:
        return None
    days = _two_days(cb, anchor_b, y)
    day_a, day_b = _interval(anchor_a), _interval(anchor_b)
    if days is None or (day_a and day_b and abs(day_a[0] - day_b[0]) > _NEAR):
        return None  # two later happenings days apart: not one gap
    gap = (days[0].date() - days[1].date()).days
    low, high = length
    apart = max(low - gap, gap - high, 0.0)
    if gap <= 0 or apart <= max(1.0, 0.25 * max(gap, high)):
        return None
    la, lb = names
    told = f"{la} puts '{x.text}' between '{anchor_a.text}' and what came before it"
    dated = f"{lb} dates them {gap} days apart ('{anchor_b.text}', '{y.text}')"
    if swapped:
        return Comparison(
            Verdict.CONFLICT, f"{y.text} vs {x.text}: {dated}; {told} — conflict", y.text, x.text
        )
    return Comparison(
        Verdict.CONFLICT, f"{x.text} vs {y.text}: {told}; {dated} — conflict", x.text, y.text
    )


def length_against_days(
    x: Fact, y: Fact, fa: list[Fact], fb: list[Fact], claims, ln: str, rn: str
) -> Comparison | None:
    """``gap_comparison`` with the length on either side (CompareCase.gap)."""
    if claims is None:
        return None
    ca, cb = claims
    if x.kind == "duration" and y.kind == "date":
        return gap_comparison((ca, x, fa), (cb, y, fb), (ln, rn))
    if y.kind == "duration" and x.kind == "date":
        return gap_comparison((cb, y, fb), (ca, x, fa), (rn, ln), swapped=True)
    return None


def compared_as_gap(route: tuple[str, ...]) -> bool:
    """Whether a value pair was admitted by this module's COMPARE row (``route``:
    the rows that admitted it). In weakly related articles such a pair is kept
    when both sentences name one owner ("Bettie Page died … nine days after" /
    "Bettie Page succumbed … almost three weeks ago"), as a figure of one named
    owner restated alike is (engine._kept_aside)."""
    return bool(route) and route[0] == LENGTH_AGAINST_TWO_DAYS.name


def _applies(c) -> bool:
    return c.gap is not None


LENGTH_AGAINST_TWO_DAYS = Rule(
    "length_against_two_days",
    COMPARE,
    _applies,
    Outcome.KEEP,
    "'nine days after suffering a heart attack' (died Thursday night) against 'a heart "
    "attack suffered almost three weeks ago' (died yesterday): a length of time between "
    "two happenings compared with the gap between the days the other sentence gives them, "
    "when both sentences date the later one alike (within two days); only a difference "
    "beyond a day and a quarter of the gap is shown",
    "tests/test_s28_length_against_days.py::test_a_length_against_two_days_apart; "
    "ECB+ 04_ecb (dev2: how long before her death Page suffered the heart attack)",
)
