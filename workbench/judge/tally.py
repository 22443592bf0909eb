"""The sides of a tally (issue 11, trial 27): a vote or a split gives one
figure per side ("deadlocked with nine in favor and three against", "the
council voted seven to two", "12 votes for, 3 against"). A figure of one side
is compared only with a figure of the same side in the other sentence ("the
three who voted against" is the three against, not the nine in favour), and
a figure read as one side never with a figure that names no side at all.
Two CANDIDATE rows: one side's figures go on to their fact module even when
their clauses name different happenings ("voted" / "the death sentence"),
figures of different sides are never compared."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Fact
from .cases import CandidateCase
from .family_helpers import LENGTH_SCALE
from .stages import CANDIDATE, Outcome, Rule

_S = r"[ \u00a0]+"
# The sentence tells of a vote or a split: without such a word "three charges
# against him" is no side of anything.
_TALLY_CUE = re.compile(
    r"\b(?:vot\w*|jur(?:y|ors?)|ballots?|deadlock\w*|tall(?:y|ies)|split|dissent\w*|"
    r"abstain\w*|abstentions?|favou?r|referendum|motion|ayes?|nays?)\b",
    re.IGNORECASE,
)
# A side named right after a figure, before the next figure or clause ("nine in
# favor", "three who voted against", "12 for, 3 against", "two dissenting").
_FOR = (
    rf"in{_S}favou?r\b|supporting\b|backing\b|ayes?\b|yeas?\b|yes\b"
    rf"|(?:vot\w+{_S})?for\b(?={_S}?(?:[,;.]|and\b|$))|vot\w+{_S}for\b"
)
_AGAINST = r"against\b|opposed\b|opposing\b|dissent\w*|nays?\b|noes\b|abstain\w*|abstentions?\b"
_SIDE = re.compile(
    rf"(?P<lead>(?:[ \u00a0,]*(?!\d)[\w'’-]+){{0,3}}?)[ \u00a0,]*"
    rf"(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))",
    re.IGNORECASE,
)
# "voted seven to two", "a 7 to 2 vote": the split's first and second figures.
_NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
_SPLIT_AFTER = re.compile(rf"{_S}to{_S}(?:{_NUMBER})\b", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(rf"\b(?:{_NUMBER}){_S}to{_S}$", re.IGNORECASE)
_NUMBER_WORD = re.compile(rf"\b(?:{_NUMBER})\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def side_of(text: str, start: int, end: int) -> str:
    """The side of a tally the figure at ``text[start:end]`` counts: "for",
    "against", "first"/"second" of a split ("seven to two"), or "" when the
    sentence tells of no vote or the figure names no side."""
    if not _TALLY_CUE.search(text):
        return ""
    if _SPLIT_AFTER.match(text, end):
        return "first"
    if _SPLIT_BEFORE.search(text[:start]):
        return "second"
    m = _SIDE.match(text, end)
    if m is None or _NUMBER_WORD.search(m["lead"]):
        return ""  # the side word belongs to the next figure ("nine and three against")
    return "for" if m["for"] else "against"


def _side(claim_text: str, claim_start: int, f: Fact) -> str:
    return side_of(claim_text, f.start - claim_start, f.end - claim_start)


def _sides(c: CandidateCase) -> tuple[str, str]:
    if c.claims is None:
        return "", ""
    ca, cb = c.claims
    return _side(ca.text, ca.start, c.x), _side(cb.text, cb.start, c.y)


_FIGURE = re.compile(rf"\b(?:{_NUMBER})(?:[.,]\d+)*\b", re.IGNORECASE)


def two_sided(text: str) -> bool:
    """The sentence gives figures of two sides ("nine in favor and three against",
    "seven to two"), not one share of one side ("91% voted in favour")."""
    return len({side_of(text, m.start(), m.end()) for m in _FIGURE.finditer(text)} - {""}) > 1


def sides_differ(c: CandidateCase) -> bool:
    """Two figures of different sides of a tally, or one side's figure of a
    two-sided tally against a figure that names no side."""
    a, b = _sides(c)
    if a and b:
        return a != b
    if c.claims is None or not (a or b):
        return False
    return two_sided(c.claims[0].text if a else c.claims[1].text)


def one_side(c: CandidateCase) -> bool:
    """Both figures count the same side of a tally ("three against" twice)."""
    a, b = _sides(c)
    return bool(a) and a == b


DIFFERENT_SIDES = Rule(
    "different_sides_of_a_tally",
    CANDIDATE,
    sides_differ,
    Outcome.SKIP,
    "a vote or a split gives one figure per side ('nine in favor and three against', "
    "'voted seven to two'); a figure of one side is compared only with the same side's "
    "figure ('the three who voted against' is not the nine in favour), never with a "
    "figure that names no side",
    "tests/test_s19_tally_spans.py::test_figures_of_different_sides_are_not_compared; "
    "ECB+ 03_ecb (trial 27: 'the three who voted against' read against 'nine in favor')",
)

ONE_SIDE = Rule(
    "one_side_of_a_tally",
    CANDIDATE,
    one_side,
    Outcome.KEEP,
    "two figures of the same side of a tally ('the three who voted against' / 'three "
    "against the death sentence') count one thing even when their clauses name "
    "different happenings; their fact module decides",
    "tests/test_s19_tally_spans.py::test_one_sides_figures_are_compared",
)


# Hours (or minutes) of an activity against the calendar days it took ("after 30
# hours of deliberation" / "after four days"): two measures of one process, both
# true while the hours fit in the days; more hours than the days hold still conflict.
_CLOCK = frozenset(("second", "minute", "hour"))
_CALENDAR = frozenset(("day", "week", "month"))


def _length(f: Fact) -> tuple[str, float, float] | None:
    seconds = f.value.get("seconds") if f.kind == "duration" else None
    if not seconds or seconds[0] is None:
        return None
    return f.value.get("granularity", ""), seconds[0], seconds[1] or seconds[0]


def hours_within_days(c: CandidateCase) -> bool:
    """A conflict between one length counted on the clock and one in calendar
    days, the clock's length no more than the days hold ("48 hours" / "two
    days" that agree are still shown agreeing). A ceiling of hours ("up to 96
    hours", "within 48 hours", "no more than 90 minutes": a length from zero)
    within twenty-fold of the days is a limit, not hours of an activity: it
    meets the days (session 32); "less than two seconds" / "two weeks" stay apart."""
    a, b = _length(c.x), _length(c.y)
    if a is None or b is None or c.cmp.verdict != "conflict":
        return False
    clock, days = (a, b) if a[0] in _CLOCK else (b, a)
    if clock[0] not in _CLOCK or days[0] not in _CALENDAR:
        return False
    if clock[1] == 0 and days[2] <= LENGTH_SCALE * clock[2]:
        return False  # a ceiling of hours near the days: a limit, compared
    return clock[2] <= days[2] * 1.01


HOURS_WITHIN_DAYS = Rule(
    "hours_within_days",
    CANDIDATE,
    hours_within_days,
    Outcome.SKIP,
    "hours of an activity against the calendar days it took ('after 30 hours of "
    "deliberation' / 'after four days'; '14 hours of surgery' / 'over two days') are two "
    "measures of one process, both true; hours beyond what the days hold still conflict",
    "tests/test_s19_tally_spans.py::test_hours_within_days_are_not_compared; "
    "ECB+ 03_ecb (trial 27: 30 hours of deliberation against four days)",
)
