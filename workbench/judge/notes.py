"""The explanations of the rule rows that turn a verdict into another
(rules.py): each names both values and why the row decided as it did."""

from __future__ import annotations

from .cases import CandidateCase, ValueCase
from .family_helpers import pins_own_day


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
