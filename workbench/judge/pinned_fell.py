"""A count that only grows, lower in the later report, one of them pinned to its
own day (issue 11, session 38).

"The crash killed 14 people yesterday" in a report of Tuesday and "killed nine
people" in one of Thursday: ``days.figure_pinned_to_its_day`` asks "the figures
may describe different days; check which is current", but what only grows
cannot fall between the two days — the dead, the injured, the rescued, the
arrested; an effort's tally (the evacuated, homes destroyed, cases) as
``efforts.tally_lower_in_later_report`` reads it when neither sentence gives a
time. A figure pinned to its report's own day ("today", "this morning",
"yesterday") holds at that day as a timeless one holds at its report's day, so
the later report's lower figure is no update: a conflict naming both reports'
days (readers of issue 11 judged such questions borderline, "the text settles
it"; authored plant_explosion: 'more than 3,000' forced to flee / 2,380 six
days on). The later report's higher figure stays the question: it may be the
count moved on. The missing and those in hospital move either way and are not
read here (judge/grows.py).
"""

from __future__ import annotations

from datetime import date

from ..model import Fact, Verdict
from .cases import ValueCase
from .efforts import tally_kind
from .family_helpers import TIME_KINDS
from .grows import is_floor, running_word
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule

Side = tuple[Fact, str, date]


def _bounds(f: Fact) -> tuple[float, float]:
    """What a count allows; a floor only its own value (that many were counted)."""
    value = float(getattr(f.mention, "value", 0) or 0)
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    lo, hi = value if lo is None else float(lo), value if hi is None else float(hi)
    return (lo, value) if is_floor(f) else (lo, hi)


def _digits(f: Fact) -> str:
    return "".join(ch for ch in f.text if ch.isdigit())


def _only_grows(x: Side, y: Side) -> bool:
    """Both counts of one thing that only grows: one effort's tally, or both of
    what its words say only grows (the dead, the injured, the rescued)."""
    (fx, sx, _), (fy, sy, _) = x, y
    for f in (fx, fy):
        if f.kind in TIME_KINDS or getattr(f.mention, "dimension", "") != "count":
            return False
        if getattr(f.mention, "value_high", None) is not None:
            return False  # a range ("12 to 15") tells no one count
    if getattr(fx.mention, "unit", "") != getattr(fy.mention, "unit", ""):
        return False
    dx, dy = _digits(fx), _digits(fy)
    if len(dx) > 1 and dx != dy and sorted(dx) == sorted(dy):
        return False  # '23' / '32': a slip of the keys, read elsewhere
    kind = tally_kind(fx, sx)
    if kind:
        same = kind == tally_kind(fy, sy)
    else:
        same = running_word(fx, sx) == running_word(fy, sy) == "grows"
    return same and not scopes_differ(fx, sx, fy, sy)


def _fell(c: ValueCase) -> tuple[Side, Side] | None:
    """(earlier, later) when one claim pins its figure to its own day, the
    other gives none, and the later report's count of what only grows is below
    the earlier's."""
    if c.cmp.verdict != Verdict.CONFLICT or not c.dated_by:
        return None
    (sa, sb), (pa, pb) = c.texts, c.published
    if pa is None or pb is None or pa == pb:
        return None
    x, y = (c.x, sa, pa), (c.y, sb, pb)
    if not _only_grows(x, y):
        return None
    earlier, later = (x, y) if pa < pb else (y, x)
    return (earlier, later) if _bounds(later[0])[1] < _bounds(earlier[0])[0] else None


def pinned_count_fell(c: ValueCase) -> bool:
    return _fell(c) is not None


def pinned_count_fell_note(c: ValueCase) -> str:
    found = _fell(c)
    assert found is not None
    (fe, _, pe), (fl, _, pl) = found
    return (
        f"{c.cmp.left} vs {c.cmp.right}: {c.dated_by}; first '{fe.text}' (its report "
        f"published {pe:%a %-d %b}) and later '{fl.text}' (published {pl:%a %-d %b}) — a "
        "count of what only grows, lower in the later report: no update of it, so one of "
        "them is wrong — conflict"
    )


PINNED_COUNT_FELL = Rule(
    "pinned_count_fell_later",
    VALUE,
    pinned_count_fell,
    Outcome.CONFLICT,
    "one claim pins its count to its own day ('killed 14 people yesterday'), the other, "
    "published another day, gives none ('killed nine'): figure_pinned_to_its_day asks "
    "which is current, but a count of what only grows (the dead, the injured, the "
    "rescued, the arrested; an effort's tally) lower in the later report is no update — "
    "a conflict naming both days (session 38, issue 11: such questions judged borderline, "
    "'the text settles it'); the later higher stays the question",
    "tests/test_s38_pinned_fell.py::test_a_pinned_count_lower_in_the_later_report_conflicts",
    pinned_count_fell_note,
)
