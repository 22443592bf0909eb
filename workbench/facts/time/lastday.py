"""The two readings of 'last Thursday': the previous week's Thursday (the
reading kept, as TimeBank's cases have it) and, in a paper of Sunday 14 Dec,
the Thursday three days before (11 Dec), which many mean. The second rides
along as a field; against a source stating it, a pair is unresolved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ...model import Comparison, Verdict
from .base import OR_DAY, Val
from .cal import fmt_day
from .mention import TimeMention


def or_this_weeks(v: Val, d: date, pub: date, wd: int) -> Val:
    """'last Thursday' in a paper of Sunday 14 Dec: the previous week's (4 Dec,
    the value kept) or the one three days before (11 Dec): both readings are
    in use, so a source that says
    'Thursday, Dec. 11' is not called a conflict (trial 22): the other
    reading rides along as a field, and compare() makes such a pair
    unresolved. A day one or two days back is 'yesterday' or a bare weekday,
    never 'last': no doubt then."""
    recent = pub - timedelta(days=(pub.isoweekday() - wd - 1) % 7 + 1)
    if recent == d or (pub - recent).days < 3:
        return v
    return replace(v, fields=(*v.fields, (OR_DAY, recent.toordinal())))


def two_readings(
    a: TimeMention, b: TimeMention, left_name: str, right_name: str
) -> Comparison | None:
    """'last Thursday' (a paper of Sunday 14 Dec) read as 4 Dec, against a
    source that states 11 Dec, its other reading: unresolved, never a
    conflict (trial 22)."""
    for m, other, name in ((a, b, left_name), (b, a, right_name)):
        alt = dict(m.fields).get(OR_DAY)
        if alt is None or other.granularity not in ("day", "partofday") or not other.interval:
            continue
        if other.interval[0].date() == date.fromordinal(alt):
            said = f"{fmt_day(date.fromordinal(alt))}, as the other source states"
            return Comparison(
                Verdict.UNRESOLVED,
                f"'{m.surface}' in {name} (published {m.published}) is read as the previous "
                f"week's, {m.normalized()}; some mean the one that week, {said} — unresolved",
                a.display(),
                b.display(),
            )
    return None
