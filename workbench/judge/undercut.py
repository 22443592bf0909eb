"""A floor a later report's count falls below, never met (issue 11, session 36).

"At least 30 people were injured" in a weekly of Friday 17 October /
"Twenty-six people were hurt" in a paper of Tuesday 21 October, in sentences
never aligned: the question unmet_updated_count asks ("may have been updated
in between") cannot be the answer, since what only grows cannot fall below an
earlier floor (authored emergency_landing: readers judged the question
borderline, "a later, lower figure means the bound cannot hold — should be
conflict"). As floor_rows.later_count_below_an_earlier_floor does for aligned
sentences: the earlier report's figure a floor, the later report's count below
it (risen.below_a_floor), the later figure with no time of its own or one after
the earlier's moment — a conflict naming both reports' days.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..model import Verdict
from .risen import below_a_floor
from .stages import UNMET, Outcome, Rule
from .timeline import Stamped


def _end(s: Stamped) -> datetime | None:
    if s.stamps:
        return max(t[1] for t in s.stamps)
    if s.published is None:
        return None
    return datetime(s.published.year, s.published.month, s.published.day) + timedelta(days=1)


def undercut(x: Stamped, y: Stamped, names: dict[str, str]) -> str:
    """Why the later report's count falls below the earlier report's floor, or ""."""
    for early, late in ((x, y), (y, x)):
        if early.published is None or late.published is None:
            continue
        if late.published <= early.published:
            continue
        end = _end(early)
        if end is None or (late.stamps and min(t[0] for t in late.stamps) < end):
            continue
        if below_a_floor((early.fact, early.sentence), (late.fact, late.sentence)):
            return (
                f"{names[early.article]} (published {early.published:%a %-d %b}) gives the "
                f"floor '{early.fact.text}'; {names[late.article]}, published later "
                f"({late.published:%a %-d %b}), gives '{late.fact.text}', below it — what "
                "was counted stays counted, so the floor cannot hold, or the later count is "
                "wrong"
            )
    return ""


FLOOR_UNDERCUT_NEVER_MET = Rule(
    "floor_undercut_never_met",
    UNMET,
    lambda c: bool(c.undercut) and c.cmp.verdict == Verdict.CONFLICT,
    Outcome.CONFLICT,
    "a key figure an earlier report gives as a floor ('at least 30 injured', Friday) and "
    "a count of what only grows below it in a later report ('Twenty-six people were hurt', "
    "the next Tuesday), in sentences never aligned: not a count updated in between "
    "(unmet_updated_count) — what was counted stays counted — a conflict naming both "
    "reports' days (session 36, authored emergency_landing: the question judged "
    "borderline, 'should be conflict')",
    "tests/test_s36_count_stages.py::test_a_later_report_below_an_earlier_floor_never_met",
    lambda c: f"{c.cmp.explanation.rsplit(' — ', 1)[0]}; {c.undercut} — conflict",
)
