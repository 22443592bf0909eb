"""A weekday written with a date it does not fall on (session 28, align36):
"on Wednesday, 10 November" in 2026 (a Tuesday), "on Monday, March 10" in 2026
(a Tuesday). The time family keeps the date and remembers the weekday written
(``facts/time/pastday.py``); against another report's reading of the same day
("on Tuesday", "yesterday") its comparison says the weekday or the date is wrong
(``facts/time/written.py``). Two places lost that comparison before it was shown:

- the one-to-one assignment (assign.py) counted it as a conflict, so a day met
  the other sentence's clock time ("07:18", an agreement) rather than the day it
  agrees with: ``days_agree`` lets it weigh as the agreement it is, and the
  likeness of two days then takes it;
- rows that weigh the words around two values dropped it when those words
  differ ("rolled over in a gale off Andros on Monday, March 10" / "capsized off
  Andros on Tuesday night"): ``conflict_context`` (PAIRING) and
  ``only_values_in_other_words`` / ``different_measures`` (CANDIDATE) ask whether
  two *differing* values measure one thing, but here the days agree — the
  calendar, not the other report, says the weekday is wrong. Two rows of this
  module, placed before them, keep such a pair.
"""

from __future__ import annotations

from datetime import timedelta

from ..facts.time.pastday import SAID_WEEKDAY
from ..model import Comparison, Fact, Verdict
from .assign import Candidate
from .cases import CandidateCase, PairingCase, ValueCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, PAIRING, VALUE, Outcome, Rule

_DAY = timedelta(days=1)


def _said_weekday(f: Fact) -> bool:
    return SAID_WEEKDAY in dict(getattr(f.mention, "fields", ()) or ())


def _interval(f: Fact):
    return getattr(f.mention, "interval", None)


def days_agree(x: Fact, y: Fact, cmp: Comparison) -> bool:
    """Whether a conflict of two time values is only a weekday written with a
    date it does not fall on: exactly one of them carries such a weekday, and
    the two readings overlap (the days agree)."""
    if cmp.verdict != Verdict.CONFLICT or x.kind not in TIME_KINDS or y.kind not in TIME_KINDS:
        return False
    if _said_weekday(x) == _said_weekday(y):
        return False
    ix, iy = _interval(x), _interval(y)
    if not ix or not iy:
        return False
    return ix[0] < iy[1] and iy[0] < ix[1]


def weekday_fits_other(x: Fact, y: Fact, cmp: Comparison) -> bool:
    """Whether a conflict of two days is a date that does not fall on the weekday
    written with it, where the weekday is the other report's day: "announced on
    Monday 24 November" (a Tuesday in 2026) against "on Monday" or "yesterday"
    read as Monday 23 November. The calendar says the date or the weekday is
    wrong, and the other report sides with the weekday. Only a day against a
    day, at most six days apart (the weekday's own week)."""
    if cmp.verdict != Verdict.CONFLICT or x.kind not in TIME_KINDS or y.kind not in TIME_KINDS:
        return False
    if _said_weekday(x) == _said_weekday(y):
        return False
    said, other = (x, y) if _said_weekday(x) else (y, x)
    i_said, i_other = _interval(said), _interval(other)
    if not i_said or not i_other or any(i[1] - i[0] > _DAY for i in (i_said, i_other)):
        return False
    weekday = dict(said.mention.fields)[SAID_WEEKDAY]
    return i_other[0].weekday() == weekday and abs(i_other[0] - i_said[0]) < 7 * _DAY


def against_its_date(x: Fact, y: Fact, cmp: Comparison) -> bool:
    """A conflict that is only a weekday and its date disagreeing, the other
    report's day agreeing with one of them."""
    return days_agree(x, y, cmp) or weekday_fits_other(x, y, cmp)


def _other_day_note(c: CandidateCase) -> str:
    said, other = (c.x, c.y) if _said_weekday(c.x) else (c.y, c.x)
    day = _interval(said)[0]
    named = f"{_interval(other)[0]:%A}"
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{found}; '{said.text}' names a {named}, the day '{other.text}' gives, but "
        f"{day:%-d %B %Y} is a {day:%A} — the date or the weekday is wrong — conflict"
    )


def assigned(c: tuple) -> Candidate:
    """A compared pair of pairing.compared's candidates (rank, -context, x, y,
    comparison, route, reading, likeness) as the assignment weighs it: a
    weekday against the same day names that day as the other does, so it
    weighs as two values stated alike (pairing._RANK 0), not as a conflict
    and not outweighed by a clock time that agrees with the day."""
    rank = 0 if days_agree(c[2], c[3], c[4]) else c[0]
    return Candidate(c[2].id, c[3].id, c[7], rank, -c[1])


def _weekday_against_its_date(c: CandidateCase | PairingCase | ValueCase) -> bool:
    return c.x is not None and c.y is not None and against_its_date(c.x, c.y, c.cmp)


def _weekday_fits_other(c: CandidateCase) -> bool:
    return weekday_fits_other(c.x, c.y, c.cmp)


_WHY = (
    "a weekday written with a date it does not fall on ('Monday, March 10' in 2026, a "
    "Tuesday), met by another report's reading of that same day: the days agree, so "
    "the words around them need not — the rows after it weigh whether two differing "
    "values measure one thing; here the calendar says the weekday or the date is wrong"
)
_MOTIVATED = (
    "tests/test_s28_weekday_dates.py::test_a_weekday_its_date_does_not_fall_on_is_a_conflict; "
    "authored development ferry D3, derailment D3"
)

WEEKDAY_FITS_THE_OTHER_DAY = Rule(
    "weekday_fits_the_other_day",
    CANDIDATE,
    _weekday_fits_other,
    Outcome.CONFLICT,
    "a date that does not fall on the weekday written with it ('Monday 24 November' in "
    "2026, a Tuesday), the weekday being the other report's day ('on Monday', the 23rd): "
    "the calendar says the date or the weekday is wrong, and the explanation says so "
    "(the family's reading only counts the days apart)",
    "tests/test_s28_weekday_dates.py::test_a_date_off_its_weekday_is_a_conflict; "
    "authored development acquisition D13",
    _other_day_note,
)

WEEKDAY_AGAINST_ITS_DATE = Rule(
    "weekday_against_its_date",
    CANDIDATE,
    _weekday_against_its_date,
    Outcome.KEEP,
    _WHY + " (before only_values_in_other_words and different_measures; the rows of "
    "different happenings above it still part two things dated)",
    _MOTIVATED,
)

WEEKDAY_AGAINST_ITS_DATE_KEPT = Rule(
    "weekday_against_its_date_kept",
    PAIRING,
    _weekday_against_its_date,
    Outcome.KEEP,
    _WHY + " (before conflict_context)",
    _MOTIVATED,
)

WEEKDAY_AGAINST_ITS_DATE_VALUE = Rule(
    "weekday_against_its_date_value",
    VALUE,
    _weekday_against_its_date,
    Outcome.KEEP,
    _WHY + " (after the floor and the rows of a day off by the clock, before "
    "measured_on_one_side_in_other_words: what each clause names does not decide it)",
    _MOTIVATED,
)
