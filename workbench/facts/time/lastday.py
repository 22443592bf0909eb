"""The two readings of 'last Thursday': in British and American news copy the
most recent Thursday (the reading kept since session 36: in a paper of Sunday
14 Dec, 11 Dec, three days before), unless Thursday is the day of publication
or the day before (then a week earlier: that day would be 'today',
'yesterday' or a bare 'Thursday'); and the previous calendar week's Thursday
(4 Dec), which some mean. The second rides along as a field; against a source
stating it, a pair is unresolved. Until session 36 the calendar week's reading
was kept and a 'last Wednesday' of a Sunday paper read a week early, judged
wrong by fresh readers."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...model import Comparison, Verdict
from .base import OR_DAY, Val
from .cal import fmt_day, fmt_range, monday
from .mention import TimeMention

# The other reading of 'last week' in a paper of Thursday to Sunday: the days
# of the publication's own week told loosely (two date ordinals, both ends in).
OR_FROM, OR_TO = "or_from", "or_to"
_TWO_BACK = re.compile(r"before\s+last|\bweek\b", re.IGNORECASE)


def last_weekday(pub: date, wd: int) -> date:
    """'last Wednesday' in a paper of ``pub``: the most recent Wednesday before
    it, a week earlier when that is the day before (Sunday 6 Dec: Wednesday 2
    Dec; 'last Saturday' then is 28 Nov, 'last Sunday' 29 Nov)."""
    back = (pub.isoweekday() - wd) % 7
    return pub - timedelta(days=back + 7 if back < 2 else back)


def or_this_weeks(v: Val, d: date, pub: date, wd: int) -> Val:
    """'last Thursday' in a paper of Sunday 14 Dec: the one three days before
    (11 Dec, the value kept) or the previous calendar week's (4 Dec): both
    readings are in use, so a source that says 'Thursday, Dec. 4' is not
    called a conflict (trial 22): the other reading rides along as a field,
    and compare() makes such a pair unresolved. When the most recent one is
    also the previous calendar week's ('last Friday' in a Monday paper) there
    is no doubt."""
    previous_weeks = monday(pub) - timedelta(days=7 - (wd - 1))
    if previous_weeks == d:
        return v
    return replace(v, fields=(*v.fields, (OR_DAY, previous_weeks.toordinal())))


def or_past_days(v: Val, pub: date) -> Val:
    """'last week' in a paper of Saturday 5 Dec: the previous calendar week
    (23-29 Nov, the value kept, as TimeML reads it) or, as reporters write it
    late in a week, the days just gone (Monday 30 Nov to Thursday 3 Dec); a day
    one or two days back is 'yesterday' or a weekday, so those are left out,
    and early in a week (Monday to Wednesday) there is no doubt."""
    if pub.isoweekday() < 4:
        return v
    start = pub - timedelta(days=pub.isoweekday() - 1)
    last = pub - timedelta(days=2)
    return replace(v, fields=(*v.fields, (OR_FROM, start.toordinal()), (OR_TO, last.toordinal())))


def _other_reading(m: TimeMention, other: TimeMention) -> str | None:
    """What the other reading of m names, if the other source's day lies in it
    (a reading of 'last week' as the days just gone starts "written late")."""
    f = dict(m.fields)
    if other.granularity not in ("day", "partofday") or not other.interval:
        return None
    day = other.interval[0].date()
    alt = f.get(OR_DAY)
    if alt is not None and day == date.fromordinal(alt):
        if _TWO_BACK.search(m.surface):  # 'Thursday before last', 'last Thursday week'
            return f"some count back from the most recent one, {fmt_day(day)}"
        return f"some mean the previous calendar week's, {fmt_day(day)}"
    lo, hi = f.get(OR_FROM), f.get(OR_TO)
    if lo is not None and hi is not None and lo <= day.toordinal() <= hi:
        days = fmt_range(date.fromordinal(lo), date.fromordinal(hi))
        held = fmt_day(day)
        return f"written late in a week, some mean the days just gone, {days}, which hold {held}"
    return None


def two_readings(
    a: TimeMention, b: TimeMention, left_name: str, right_name: str
) -> Comparison | None:
    """'last Thursday' (a paper of Sunday 14 Dec) read as 11 Dec, against a
    source that states 4 Dec, its other reading: unresolved, never a
    conflict (trial 22); a date in either report would settle which Thursday.
    'last week' is no one day: a day of the days just gone that another source
    states is what the loose reading means, consistent (session 37, real copy
    test 3_9ecbplus, 'He escaped last week' in a Saturday paper against 'escaped
    Monday morning': judged borderline, 'call it consistent')."""
    for m, other, name in ((a, b, left_name), (b, a, right_name)):
        said = _other_reading(m, other)
        if said is None:
            continue
        loose = said.startswith("written late")
        verdict = Verdict.CONSISTENT if loose else Verdict.UNRESOLVED
        settle = "" if loose else " — a date in either report would settle which is meant"
        return Comparison(
            verdict,
            f"'{m.surface}' in {name} (published {m.published}) is read as "
            f"{m.normalized()}; {said}, as the other source states{settle} — {verdict.value}",
            a.display(),
            b.display(),
        )
    return None
