"""Rows that keep a figure from being read as another kind of figure of the
same story (issue 11, session 27):

- a horizon is not a duration: a length written as a compound before a noun
  ("a one-year price target", "a 30-year mortgage") is the term of that thing
  (facts/horizon.py), never how long the story's happening lasted ("had been
  anticipated for over a year"), unless the other sentence names that thing;
- an increment is not a total: "20 additional monthly payments" counts what is
  added; against "24 monthly payments" (the whole) it is a question, not a
  conflict ("20 more" on top of earlier ones may make 24).
"""

from __future__ import annotations

from ..facts.horizon import horizon_thing, names_thing
from ..model import Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule

_ALIKE = (Verdict.CONSISTENT, Verdict.IDENTICAL)


def horizon_against_length(c: CandidateCase) -> bool:
    """Two lengths of time, one a compound naming a thing the other sentence
    never names, or both naming different things."""
    if c.claims is None or c.x.kind != "duration" or c.y.kind != "duration":
        return False
    (ca, cb), (x, y) = c.claims, (c.x, c.y)
    ta = horizon_thing(ca.text, x.start - ca.start, x.end - ca.start)
    tb = horizon_thing(cb.text, y.start - cb.start, y.end - cb.start)
    if ta and tb:
        return not names_thing(ta, " ".join(tb))
    if ta:
        return not names_thing(ta, cb.text)
    return bool(tb) and not names_thing(tb, ca.text)


def increment_against_total(c: CandidateCase) -> bool:
    """One count told as an increment ("20 additional", "five more", "another
    300"), the other as a whole or a change, both of one counted noun
    (pairing._apart), their figures differing."""
    return c.measured_apart == "added" and c.cmp.verdict not in _ALIKE


def increment_note(c: CandidateCase) -> str:
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    added, total = (c.x, c.y) if c.measures and c.measures[0].role == "added" else (c.y, c.x)
    return (
        f"{found}; '{added.text}' counts what is added ('more', 'additional', 'another') and "
        f"'{total.text}' counts the whole: both may be right — check whether they add up "
        "— unresolved"
    )


HORIZON_ROWS: tuple[Rule, ...] = (
    Rule(
        "increment_against_total",
        CANDIDATE,
        increment_against_total,
        Outcome.UNRESOLVED,
        "a count told as an increment ('20 additional monthly payments', 'five more "
        "players', 'another 300 troops') against a count of the same thing told as a "
        "whole ('24 monthly payments') is not a contradiction: the increment may come on "
        "top of earlier ones; both readings are named for the editor",
        "tests/test_s27_told_days_horizons.py::test_an_increment_against_a_total_is_a_question; "
        "ECB+ 42_ecbplus, development (24 monthly payments / 20 additional monthly "
        "payments, a conflict)",
        increment_note,
    ),
    Rule(
        "horizon_against_length",
        CANDIDATE,
        horizon_against_length,
        Outcome.SKIP,
        "a length written as a compound before a noun ('a one-year price target', 'a "
        "five-year plan', 'a 30-year mortgage') is the term of that thing, not how long the "
        "story's happening lasted ('anticipated for over a year'); compared only when the "
        "other sentence names the same thing ('a two-year contract' / 'the contract runs "
        "three years')",
        "tests/test_s27_told_days_horizons.py::test_a_horizon_is_not_a_duration; "
        "ECB+ 43_ecb, development (a one-year price target against a deal anticipated "
        "for over a year, a question)",
    ),
)
