"""Two briefings of one story (issue 11, session 33): "killing at least 47
people, officials said late Sunday" / "the secretariat said at 6pm on Monday
that 46 people had died in Chimborazo province, nine in Bolívar …". Each
time dates a telling — a verb of saying beside it in its clause
(facts/told_day.statement_dated) — and the two tellings give no figure in
common: two updates, not one statement misdated. Readers judged such flags
wrong whatever their verdict ("different briefings are not one fact").

A day an announcing verb dates ("announced on Monday that it would buy …")
is the announcement itself, a stage of the story, and still compared; so are
two tellings that give one figure alike (one update dated two ways).
"""

from __future__ import annotations

import re

from ..facts.told_day import statement_dated
from ..facts.whose import clause_bounds
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule

_ANNOUNCING = re.compile(r"(?i:\b(?:announc|confirm|reveal|disclos|unveil)\w*)")
_NUMBER = re.compile(
    r"\d[\d,.]*\d|\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?)\b)"
)
_TIMES = frozenset(TIME_KINDS - {"duration"})


def _telling(claim: Claim, f: Fact) -> bool:
    """The time dates a statement told by a verb of saying, not an announcement."""
    text, start, end = claim.text, f.start - claim.start, f.end - claim.start
    lo, hi = clause_bounds(text, start, end)
    return statement_dated(text, start, end) and not _ANNOUNCING.search(text, lo, hi)


_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip


def _numbers(claim: Claim, f: Fact) -> set[str]:
    """The numbers a sentence gives besides the time itself ("twelve" as "12")."""
    text = claim.text[: f.start - claim.start] + " " + claim.text[f.end - claim.start :]
    found = (m.group().lower().replace(",", "") for m in _NUMBER.finditer(text))
    return {_WORDS.get(n, n) for n in found}


def two_tellings(c: CandidateCase) -> bool:
    """Two differing times, each of a telling, whose sentences share no figure."""
    if c.claims is None or c.x.kind not in _TIMES or c.y.kind not in _TIMES:
        return False
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return False
    (ca, cb), x, y = c.claims, c.x, c.y
    if not (_telling(ca, x) and _telling(cb, y)):
        return False
    a, b = _numbers(ca, x), _numbers(cb, y)
    return bool(a and b) and not a & b


TWO_TELLINGS = Rule(
    "two_tellings",
    CANDIDATE,
    two_tellings,
    Outcome.SKIP,
    "two times each dating a statement told by a verb of saying ('officials said late "
    "Sunday' / 'the secretariat said at 6pm on Monday that …'), whose sentences give no "
    "figure alike, date two briefings or updates, not one statement misdated — no flag. "
    "An announcement's day ('announced on Monday that …') is a stage, still compared",
    "tests/test_s33_scope.py::test_two_briefings_are_not_one_statement_misdated; "
    "authored development (ecuador_quake: a Sunday-night update against Monday's breakdown)",
)
