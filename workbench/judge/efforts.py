"""A tally of an effort that goes on, told by reports of different days (issue 11,
session 35).

"Crews have rescued 112 people" on Thursday and "In all, 118 people were
rescued" the next week; "Police have arrested 240 people" / "315" two days on;
measles cases, flights cancelled, homes a storm damaged, people evacuated: each
counts what an effort or an outbreak still going on adds to, and neither
sentence gives its figure a time of its own. Such a figure holds at its
report's day (judge/running.py), and a tally does not fall: the later report's
higher figure is the count moved on — an update naming both report days —
and a lower one is no update, a conflict naming both (readers of held-out
events judged the conflicts wrong, "although both are right at their day").

Not the dead or the injured: a toll is of one happening, over when it is
told, and a later report's higher toll may be the first report wrong or
outdated — readers keyed 'two killed this morning' against the next day's
'four died yesterday' a conflict (authored derailment), and a toll of 5 one day
against 24 the next is as likely two outlets disagreeing. Nor a sentence that
gives any time ('arrested 240 people on Saturday', 'in three days'): a count
of a stretch or a day is not the running tally, and the rows of stamps read
it (running.stamps, time_parts.py). Nor the missing or those in shelters, who
move either way (judge/grows.py): that a later report's figure differs tells
nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts.measure import measure_of
from ..facts.time.family import TIME
from ..facts.whose import clause_bounds
from ..model import Fact, Verdict
from .cases import ValueCase
from .days import can_move
from .family_helpers import TIME_KINDS
from .grows import is_floor, only_grows
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule

# the happenings (facts/happenings.EVENTS) an effort adds to while it goes on
_TALLIED = frozenset(["rescued", "evacuated", "arrested", "damaged", "destroyed"])
# the words of such a tally in the figure's clause, when its happening is read from
# none ("Some 23 homes near the embankment were evacuated", "winched 64 people to
# safety", "the number of confirmed measles cases rose to 46", "cancelled 820 flights")
_TALLY_WORDS = re.compile(
    r"\b(?:(?P<rescued>rescu\w*|to[ \u00a0]+safety)|(?P<evacuated>evacuat\w*|fled)"
    r"|(?P<arrested>arrest\w*|detain\w*)|(?P<damaged>damag\w*)|(?P<destroyed>destroy\w*)"
    r"|(?P<cases>cases|infections)|(?P<cancelled>cancell?(?:ed|ations?)))\b",
    re.IGNORECASE,
)


def _at(f: Fact, sentence: str) -> int:
    start = getattr(f.mention, "start", -1)
    if isinstance(start, int) and sentence[start : start + len(f.text)] == f.text:
        return start
    return sentence.find(f.text)


def tally_kind(f: Fact, sentence: str) -> str:
    """What effort's tally a count is ("rescued", "cases", "cancelled", …), or "":
    its clause's happening, else the tally word of its clause nearest it."""
    if f.kind in TIME_KINDS or getattr(f.mention, "dimension", "") != "count":
        return ""
    at = _at(f, sentence)
    if at < 0:
        return ""
    end = at + len(f.text)
    event = measure_of(sentence, at, end).event
    if event in _TALLIED:
        return event
    if event or only_grows(f, sentence):
        return ""  # the dead, the injured, the missing: not an effort's tally
    lo, hi = clause_bounds(sentence, at, end)
    words = [*_TALLY_WORDS.finditer(sentence, lo, at), *_TALLY_WORDS.finditer(sentence, end, hi)]
    if not words:
        return ""
    nearest = min(words, key=lambda m: min(abs(m.start() - end), abs(at - m.end())))
    return nearest.lastgroup or ""


# the report's own moment in other words: "have now arrested 315", "so far"
_NOW = frozenset(["now", "so far", "to date", "currently", "thus far"])


@lru_cache(maxsize=1 << 12)
def _timeless(sentence: str, published: date | None) -> bool:
    """The sentence gives no time but its report's own moment ("now", "so far")
    or the tally's start ("since Monday"): no day, clock, stretch or length."""
    return all(
        m.text.lower() in _NOW or m.signal.lower() == "since"  # the tally's start
        for m in TIME.find(sentence, published)
    )


def _bounds(f: Fact) -> tuple[float, float]:
    """What a count allows; a floor ("more than 12,000") only its own value: that
    many were counted, and a later count beyond it passed it (risen.floor_passed)."""
    value = float(getattr(f.mention, "value", 0) or 0)
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    lo, hi = value if lo is None else float(lo), value if hi is None else float(hi)
    return (lo, value) if is_floor(f) else (lo, hi)


def _definite(f: Fact) -> bool:
    """A count or a floor of one ('more than 1,300'), not a vague amount ('dozens')."""
    return can_move(f) or is_floor(f)


def _transposed(x: Fact, y: Fact) -> bool:
    """Two counts written with the same digits in another order ('23' / '32'):
    a slip of the keys, never a count moved on."""
    dx, dy = (re.sub(r"\D", "", f.text) for f in (x, y))
    return len(dx) > 1 and dx != dy and sorted(dx) == sorted(dy)


Side = tuple[Fact, str, date | None]


def one_tally(x: Side, y: Side) -> bool:
    """Two counts of one effort's tally, neither sentence giving a time, in
    reports of two different days."""
    (fx, sx, px), (fy, sy, py) = x, y
    if px is None or py is None or px == py:
        return False
    kind = tally_kind(fx, sx)
    if not kind or kind != tally_kind(fy, sy):
        return False
    if getattr(fx.mention, "unit", "") != getattr(fy.mention, "unit", ""):
        return False
    if _transposed(fx, fy) or not (_definite(fx) and _definite(fy)):
        return False  # a slip of the keys; a vague amount ('dozens') tells no moment
    return _timeless(sx, px) and _timeless(sy, py) and not scopes_differ(fx, sx, fy, sy)


def tally_grew(earlier: Side, later: Side) -> bool:
    """The later report's count beyond the earlier's, whatever either's rounding."""
    return one_tally(earlier, later) and _bounds(later[0])[0] > _bounds(earlier[0])[1]


def _lower_later(c: ValueCase) -> tuple[Side, Side] | None:
    """(earlier, later) when the later report's tally is below the earlier's."""
    if c.cmp.verdict != Verdict.CONFLICT:
        return None
    (sa, sb), (pa, pb) = c.texts, c.published
    x, y = (c.x, sa, pa), (c.y, sb, pb)
    if not one_tally(x, y):
        return None
    earlier, later = (x, y) if pa < pb else (y, x)  # one_tally: both days known, apart
    return (earlier, later) if _bounds(later[0])[1] < _bounds(earlier[0])[0] else None


def tally_fell(c: ValueCase) -> bool:
    return _lower_later(c) is not None


def tally_fell_note(c: ValueCase) -> str:
    found = _lower_later(c)
    assert found is not None
    (fe, _, pe), (fl, _, pl) = found
    compared = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{compared}; neither gives a time of its own: first '{fe.text}' (its report "
        f"published {pe:%a %-d %b}) and later '{fl.text}' (published {pl:%a %-d %b}) — a "
        "tally that only grows, lower in the later report: no update — conflict"
    )


TALLY_LOWER_IN_LATER_REPORT = Rule(
    "tally_lower_in_later_report",
    VALUE,
    tally_fell,
    Outcome.CONFLICT,
    "two counts of one effort's tally (the rescued, evacuated, arrested; cases, flights "
    "cancelled, homes damaged), neither sentence giving a time, in reports of different "
    "days, the later report's lower: a tally does not fall, so it is no update — a "
    "conflict naming both report days (the later higher is update_told_by_its_times, "
    "ordered by the report days: judge/efforts.py, session 35)",
    "tests/test_s35_efforts.py::test_a_tally_lower_in_the_later_report_stays_a_conflict",
    tally_fell_note,
)
