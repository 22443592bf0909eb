"""Which way a running figure may move (issue 11, session 24): the dead, the
injured, the rescued and the arrested only grow as a story runs; the missing,
those in hospital, a share price move either way. Read from the words nearest
a figure in its sentence; used where two figures given at different times are
judged (judge/running.py, judge/timeline.py)."""

from __future__ import annotations

import re

from ..facts.measure import measure_of
from ..model import Fact
from .family_helpers import TIME_KINDS

# Counts that only grow as a story runs; a share price, the missing or those in
# hospital move either way.
_GROWS = re.compile(
    r"\b(?:dead|deaths?|died|die|killed|kill(?:s|ing)?|toll|fatalit\w+|bodies|rescued|"
    r"saved|pulled\s+alive|injur\w+|wounded|hurt|arrest\w*|detained|aftershocks?)\b",
    re.IGNORECASE,
)
_EITHER = re.compile(
    r"\b(?:missing|unaccounted|hospital\w*|homeless|displaced|without\s+power)\b", re.IGNORECASE
)
_NEAR = 40  # characters either side of a figure that may name what it counts
# where the words about a figure end: another clause, another figure
_BREAK = re.compile(r",|;|\band\b|\bbut\b|\bwith\b|\d")


def _at(f: Fact, sentence: str) -> int:
    """Where the figure stands in its sentence: its mention's own offset, not the
    first place its text occurs ("4" of "45 injured, 4 missing")."""
    start = getattr(f.mention, "start", -1)
    if isinstance(start, int) and sentence[start : start + len(f.text)] == f.text:
        return start
    return sentence.find(f.text)


at_in = _at


def only_grows(f: Fact, sentence: str) -> bool:
    """Whether a figure counts something that only grows (the dead, the rescued),
    read from the first such word after it in its clause ("nine people died and
    19 were missing"), else the last before it ("the storm killed at least 14
    people and left eight missing", "the death toll stood at 44")."""
    at = _at(f, sentence)
    if at < 0:
        return False
    after = sentence[at + len(f.text) : at + len(f.text) + _NEAR]
    if cut := _BREAK.search(after):
        after = after[: cut.start()]
    before = sentence[max(0, at - _NEAR) : at]
    before = before[max((m.end() for m in _BREAK.finditer(before)), default=0) :]
    for window, last in ((after, False), (before, True)):
        found = _words(window)
        if found:
            word = (found[-1] if last else found[0]).group()
            return _GROWS.fullmatch(word) is not None
    return _happening(f, sentence, at) in _GROWS_EVENTS


def running_word(f: Fact, sentence: str) -> str:
    """The kind of running count the words near a figure name: "grows" (the
    dead), "either" (the missing), "" when none do (an age, a magnitude). Words
    that name nothing near it leave it to the happening its clause tells ("At
    least 47 people, among them 17 children, were killed", facts/measure.py;
    session 31)."""
    at = _at(f, sentence)
    if at < 0:
        return ""
    near = sentence[max(0, at - _NEAR) : at + len(f.text) + _NEAR]
    if not _words(near):
        event = _happening(f, sentence, at)
        return "grows" if event in _GROWS_EVENTS else "either" if event in _EITHER_EVENTS else ""
    return "grows" if only_grows(f, sentence) else "either"


# the happenings (facts/happenings.EVENTS) a count of which only grows as a story
# runs, and those that move either way
_GROWS_EVENTS = frozenset(["killed", "injured", "rescued", "arrested"])
_EITHER_EVENTS = frozenset(["missing", "evacuated"])


def _happening(f: Fact, sentence: str, at: int) -> str:
    """The happening a figure's clause tells, when the words nearest it name none."""
    if f.kind in TIME_KINDS:
        return ""
    return measure_of(sentence, at, at + len(f.text)).event


def _words(window: str) -> list[re.Match[str]]:
    return sorted([*_GROWS.finditer(window), *_EITHER.finditer(window)], key=lambda m: m.start())


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


_AT_LEAST = frozenset(["at least", "more than", "over"])


def is_floor(f: Fact) -> bool:
    """A lower bound: "at least 32", "more than 450", "over 1,000"."""
    return getattr(f.mention, "hedge", None) in _AT_LEAST


def floor_lowered(earlier: Fact, later: Fact) -> bool:
    """Both lower bounds and the later floor below the earlier one ("at least
    47" on Wednesday night, "at least 32" on Friday): the count did not move
    past what was already counted — no update, whichever way it may move
    (session 31)."""
    if not (is_floor(earlier) and is_floor(later)):
        return False
    return float(getattr(later.mention, "value", 0)) < float(getattr(earlier.mention, "value", 0))


def moved_as_it_may(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """Whether the later figure may be the earlier one moved on: anything moves
    either way unless both count what only grows and the later is lower, or the
    later floor is below the earlier floor."""
    (fe, se), (fl, sl) = earlier, later
    if floor_lowered(fe, fl):
        return False
    if not (only_grows(fe, se) and only_grows(fl, sl)):
        return True
    be, bl = _bounds(fe), _bounds(fl)
    return be is not None and bl is not None and bl[1] >= be[0]
