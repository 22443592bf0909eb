"""A floor and a larger count of one moment (issue 11, session 41).

"At least 19 people have died of heatstroke …, the health ministry said this
morning" / "the health ministry said 26 people had died of heatstroke as of
Thursday morning"; "killing at least 14 people …, the coast guard said Wednesday
evening" / "By Wednesday evening the coast guard had confirmed 16 deaths". The
family reads "at least 19" as an open bound that allows 26 and calls the two
consistent; the development readers judged all three such agreements wrong, the
planted discrepancy hidden behind them. "At least" on a count given to the unit
is the count at the moment it was told, with room for more to come: against a
larger count stamped with the same moment it is not a floor under that count
but a different count of one moment.

Narrow on purpose: the bound is "at least" (or "no fewer than") on a count
given to the unit (19, 14 — "at least 25" or "more than 200" are round and read
as hedges, "2,300" / "more than 2,000" stays an agreement); the other a plain
count larger than it; each figure stamped by its own sentence with a time finer
than a day ("this morning", "as of Thursday morning", "by Wednesday evening"),
the two stamps meeting. Stamps apart are two moments, an update the moving rows
decide (running.py); a count with no stamp may be of any moment and keeps the
family's agreement.
"""

from __future__ import annotations

from datetime import timedelta

from ..facts.quantity.granularity import granularity
from ..facts.quantity.terms import LOWER_CLOSED
from ..model import Verdict
from .cases import ValueCase
from .clause_stamps import in_its_clause
from .family_helpers import TIME_KINDS
from .restamped import in_story
from .running import stamps, when
from .stages import VALUE, Outcome, Rule

_FINER_THAN_A_DAY = timedelta(hours=13)


def _figures(c: ValueCase):
    """(the floor, the count, which side the floor is on) or None."""
    if c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return None
    ma, mb = c.x.mention, c.y.mention
    for bound, point, side in ((ma, mb, 0), (mb, ma, 1)):
        if getattr(bound, "hedge", None) not in LOWER_CLOSED or getattr(point, "hedge", 1):
            continue
        if bound.value_high is not None or point.value_high is not None:
            continue
        if bound.dimension != "count" or point.dimension != "count":
            continue
        if bound.precision != 1 or granularity(bound) != 1 or point.value <= bound.value:
            continue
        return bound, point, side
    return None


def _one_moment(c: ValueCase):
    """The two figures' stamps that meet, each finer than a day, or None."""
    (sa, sb), (pa, pb), (ta, tb) = c.texts, c.published, c.stories
    a, b = in_its_clause(stamps(sa, pa), sa, c.x.text), in_its_clause(stamps(sb, pb), sb, c.y.text)
    own = (in_story(a, sa, ta, pa), in_story(b, sb, tb, pb))
    for x in own[0]:
        for y in own[1]:
            fine = x[1] - x[0] <= _FINER_THAN_A_DAY and y[1] - y[0] <= _FINER_THAN_A_DAY
            if fine and x[0] < y[1] and y[0] < x[1]:
                return x, y
    return None


def floor_at_one_moment(c: ValueCase) -> bool:
    if c.cmp.verdict != Verdict.CONSISTENT or c.score < c.floor or _figures(c) is None:
        return False  # below the conflict floor the sentences may not state one count
    return _one_moment(c) is not None


def floor_at_one_moment_note(c: ValueCase) -> str:
    found, met = _figures(c), _one_moment(c)
    assert found is not None and met is not None  # the row applied
    bound, point, side = found
    compared = c.cmp.explanation.split(": ", 1)[0]
    stamp = met[side]
    return (
        f"{compared}: both counts are given for one moment ('{met[0][2]}' / '{met[1][2]}', "
        f"{when(stamp)}): '{bound.text}' is the count then, with room for more to come, not "
        f"a floor under {point.text} — an open bound does not make a difference at one "
        "moment consistent — conflict"
    )


FLOOR_AT_ONE_MOMENT = Rule(
    "floor_at_one_moment",
    VALUE,
    floor_at_one_moment,
    Outcome.CONFLICT,
    "'at least 19' dead, the ministry said this morning / 26 dead as of Thursday morning: "
    "'at least' on a count given to the unit is the count at the moment it was told; "
    "against a larger count stamped with the same moment (stamps finer than a day that "
    "meet) it is a different count, not a floor the other meets (development heatwave "
    "and ferry: the three such agreements judged wrong, hiding the planted discrepancy). "
    "Round bounds ('more than 2,000', 'at least 25') are hedges and keep the agreement; "
    "stamps apart are an update (running.py)",
    "tests/test_s41_floor_at_one_moment.py::test_a_floor_and_a_larger_count_of_one_moment_conflict",
    floor_at_one_moment_note,
)
