"""One quotation whose only change is how it dates the remark: a word counted
from the day of the report ("this morning", "today", "last night") on one
side, the day it names on the other ("Sunday morning", "on Monday", "22
November").

A reprint or a later report fits a wire's quotation to its own day: "cut off
since this morning" in Saturday's wire is "cut off since Sunday morning" in
Monday's paper, or should be. Read as altered words it was a conflict, and
every copy of the later story repeated it against the wire (session 32,
authored ecuador_quake and a held-out event: judged wrong twice). The words
are one remark when the day the first counts from its report is the day the
other names (consistent); when it is not, the two reports date the remark
to different days, a question naming both days, never an altered quote.
"""

from __future__ import annotations

from datetime import date, timedelta

from ...model import Verdict
from ..lexicon import MONTHS, WEEKDAY_NAMES, WEEKDAYS

Op = tuple[str, int, int, int, int]

# A word counted from the report's day, and how many days from it.
_FROM_REPORT = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
_PART_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])
_DAY_NUMBER = frozenset(str(n) for n in range(1, 32)) | frozenset(
    f"{n}{s}" for n in range(1, 32) for s in ("st", "nd", "rd", "th")
)


def _offset(words: list[str]) -> int | None:
    """The days from the report's day ``words`` count ("last night": -1);
    None unless they are only such words and parts of a day."""
    days = [_FROM_REPORT[w] for w in words if w in _FROM_REPORT]
    if len(days) != 1 or not all(w in _FROM_REPORT or w in _PART_OF_DAY for w in words):
        return None
    if words[0] in ("this", "last") and (len(words) == 1 or words[1] not in _PART_OF_DAY):
        return None  # "this" alone, "last week": no day counted from the report
    return days[0]


def _named(words: list[str]) -> tuple[int, int, int] | None:
    """The day ``words`` name: (weekday, month, day), 0 for what they leave out;
    None unless they are only a weekday or a date ("on", a part of the day)."""
    weekday = month = day = 0
    for w in words:
        if w in WEEKDAYS and len(w) > 3:
            weekday = WEEKDAYS[w]
        elif w in MONTHS and len(w) > 2:
            month = MONTHS[w]
        elif w in _DAY_NUMBER:
            day = int(w.rstrip("stndrh"))
        elif w not in _PART_OF_DAY and w not in ("on", "of", "the"):
            return None
    if not weekday and not (month and day):
        return None
    return weekday, month, day


def day_told(
    core: list[Op], ta: list[str], tb: list[str]
) -> tuple[int, tuple[int, int, int], bool] | None:
    """When every change in ``core`` swaps a word counted from the report's day
    for a day named: (days from the report, the day named, whether the counted
    words are on side a); None otherwise. Several swaps must tell one day."""
    found: set[tuple[int, tuple[int, int, int], bool]] = set()
    for tag, i1, i2, j1, j2 in core:
        if tag != "replace":
            return None
        wa, wb = ta[i1:i2], tb[j1:j2]
        if (n := _offset(_with_next(wa, ta, i2))) is not None and (d := _named(wb)) is not None:
            found.add((n, d, True))
        elif (n := _offset(_with_next(wb, tb, j2))) is not None and (d := _named(wa)) is not None:
            found.add((n, d, False))
        else:
            return None
    return found.pop() if len(found) == 1 else None


def _with_next(words: list[str], tokens: list[str], end: int) -> list[str]:
    """``words`` and the part of the day right after them, both sides'
    ("this" + "morning"): "this" alone counts from nothing."""
    if end < len(tokens) and tokens[end] in _PART_OF_DAY and words[-1] in ("this", "last"):
        return [*words, tokens[end]]
    return words


def _day(d: date) -> str:
    return f"{WEEKDAY_NAMES[d.isoweekday()]} {d.day} {date(2000, d.month, 1):%B}"


def dated_two_ways(
    told: tuple[int, tuple[int, int, int], bool],
    days: tuple[date | None, date | None],
    names: tuple[str, str],
) -> tuple[Verdict, str]:
    """The verdict and why, for a remark one side dates from its report's day
    and the other by the day's name (``told``: :func:`day_told`)."""
    offset, (weekday, month, day), counted_in_a = told
    own, other = (days[0], days[1]) if counted_in_a else (days[1], days[0])
    who = names[0] if counted_in_a else names[1]
    if own is None:
        return Verdict.UNRESOLVED, (
            "the words differ only in how they date the remark, one from its report's day, "
            f"the other by the day's name; {who} gives no date to count from — check the day"
        )
    meant = own + timedelta(days=offset)
    named = WEEKDAY_NAMES[weekday] if weekday else f"{day} {date(2000, month, 1):%B}"
    near = other is None or abs((meant - other).days) <= 6
    same = (not weekday or meant.isoweekday() == weekday) and (
        not month or (meant.month, meant.day) == (month, day)
    )
    if same and near:
        return Verdict.CONSISTENT, (
            f"one day told two ways — counted from {who}'s report it is {_day(meant)}, "
            f"the day the other names ({named}); the rest match: meaning kept"
        )
    return Verdict.UNRESOLVED, (
        f"the words differ only in how they date the remark, and not to one day: counted "
        f"from {who}'s report it is {_day(meant)}, the other names {named} — check which "
        "day the remark was made"
    )


def with_parts_of_day(core: list[Op], ta: list[str], tb: list[str]) -> tuple[int, int, int, int]:
    """The token ranges of the swapped words on each side, with the part of the
    day both go on with ("this morning" / "Sunday morning"): what an editor
    looks for."""
    i1, i2 = min(op[1] for op in core), max(op[2] for op in core)
    j1, j2 = min(op[3] for op in core), max(op[4] for op in core)
    if i2 < len(ta) and j2 < len(tb) and ta[i2] == tb[j2] and ta[i2] in _PART_OF_DAY:
        i2, j2 = i2 + 1, j2 + 1
    return i1, i2, j1, j2
