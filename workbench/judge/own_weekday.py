"""A date written with a weekday it does not fall on, no other report's day
against it (issue 11, session 36).

"The ITSB says its preliminary report will be published by Thursday 14
November" (14 November 2025 is a Friday): the time family keeps the date and
remembers the weekday written (``facts/time/pastday.with_weekday``), and a
pair of reports shows it when the other report states that day
(``weekdays.py``). A day no other report states — most often a day ahead, a
deadline or a hearing only one report gives — was never shown (fresh reader
of emergency_landing, D5: "no future-date flags at all"). As a conversion that
does not convert its figure (``own_conversion.py``), it is one source
disagreeing with itself: the weekday and the date are the two sides, in one
sentence; shown only when no flag of the run already holds the date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..facts.lexicon import WEEKDAY_NAMES
from ..facts.time.pastday import SAID_WEEKDAY
from ..model import Claim, Fact, Verdict
from .spelled import Add, Decide, side_at
from .stages import OWN_WEEKDAY, Outcome, Rule
from .weekday_settled import settle_weekdays as settle_weekdays

_NAME = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?",
)
_NOT_A = re.compile(r",\s*not\s+an?\s+\w+$")


@dataclass(frozen=True)
class WeekdayCase:
    """A date and the weekday written with it that it does not fall on."""

    fact: Fact
    said: int  # the weekday written, 0 for Monday
    day: date
    published: date | None


def _weekday_span(f: Fact, said: int) -> tuple[int, int] | None:
    """Where in the fact's text the weekday written is ("Thursday" of
    "Thursday 14 November"), as offsets into the fact's text."""
    for m in _NAME.finditer(f.text):
        if WEEKDAY_NAMES[said + 1].lower().startswith(m.group().rstrip(".").lower()[:3]):
            return m.start(), m.end()
    return None


def _date_span(f: Fact, wd: tuple[int, int]) -> tuple[int, int] | None:
    """The date's part of the fact's text: the words after the weekday or before it."""
    after = f.text[wd[1] :]
    lead = len(after) - len(after.lstrip(" ,(\u00a0"))
    rest = after[lead:].rstrip(" ,)")
    if any(ch.isdigit() for ch in rest):
        return wd[1] + lead, wd[1] + lead + len(rest)
    before = f.text[: wd[0]].rstrip(" ,(\u00a0")
    if any(ch.isdigit() for ch in before):
        return 0, len(before)
    return None


def weekdays_not_their_dates(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    shown: Sequence,
    add: Add,
    decide: Decide,
) -> None:
    """Flag each date written with a weekday it does not fall on that no flag
    of the run (``shown``: its discrepancies) already holds."""
    held = [(s.article, s.start, s.end) for d in shown for s in d.sides]
    for claim in claims:
        for f in facts_by_claim.get(claim.id, ()):
            m = f.mention
            said = dict(getattr(m, "fields", ()) or ()).get(SAID_WEEKDAY)
            if said is None or getattr(m, "interval", None) is None:
                continue
            if any(a == f.article and s < f.end and f.start < e for a, s, e in held):
                continue
            wd = _weekday_span(f, said)
            at = _date_span(f, wd) if wd is not None else None
            if wd is None or at is None:
                continue
            case = WeekdayCase(f, said, m.interval[0].date(), m.published)
            rule = decide(OWN_WEEKDAY, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            off = f.start - claim.start
            day = _NOT_A.sub("", m.value)
            sides = (
                side_at(
                    claim, off + wd[0], off + wd[1], f.text[wd[0] : wd[1]], WEEKDAY_NAMES[said + 1]
                ),
                side_at(claim, off + at[0], off + at[1], f.text[at[0] : at[1]], day),
            )
            name = names.get(claim.article, claim.article)
            why = (
                f"{name} writes '{f.text}': {case.day:%-d %B %Y} is a {case.day:%A}, not a "
                f"{WEEKDAY_NAMES[said + 1]} — the weekday or the date is wrong — {rule.outcome}"
            )
            add(f.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_WEEKDAY_ROWS: tuple[Rule, ...] = (
    Rule(
        "weekday_not_its_date",
        OWN_WEEKDAY,
        lambda c: True,
        Outcome.CONFLICT,
        "a date written with a weekday it does not fall on ('by Thursday 14 November' in "
        "2025, a Friday), past or ahead, that no other report's day meets: the source "
        "contradicts itself, whatever other reports say; a pair of reports that states the "
        "day shows it first (weekday_against_its_date)",
        "tests/test_s36_own_weekday.py::test_a_weekday_its_date_does_not_fall_on_is_flagged; "
        "authored development emergency_landing D5 ('no future-date flags at all')",
    ),
)
