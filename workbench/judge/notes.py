"""What the rule rows (rules.py) compute beyond a one-line test: the
predicates that take a few lines, and the explanations of the rows that turn
a verdict into another (each names both values and why the row decided)."""

from __future__ import annotations

from ..facts.quote.credit import says_the_same
from ..model import Fact, Verdict
from .cases import AttributionCase, CandidateCase, PairingCase, ValueCase
from .family_helpers import pins_own_day, speakers_differ


def day_anchor_note(c: ValueCase) -> str:
    return (
        f"{c.cmp.left} vs {c.cmp.right}: {c.dated_by} — the figures may describe "
        "different days; check which is current — unresolved"
    )


def off_by_the_clock_note(c: ValueCase) -> str:
    deictic = c.x if pins_own_day(c.x) else c.y
    return (
        f"{c.cmp.left} vs {c.cmp.right}: one day apart, and '{deictic.text}' is counted "
        "from its article's publication date — a report filed from another time zone, or "
        "written the day before it appeared, names the same day differently; check the "
        "dateline — unresolved"
    )


def in_other_words_note(c: CandidateCase) -> str:
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{found}; but these are the only such values of the two claims and the words "
        f"around '{c.x.text}' and '{c.y.text}' do not say they are the same thing — "
        "check whether both sources mean one — unresolved"
    )


def written_differently_note(c: ValueCase) -> str:
    return (
        f"{c.cmp.left} vs {c.cmp.right}: the same value written differently "
        f"('{c.x.text}' / '{c.y.text}') — consistent"
    )


def lone_values_conflict(c: PairingCase) -> bool:
    cc = c.t.conflict_context
    return c.cmp.verdict == Verdict.CONFLICT and cc / 2 <= c.context < cc and c.lone()


def scare_quoted(f: Fact) -> bool:
    m = f.mention
    return m is not None and m.speaker is None and len(m.words.split()) <= 3


def credited_differently(c: AttributionCase) -> bool:
    sa, sb = c.sources
    if not (sa and sb and sa.is_person and sb.is_person and speakers_differ(sa, sb)):
        return False
    return says_the_same(c.ca.text, sa, c.cb.text, sb)  # not two people making one point
