"""The weekday of a plan told in the past: "was scheduled to arrive Tuesday" may be
filed before or after the day, so the day is the occurrence nearest publication
(:func:`.signals.plan_told_before`), as is the day "ahead of Monday's data" names.

A bound the plan sets ahead of itself is not so ("were expected to keep the road
closed through Sunday", "was due to last until Tuesday", "was expected to be
completed by Friday"): the span the expectation covers runs forward from when it was
told, near publication, so its end is the next such day, today's included; a story
filed after that day would tell what happened, not what was expected (session 34,
``tests/test_s34_time_story.py``). A past verb of its own ("the road stayed closed
through Sunday") is no plan, and is read by the tense of its verb as before.
"""

from __future__ import annotations

from datetime import date, timedelta

# the signals of a span's end ahead: "until", "through", "by", "no later than"
AHEAD_BOUNDS = ("until", "till", "up until", "through", "thru", "by", "no later than")


def nearest_weekday(pub: date, wd: int) -> date:
    """'ahead of Monday's vote': the event follows the action, which news reports
    near publication, so the occurrence nearest publication (the next one on a tie)."""
    back = (pub.isoweekday() - wd) % 7
    ahead = (wd - pub.isoweekday()) % 7
    return pub - timedelta(days=back) if back < ahead else pub + timedelta(days=ahead)


def plan_day(pub: date, wd: int, signal: str) -> date:
    """The weekday of a plan told in the past: the next one for a bound set ahead,
    else the nearest publication."""
    if signal in AHEAD_BOUNDS:
        return pub + timedelta(days=(wd - pub.isoweekday()) % 7)
    return nearest_weekday(pub, wd)
