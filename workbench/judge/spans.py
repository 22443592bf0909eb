"""Figures that measure different spans or different things of one person
(issue 11, trial 29: ECB+ 05_ecb, 76ers fire Cheeks; 02_ecb, Jackman named
Oscars host). Six CANDIDATE rows; session 21 (eng51): a role no longer than
the whole time is part of it, and lengths of different named things (below).

- A tenure in one role against a whole time: "DiLeo spent four seasons as the
  Sixers' director of player personnel" lies inside "DiLeo has spent 19 seasons
  with the 76ers"; two figures differing so are a question at most (unresolved,
  both spans named), never a conflict. Two times in different roles ("three
  years as minister" / "five years as chief executive") are two facts.
- A change against a level: "Dalembert is down almost five points per game",
  "a drop of five points per game from last season" state how much a figure
  moved; "Iguodala is averaging just 14.9 points" states where it stands. A
  change told as one ("up/down N", "a drop of N") never conflicts with a level.
- Dates of different awards: "won a Tony Award in 2004" / "won an Emmy for
  doing so in 2005" date two awards; the same award's dates still compare
  ("hosted the 2007 Oscars" / "hosted the Oscars in 2008")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.measure import measure_of
from ..facts.registry import family_of
from ..facts.tenure import activity_of, award_of, clause_names, tenure_of
from ..facts.time.family import TIME
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import TIME_KINDS, dimension_of
from .stages import CANDIDATE, Outcome, Rule

_POINTS = TIME_KINDS - {"duration"}


def _local(f: Fact, claim: Claim) -> tuple[str, int, int]:
    return claim.text, f.start - claim.start, f.end - claim.start


def _tenures(c: CandidateCase) -> tuple[tuple[str, str], tuple[str, str]] | None:
    if c.claims is None or {c.x.kind, c.y.kind} & _POINTS:
        return None  # a day or a year is no length of time spent
    ca, cb = c.claims
    return _tenure_at(*_local(c.x, ca)), _tenure_at(*_local(c.y, cb))


_tenure_at = lru_cache(maxsize=65536)(tenure_of)
_award_at = lru_cache(maxsize=65536)(award_of)


def roles_apart(c: CandidateCase) -> bool:
    """Two times spent in roles with different heads ("as minister" / "as
    chief executive")."""
    t = _tenures(c)
    if t is None:
        return False
    (ka, ha), (kb, hb) = t
    return ka == kb == "role" and ha != hb


def role_against_whole(c: CandidateCase) -> bool:
    """A differing time in a role against a time that names no such role."""
    t = _tenures(c)
    if t is None or c.cmp.verdict != Verdict.CONFLICT:
        return False
    (ka, _), (kb, _) = t
    return (ka == "role") != (kb == "role")


def _span(f: Fact) -> tuple[str, float, float] | None:
    """How long a tenure is: seconds for a length of time, else the quantity's reading
    ("19 seasons" is a count of seasons)."""
    if f.mention is None:
        return None
    if f.kind in TIME_KINDS:
        length = TIME.length(f.mention)
        return None if length is None else ("duration", *length)
    ev = family_of(f.kind).evidence(f)
    return ev[0] if ev else None


def role_inside_whole(c: CandidateCase) -> bool:
    """A time in one role no longer than the whole time it is set against
    ("four seasons as director" / "19 seasons with the 76ers"): the part fits
    inside the whole, so there is nothing to ask. A role longer than the whole
    time ("20 years as director" / "four seasons with the club") cannot lie
    inside it and stays a question (role_within_a_whole_time)."""
    if not role_against_whole(c):
        return False
    (ka, _), _ = _tenures(c) or (("", ""), ("", ""))
    role, whole = (c.x, c.y) if ka == "role" else (c.y, c.x)
    r, w = _span(role), _span(whole)
    return r is not None and w is not None and r[0] == w[0] and r[1] <= w[2]


def role_against_whole_note(c: CandidateCase) -> str:
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    (ka, ha), (_, hb) = _tenures(c) or (("", ""), ("", ""))
    role, whole, head = (c.x, c.y, ha) if ka == "role" else (c.y, c.x, hb)
    return (
        f"{found}; '{role.text}' is a time in one role (as {head}) and '{whole.text}' a whole "
        "time that names no such role — the role may be part of it; check that both "
        "measure one span — unresolved"
    )


# A change told as one: "down almost five points", "up 3%", "a drop of five
# points", "an increase of $3m" (not "up to": a bound).
_TOLD_CHANGE = re.compile(
    r"\b(?:(?:up|down)(?![ \u00a0]+to\b)|(?:a|an|the)[ \u00a0]+(?:drop|fall|rise|increase|"
    r"decrease|decline|dip|jump|gain|loss|cut|slump|surge)[ \u00a0]+of)[ \u00a0]+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|more[ \u00a0]+than)[ \u00a0]+)?"
    r"(?:[$€£¥₹])?$",
    re.IGNORECASE,
)


def _role(f: Fact, claim: Claim) -> tuple[str, bool]:
    return _role_at(*_local(f, claim))


@lru_cache(maxsize=65536)
def _role_at(text: str, s: int, e: int) -> tuple[str, bool]:
    """Once per value, not once per pair it is in: read fresh for every candidate
    pair, a 'hostile' article of 1,000 repeated figures took 280 s (eng45)."""
    role = measure_of(text, s, e).role
    return role, role == "change" and _TOLD_CHANGE.search(text, max(0, s - 60), s) is not None


def change_against_level(c: CandidateCase) -> bool:
    """One figure a change told as one, the other a level."""
    if c.claims is None or {c.x.kind, c.y.kind} & _POINTS:
        return False  # amounts and lengths of time ("down four minutes a night"), not dates
    (ra, ta), (rb, tb) = _role(c.x, c.claims[0]), _role(c.y, c.claims[1])
    return {ra, rb} == {"change", "level"} and (ta or tb)


def _is_length(f: Fact) -> bool:
    return f.kind == "duration" or dimension_of(f) == "duration"


def activities_apart(c: CandidateCase) -> bool:
    """Two lengths, one a length of a thing it names ("more than three years of
    efforts to bring him to justice"), the other naming none, in a clause that
    never names that thing ("plus 485 years"): the lengths of two things.
    When both name a thing, other words may name one thing ("a 72-hour strike"
    / "a three-day stoppage"): they still compare."""
    if c.claims is None or not (_is_length(c.x) and _is_length(c.y)):
        return False
    sides = (_local(c.x, c.claims[0]), _local(c.y, c.claims[1]))
    roots = [_activity_at(*side) for side in sides]
    if bool(roots[0]) == bool(roots[1]):
        return False
    root, other = (roots[0], sides[1]) if roots[0] else (roots[1], sides[0])
    return not _names_at(*other, root)


_activity_at = lru_cache(maxsize=65536)(activity_of)
_names_at = lru_cache(maxsize=65536)(clause_names)


def awards_apart(c: CandidateCase) -> bool:
    """Two dates, each of an award its clause names, of different awards."""
    if c.claims is None or c.x.kind not in TIME_KINDS or c.y.kind not in TIME_KINDS:
        return False
    ca, cb = c.claims
    a, b = _award_at(*_local(c.x, ca)), _award_at(*_local(c.y, cb))
    return bool(a) and bool(b) and a != b


SPAN_ROWS: tuple[Rule, ...] = (
    Rule(
        "different_roles_held",
        CANDIDATE,
        roles_apart,
        Outcome.SKIP,
        "two times spent in different roles ('three years as minister' / 'five years as "
        "chief executive') are two spans, not one misreported",
        "tests/test_s20_spans.py::test_times_in_different_roles_are_not_compared",
    ),
    Rule(
        "role_inside_a_whole_time",
        CANDIDATE,
        role_inside_whole,
        Outcome.SKIP,
        "a time in one role no longer than a whole time with the organisation ('four "
        "seasons as director of player personnel' / '19 seasons with the 76ers'): the part "
        "fits inside the whole, so the two figures ask the editor nothing",
        "tests/test_s21_part_of_whole.py::test_a_role_inside_the_whole_time_is_no_flag; "
        "ECB+ 05_ecb (J20g: DiLeo's four seasons as director vs 19 seasons with the club, "
        "judged wrong as unresolved: part of the whole)",
    ),
    Rule(
        "role_within_a_whole_time",
        CANDIDATE,
        role_against_whole,
        Outcome.UNRESOLVED,
        "a time in one role ('four seasons as director of player personnel') against a "
        "whole time with an organisation ('19 seasons with the 76ers', '20 years at the "
        "company', 'a decade in parliament'): the role may lie inside the whole time, so "
        "two such figures are a question at most, never a conflict",
        "tests/test_s20_spans.py::test_a_role_longer_than_a_whole_time_is_a_question; "
        "ECB+ 05_ecb (trial 29: DiLeo's 19 seasons vs four seasons called conflicts)",
        role_against_whole_note,
    ),
    Rule(
        "change_against_level",
        CANDIDATE,
        change_against_level,
        Outcome.SKIP,
        "a change told as one ('down almost five points per game', 'a drop of five points "
        "from last season', 'up 3%') says how much a figure moved, a level ('averaging "
        "14.9 points') where it stands: the two never conflict",
        "tests/test_s20_spans.py::test_a_change_is_not_compared_with_a_level; "
        "ECB+ 05_ecb (trial 29: Dalembert's drop vs Iguodala's average)",
    ),
    Rule(
        "lengths_of_different_things",
        CANDIDATE,
        activities_apart,
        Outcome.SKIP,
        "a length of a thing its words name ('more than three years of efforts to bring him "
        "to justice', '30 hours of deliberation') against a length whose clause never names "
        "that thing ('plus 485 years', 'a seven-year sentence'): two things' lengths, nothing "
        "to ask",
        "tests/test_s21_part_of_whole.py::test_lengths_of_different_things_are_not_compared; "
        "ECB+ 03_ecb (J20d: years of efforts to bring a killer to justice against his 485-year "
        "sentence, judged wrong as unresolved: different things)",
    ),
    Rule(
        "different_awards",
        CANDIDATE,
        awards_apart,
        Outcome.SKIP,
        "a date of one award ('won a Tony Award in 2004') and a date of another ('won an "
        "Emmy for doing so in 2005') date two awards; dates of one award still compare",
        "tests/test_s20_spans.py::test_dates_of_different_awards_are_not_compared; "
        "ECB+ 02_ecb (trial 29: a Tony's year vs an Emmy's called a conflict)",
    ),
)
