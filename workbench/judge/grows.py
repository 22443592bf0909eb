"""Which way a running figure may move (issue 11, session 24): the dead, the
injured, the rescued and the arrested only grow as a story runs; the missing,
those in hospital, a share price move either way. Read from the words nearest
a figure in its sentence; used where two figures given at different times are
judged (judge/running.py, judge/timeline.py)."""

from __future__ import annotations

import re

from ..model import Fact

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


def only_grows(f: Fact, sentence: str) -> bool:
    """Whether a figure counts something that only grows (the dead, the rescued),
    read from the first such word after it in its clause ("nine people died and
    19 were missing"), else the last before it ("the storm killed at least 14
    people and left eight missing", "the death toll stood at 44")."""
    at = sentence.find(f.text)
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
    return False


def running_word(f: Fact, sentence: str) -> str:
    """The kind of running count the words near a figure name: "grows" (the
    dead), "either" (the missing), "" when none do (an age, a magnitude)."""
    at = sentence.find(f.text)
    if at < 0:
        return ""
    near = sentence[max(0, at - _NEAR) : at + len(f.text) + _NEAR]
    if not _words(near):
        return ""
    return "grows" if only_grows(f, sentence) else "either"


def _words(window: str) -> list[re.Match[str]]:
    return sorted([*_GROWS.finditer(window), *_EITHER.finditer(window)], key=lambda m: m.start())


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def moved_as_it_may(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """Whether the later figure may be the earlier one moved on: anything moves
    either way unless both count what only grows and the later is lower."""
    (fe, se), (fl, sl) = earlier, later
    if not (only_grows(fe, se) and only_grows(fl, sl)):
        return True
    be, bl = _bounds(fe), _bounds(fl)
    return be is not None and bl is not None and bl[1] >= be[0]
