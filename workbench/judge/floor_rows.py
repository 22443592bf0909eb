"""A later count below an earlier floor (issue 11, session 31).

"At least 70 people were killed, the ministry said on Wednesday" / "the toll
stood at 61 on Friday": a floor says that many were already counted, and a
count of what only grows cannot fall under it; two floors of one count
("at least 47" on Wednesday night, "at least 32" on Friday) the same. The
family's conflict stands, and the explanation names both moments, so the
editor sees it is no update (judge/risen.py, judge/running.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..model import Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS
from .risen import below_a_floor
from .running import Stamp, published_moment, runs, same_measure, stamps, when
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule


def _day(published) -> tuple[Stamp, ...]:
    day = datetime(published.year, published.month, published.day)
    return ((day, day + timedelta(days=1), f"published {published:%-d %b}"),)


def _moments(c: ValueCase) -> tuple[tuple[Stamp, ...], tuple[Stamp, ...]]:
    """Each figure's moment: its sentence's stamps, else its report's day (the
    afternoon before included when the other is stamped: running.published_moment)."""
    (sa, sb), (pa, pb) = c.texts, c.published
    a, b = stamps(sa, pa), stamps(sb, pb)
    if not a and not b:
        return (_day(pa) if pa else (), _day(pb) if pb else ())
    return (a or published_moment(pa), b or published_moment(pb))


def _order(c: ValueCase) -> tuple[int, Stamp, Stamp] | None:
    """(the earlier side, its moment, the later's) when the moments never meet."""
    a, b = _moments(c)
    if not a or not b:
        return None
    if max(x[1] for x in a) <= min(y[0] for y in b):
        return 0, a[0], b[0]
    if max(y[1] for y in b) <= min(x[0] for x in a):
        return 1, b[0], a[0]
    return None


def later_below_a_floor(c: ValueCase) -> bool:
    if c.cmp.verdict != Verdict.CONFLICT or c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return False
    if not (runs(c.x) and runs(c.y) and same_measure(c.x, c.y)):
        return False
    found = _order(c)
    if found is None or scopes_differ(c.x, c.texts[0], c.y, c.texts[1]):
        return False
    sides = ((c.x, c.texts[0]), (c.y, c.texts[1]))
    first = found[0]
    return below_a_floor(sides[first], sides[1 - first])


def later_below_a_floor_note(c: ValueCase) -> str:
    found = _order(c)
    assert found is not None
    first, then_stamp = found[0], found[2]
    facts = (c.x, c.y)
    earlier, later = facts[first], facts[1 - first]
    compared = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{compared}; given at two moments, first '{earlier.text}' ('{found[1][2]}', "
        f"{when(found[1])}) and later '{later.text}' ('{then_stamp[2]}', {when(then_stamp)}): "
        "the later count is below the earlier floor — what was counted stays counted, no "
        "update — conflict"
    )


LATER_BELOW_A_FLOOR = Rule(
    "later_count_below_an_earlier_floor",
    VALUE,
    later_below_a_floor,
    Outcome.CONFLICT,
    "a floor one moment gives ('at least 70 killed', Wednesday) and a count of what only "
    "grows below it at a later moment ('stood at 61 on Friday'), or a later floor below "
    "the earlier ('at least 47' / 'at least 32' the next day): no update, a conflict naming "
    "both moments (session 31: a later count lower than an earlier floor stays a conflict)",
    "tests/test_s31_counts_in_time.py::test_a_later_count_below_an_earlier_floor_stays_a_conflict",
    later_below_a_floor_note,
)
