"""Which of a weekday and its date the other reports settle (issue 11,
session 36, eng119).

A weekday written with a date it does not fall on ("Monday, March 10" in
2026, a Tuesday) is flagged against each other report's reading of that day
(``facts/time/written.py``: the days agree; ``weekdays.py``: the other day is
the weekday written), and each flag said "the weekday or the date is wrong",
leaving the editor to work out which. Across the run's flags of that one
date, the other reports often settle it:

- every report paired with it gives the date's own day ("on Tuesday", "March
  10"): the weekday is wrong;
- every report paired with it gives the weekday's day of that week ("on
  Monday", "March 9"): the date is wrong.

Only a partner read to one day or less decides ("last week" allows both).
Nothing is settled when the partners part, or when another report's sentence
telling the same thing (sharing most of its content words, ``_LIKE`` of
them) gives the other reading: the judge may have paired the date with
another day of the story ("rain to 9am on Wednesday" against "the night of
Tuesday, March 12", where the crossing was Tuesday 11 March). Then each flag
keeps "the weekday or the date". Explanations only: no verdict or flag moves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..facts.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from ..facts.time.pastday import SAID_WEEKDAY
from ..model import Claim, Discrepancy, Fact
from ..text import content_tokens
from .family_helpers import TIME_KINDS

_EITHER = ("the weekday or the date is wrong", "the date or the weekday is wrong")
_DAY = timedelta(days=1)
_LIKE = 3  # content words a sentence shares with the date's own to tell the same thing
DATE, WEEKDAY = "date", "weekday"
_DAYS = frozenset({"day", "partofday"})  # a clock time dates a moment, not which day was meant


def _said(f: Fact) -> int | None:
    return dict(getattr(f.mention, "fields", ()) or ()).get(SAID_WEEKDAY)


def _day(f: Fact) -> date | None:
    """The one day a time value is read as, or None when it spans more."""
    iv = getattr(f.mention, "interval", None)
    if not iv or iv[1] - iv[0] > _DAY:
        return None
    return iv[0].date() if isinstance(iv[0], datetime) else iv[0]


def side_taken(written: Fact, other: Fact) -> str:
    """Which of the written weekday and date another report's day sides with:
    DATE (its day is the date), WEEKDAY (its day is the weekday written, in
    the date's week) or "" (neither, or it spans more than a day)."""
    m = other.mention
    if getattr(m, "granularity", "") not in _DAYS or getattr(m, "modifier", None) == "around":
        return ""  # a clock time, a week, 'two weeks ago' (a day either side): not which day
    said, day, theirs = _said(written), _day(written), _day(other)
    if said is None or day is None or theirs is None or _said(other) is not None:
        return ""
    if theirs == day:
        return DATE
    if theirs.weekday() == said and abs(theirs - day) < 7 * _DAY:
        return WEEKDAY
    return ""


def _fact_at(facts: Sequence[Fact], side) -> Fact | None:
    for f in facts:
        if f.kind in TIME_KINDS and f.start < side.end and side.start < f.end:
            return f
    return None


_CALENDAR = frozenset(
    [n.lower() for n in WEEKDAY_NAMES[1:]]
    + [n.lower() for n in MONTH_NAMES[1:]]
    + ["yesterday", "today", "tonight", "tomorrow", "night", "morning", "evening", "week"]
)


def _words(claim: Claim) -> set[str]:
    return {w for w in content_tokens(claim.text) if w not in _CALENDAR and not w[:1].isdigit()}


def _like(a: Claim, b: Claim) -> bool:
    """Whether two sentences tell the same thing: _LIKE content words in
    common, the calendar's words and figures left out."""
    return len(_words(a) & _words(b)) >= _LIKE


def _told_alike(
    claim: Claim, written: Fact, claims: Sequence[Claim], facts_by_claim
) -> list[tuple[str, Fact]]:
    """(article, day) of each other report's sentence telling the same thing
    whose day takes a side."""
    out = []
    for other in claims:
        if other.article == claim.article or not _like(claim, other):
            continue
        for f in facts_by_claim.get(other.id, ()):
            if f.kind in TIME_KINDS and side_taken(written, f):
                out.append((other.article, f))
    return out


def _settled_text(written: Fact, side: str, partners: list[tuple[str, Fact]]) -> str:
    day = _day(written)
    assert day is not None
    if side == DATE:
        what, told = "the weekday is wrong", day
    else:
        what = "the date is wrong"
        told = _day(partners[0][1]) or day
    by = ", ".join(f"{name} ('{f.text}')" for name, f in partners)
    return f"{what}: {by} date it {told:%A} {told:%-d %B %Y}"


def _written_of(d: Discrepancy, facts_by_claim) -> tuple[Fact, Fact | None, str] | None:
    """The date written with a weekday a flag is about, the other report's
    day it is held against (None for a flag of one sentence) and its article."""
    facts = [_fact_at(facts_by_claim.get(s.claim, ()), s) for s in d.sides]
    if None in facts:
        return None
    said = [k for k, f in enumerate(facts) if _said(f) is not None]
    if len(said) == 2 and facts[0] is facts[1]:
        return facts[0], None, ""
    if len(said) != 1:
        return None
    k = said[0]
    return facts[k], facts[1 - k], d.sides[1 - k].article


def settle_weekdays(
    found: Sequence[Discrepancy],
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
) -> list[Discrepancy]:
    """The run's flags, those of a weekday written with the wrong date saying
    which of the two is wrong when the other reports settle it."""
    by_id = {c.id: c for c in claims}
    groups: dict[str, list[int]] = {}
    evidence: dict[str, dict[str, tuple[str, Fact]]] = {}
    written: dict[str, Fact] = {}
    for i, d in enumerate(found):
        got = _written_of(d, facts_by_claim) if any(e in d.explanation for e in _EITHER) else None
        if got is None:
            continue
        w, o, article = got
        groups.setdefault(w.id, []).append(i)
        written[w.id] = w
        if o is not None and side_taken(w, o):
            evidence.setdefault(w.id, {})[o.id] = (article, o)
    out = list(found)
    for wid, members in groups.items():
        w, claim = written[wid], by_id.get(written[wid].claim)
        if claim is None:
            continue
        seen = evidence.get(wid, {})
        if not seen:
            continue  # no report paired with it takes a side
        sides = {side_taken(w, f) for _, f in seen.values()}
        sides |= {side_taken(w, f) for _, f in _told_alike(claim, w, claims, facts_by_claim)}
        if len(sides) != 1:
            continue
        side = sides.pop()
        partners = sorted(
            ((names.get(a, a), f) for a, f in seen.values()), key=lambda p: (p[0], p[1].start)
        )
        partners = [p for k, p in enumerate(partners) if k == 0 or partners[k - 1][0] != p[0]]
        text = _settled_text(w, side, partners)
        for i in members:
            why = out[i].explanation
            for e in _EITHER:
                why = why.replace(e, text)
            out[i] = replace(out[i], explanation=why)
    return out
