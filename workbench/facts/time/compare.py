"""Comparing two sources' time mentions: :func:`compare` and its verdicts.

Kinds compare only with their own kind (dates and moments, clock times,
durations, repetitions, vague references); see the module docstring of
:mod:`workbench.facts.time.find` for the decisions behind each verdict.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from ...model import Comparison, Verdict
from .apart import gap_words as _gap
from .apart import midnight as _midnight
from .base import norm
from .cal import fmt_interval, fmt_seconds
from .ended import ends_on_its_day
from .instants import as_utc, noted, zones_differ
from .lastday import two_readings
from .lengths import (
    at_figure,
    different_things,
    open_far_from_figure,
    same_side_bounds,
    vague_miss,
    within_hedge,
)
from .lost_half import lost_half
from .mention import REFS, TimeMention
from .midnight_day import midnight_readings
from .settle import undated_pair_said
from .slack import (
    a_minute_apart,
    around_minutes,
    hedges_apart,
    hedges_meet,
    near,
    near_minutes,
    near_points,
    part_of_day_edge,
    small_hours_only,
)
from .stated import shorter_said
from .two_deadlines import deadlines_differ
from .unzoned import converts_a_local_clock, zone_unknown
from .weekdays_apart import two_weekdays_apart as _two_weekdays_apart
from .whole_units import to_whole_units
from .written import weekday_written_wrong, year_not_stated

_DAY = timedelta(days=1)


def _family(m: TimeMention) -> str:
    if m.type == "SET":
        return "set"
    if m.type == "DURATION":
        return "duration"
    if m.timex in REFS:
        return "vague"
    if m.type == "TIME":
        return "timepoint" if m.interval is not None else "clock"
    return "date"


def compare(a: TimeMention, b: TimeMention, left_name: str, right_name: str) -> Comparison | None:
    """Verdict on two mentions from two sources, or None when they are not comparable.

    Not comparable: different kinds (a date and a duration, a clock time and
    a year, a repetition and anything else, a vague 'recently' and a date),
    a part of a day against that same day named the same way, and a margin
    ("won by 12 seconds") against a length that is not one.
    """
    fa, fb = _family(a), _family(b)
    pair, names = {fa, fb}, (left_name, right_name)
    if fa == fb == "set":
        return _cmp_set(a, b)
    if fa == fb == "duration":
        if (a.modifier == "by") != (b.modifier == "by"):
            return None  # a margin ("won by 12 seconds") is not the length of anything
        return _cmp_duration(a, b)
    if fa == fb == "vague":
        return _cmp_vague(a, b, left_name, right_name)
    if pair <= {"clock", "timepoint"} and converts_a_local_clock(a, b):
        return None  # "(21:15 UTC)" / "23:15 local time": the local clock beside it compares
    if pair <= {"clock", "timepoint"} and (unknown := zone_unknown(a, b)):
        return unknown  # "09:15 GMT" / "11:15 local time" in a place of no known zone
    if pair <= {"clock", "timepoint"} and zones_differ(
        a, b
    ):  # "10.40pm AEST" / "12.40pm GMT": one instant, both readings
        got = _cmp_clock(a, b) if "clock" in pair else _cmp_points(as_utc(a), as_utc(b), *names)
        return noted(got, a, b)
    if pair <= {"clock", "timepoint"} and "clock" in pair:
        return _cmp_clock(a, b)
    if pair <= {"date", "timepoint"}:
        if _refines(a, b) or _refines(b, a):
            return None  # "Tuesday night" vs "Tuesday": one statement, told in more detail
        if pair == {"date", "timepoint"}:
            d = a if fa == "date" else b
            if d.granularity not in ("day", "partofday"):
                return None
        got = two_readings(a, b, *names) or midnight_readings(a, b, *names)
        got = got or _cmp_points(a, b, *names)
        return weekday_written_wrong(a, b, got) or year_not_stated(a, b, got) or got
    return None


def _result(verdict: Verdict, a: TimeMention, b: TimeMention, reason: str) -> Comparison:
    la, lb = a.display(), b.display()
    return Comparison(verdict, f"{la} vs {lb}: {reason} — {verdict.value}", la, lb)


def _same_surface(a: TimeMention, b: TimeMention) -> bool:
    return norm(a.text) == norm(b.text)


def _effective(m: TimeMention) -> tuple[datetime | None, datetime | None]:
    """The interval the statement allows once its bound is applied (None = open)."""
    lo, hi = m.interval
    mod = m.modifier
    if near(m):
        return near_points(m, lo, hi)
    if mod in ("by", "as late as"):
        return None, hi
    if mod == "before":
        return None, lo
    if mod == "after":
        return hi, None
    if mod == "as early as":
        return lo, None
    if mod == "around":  # a day, month or year either side; for a clock time, see around_minutes
        if m.type == "TIME":
            w = timedelta(minutes=around_minutes(lo.hour * 60 + lo.minute))
            return lo - w, lo + w
        w = max(hi - lo, _DAY)
        return lo - w, hi + w
    return lo, hi


def _overlap(a: tuple, b: tuple) -> tuple | None:
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    if lo is not None and hi is not None and lo >= hi:
        return None
    return lo, hi


def _distance(a: tuple, b: tuple) -> timedelta:
    """The time between two intervals that do not overlap (open ends: far)."""
    far = timedelta(days=36500)
    if a[1] is not None and b[0] is not None and a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] is not None and a[0] is not None and b[1] <= a[0]:
        return a[0] - b[1]
    return far


def _describe(iv: tuple) -> str:
    lo, hi = iv
    if lo is not None and hi is not None:
        return fmt_interval(lo, hi)
    if lo is None and hi is None:
        return "any date"
    if lo is None:
        last = fmt_interval(hi - _DAY, hi) if _midnight(hi) else f"{hi:%Y-%m-%d %H:%M}"
        return f"dates up to {last}"
    first = fmt_interval(lo, lo + _DAY) if _midnight(lo) else f"{lo:%Y-%m-%d %H:%M}"
    return f"dates from {first}"


def _cmp_points(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    same_text = _same_surface(a, b)
    # No interval without needing the publication date: a value datetime cannot
    # hold ("the 1st century", "2020 years ago" from 2021), compared as written.
    if a.needs_published or b.needs_published or a.interval is None or b.interval is None:
        if (
            same_text
            and a.timex == b.timex
            and a.fields
            and b.fields
            and a.published == b.published
        ):
            return _result(Verdict.IDENTICAL, a, b, "same expression")
        return _cmp_unresolved(a, b, ln, rn)
    ea, eb = _effective(a), _effective(b)
    ov = _overlap(ea, eb)
    if same_text and a.timex == b.timex and a.interval == b.interval and ov is not None:
        return _result(Verdict.IDENTICAL, a, b, "same expression, same value")
    if ov is None:
        gap = _distance(ea, eb).total_seconds() / 60
        close = a_minute_apart(a, b, gap) or part_of_day_edge(a, b, gap)
        if close:
            return _result(close[0], a, b, close[1])
        edge = (
            _at_its_own_bound(a, b)
            or _at_its_own_bound(b, a)
            or _edition_held_later(a, eb)
            or _edition_held_later(b, ea)
        )
        if edge:
            return _result(Verdict.UNRESOLVED, a, b, edge)
        like = a.granularity == b.granularity and a.modifier == b.modifier
        if a.type == b.type == "TIME":
            # two clock times: as far apart as written, not as their hedged ranges
            # ("about 8.40pm" vs "8.49pm" read "4 minutes apart"; undated said 9: s18)
            return _result(Verdict.CONFLICT, a, b, _gap(a.interval, b.interval, True))
        clocks = a.type == b.type == "TIME"
        return _result(Verdict.CONFLICT, a, b, _gap(ea, eb, like, clocks))
    if two := hedges_apart(a, b, _stated_apart(a, b)):
        return _result(Verdict.CONFLICT, a, b, two)
    weak = small_hours_only(a, b) or hedges_meet(a, b, _stated_apart(a, b))
    if weak:
        return _result(Verdict.UNRESOLVED, a, b, weak)
    if a.interval == b.interval and ea == eb:
        word = {"partofday": "part of the day"}.get(a.granularity, a.granularity)
        reason = f"same {word}" if a.granularity == b.granularity else "same period"
    elif _within(ea, eb) and ea[0] is not None and ea[1] is not None:
        reason = f"{_describe(ea)} falls within {b.normalized()}"
    elif _within(eb, ea) and eb[0] is not None and eb[1] is not None:
        reason = f"{_describe(eb)} falls within {a.normalized()}"
    else:
        reason = f"both allow {_describe(ov)}"
        if differ := deadlines_differ(a, b):
            return _result(Verdict.CONFLICT, a, b, differ)
        if a.modifier in ("by", "before") and b.modifier in ("by", "before") and ea != eb:
            reason += " (the stated deadlines differ)"
    return _result(Verdict.CONSISTENT, a, b, reason)


def _at_its_own_bound(bound: TimeMention, point: TimeMention) -> str:
    """'after April 29th' against 'April 29': the very day the bound names.
    Strictly they miss each other, but news writes "after the 29th customers
    can register" of registration that opens that day (fresh trial: called a
    conflict): the text cannot settle it."""
    if bound.modifier not in ("after", "before") or point.modifier:
        return ""
    if bound.interval != point.interval:
        return ""
    side = "from" if bound.modifier == "after" else "up to"
    return (
        f"'{bound.modifier} {bound.text}' may be written for '{side} {point.text}': "
        f"they meet at that {bound.granularity}; check which is meant"
    )


def _edition_held_later(ed: TimeMention, other: tuple) -> str:
    """'this year's Oscars' (2013) against a date in 2014: the year names the edition
    of a yearly event, which may be held in the next year; the text cannot settle it."""
    if not ed.edition or None in other:
        return ""
    lo, hi = ed.interval
    nxt = (hi, hi.replace(year=hi.year + 1))
    if not _within(other, nxt):
        return ""
    return (
        f"'{ed.text}' before a yearly event names its {lo.year} edition, which may be "
        f"held in {hi.year}; check which year is meant"
    )


def _refines(fine: TimeMention, day: TimeMention) -> bool:
    """'Tuesday night' vs 'Tuesday': the same day expression, one adding a part of day."""
    if fine.granularity != "partofday" or day.granularity != "day" or day.modifier:
        return False
    base = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", norm(fine.text))
    return base == norm(day.text) and fine.timex[:10] == day.timex[:10]


def _within(x: tuple, y: tuple) -> bool:
    lo_ok = y[0] is None or (x[0] is not None and x[0] >= y[0])
    hi_ok = y[1] is None or (x[1] is not None and x[1] <= y[1])
    return lo_ok and hi_ok


_WIDENING = {"by", "as late as", "before", "after", "as early as", "around"}


def _cmp_unresolved(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    """One side needs a publication date it lacks. Month/day names still compare."""
    fa, fb = dict(a.fields), dict(b.fields)
    bounded = a.modifier in _WIDENING or b.modifier in _WIDENING
    same: bool | None = None
    what = ""
    if a.needs_published and b.needs_published:
        shared = [k for k in ("month", "day") if k in fa and k in fb]
        if shared and "weekday" not in fa and "weekday" not in fb:
            same = all(fa[k] == fb[k] for k in shared)
            what = " and ".join(shared)
        elif _two_weekdays_apart(a, b):
            same, what = False, "weekday"
    else:
        u, r = (a, b) if a.needs_published else (b, a)
        fu = dict(u.fields)
        stated = ("month" in fu or "day" in fu) and "weekday" not in fu
        if stated and r.interval is not None:
            lo, hi = r.interval
            last = hi - timedelta(microseconds=1)
            gran = "day" if "day" in fu else "month"
            fine = (
                (lo.date() == last.date())
                if gran == "day"
                else (lo.year, lo.month) == (last.year, last.month)
            )
            if fine:  # "the 4th" states a day and no month: the day alone compares
                same = fu.get("month", lo.month) == lo.month and fu.get("day", lo.day) == lo.day
                what = {"month": "month", "day": "day"}[gran] + (
                    " and month" if gran == "day" and "month" in fu else ""
                )
        elif (
            set(fu) == {"weekday"}
            and r.interval
            and u.granularity == r.granularity == "day"
            and fu["weekday"] != r.interval[0].isoweekday()
        ):
            # "on Friday" in an undated report against "Tuesday, December 9, 2008":
            # whatever the week, a Friday is not that Tuesday (session 22, dev2); the
            # same weekday stays a question: its week cannot be placed (labelled pair 8)
            same, what = False, "weekday"
    if same:  # the stated fields agree; only the unstated year is open
        return _result(Verdict.CONSISTENT, a, b, f"same {what}")
    if same is False and not bounded:
        return _result(Verdict.CONFLICT, a, b, f"different {what}")
    expl = undated_pair_said(a, b, ln, rn)
    return Comparison(Verdict.UNRESOLVED, expl, a.display(), b.display())


def _clock_ranges(m: TimeMention) -> list[tuple[float, float]]:
    shift = -m.tz if m.tz is not None else 0
    out = []
    for lo, hi in m.clock:
        lo, hi = lo + shift, hi + shift
        mod = m.modifier
        if near(m):
            lo, hi = near_minutes(m, lo, hi)
        elif mod == "around":
            width = around_minutes(lo - shift)
            lo, hi = lo - width, lo + width
        elif mod in ("by", "as late as"):
            lo = -1e9
        elif mod == "before":
            lo, hi = -1e9, lo
        elif mod == "after":
            lo, hi = hi, 1e9
        elif mod == "as early as":
            hi = 1e9
        out.append((lo, hi))
    return out


def _stated_apart(a: TimeMention, b: TimeMention) -> float:
    """Minutes between the starts of two clock times as written, hedges left out."""
    if a.interval is None or b.interval is None:
        return 0.0
    return abs((a.interval[0] - b.interval[0]).total_seconds()) / 60


def _marks_apart(a: TimeMention, b: TimeMention) -> float:
    """The same for clock times without a day, across midnight too."""
    gaps = [min((x[0] - y[0]) % 1440, (y[0] - x[0]) % 1440) for x in a.clock for y in b.clock]
    return min(gaps, default=0.0)


def _ranges_meet(ra: list, rb: list) -> bool:
    """Two sets of ranges in minutes of the day overlap, across midnight too: in
    UTC "03:42 GMT" and "22:42 EST" are minute 222 and minute 1662, one minute of
    the next day (issue 11, session 34: called "a minute apart")."""
    return any(
        x[0] < y[1] + k and y[0] + k < x[1] for x in ra for y in rb for k in (-1440, 0, 1440)
    )


def _same_ranges(x: tuple, y: tuple) -> bool:
    """One range of minutes of the day, whichever day its zone shift moved it to."""
    return any(x[0] == y[0] + k and x[1] == y[1] + k for k in (-1440, 0, 1440))


def _cmp_clock(a: TimeMention, b: TimeMention) -> Comparison:
    """Clock times without a (shared) day: compare the time of day."""
    use_tz = a.tz is not None and b.tz is not None and (a.tz == b.tz or zones_differ(a, b))
    ra = _clock_ranges(a) if use_tz else _clock_ranges(replace(a, tz=None))
    rb = _clock_ranges(b) if use_tz else _clock_ranges(replace(b, tz=None))
    if _same_surface(a, b) and a.clock == b.clock and (a.tz == b.tz or not use_tz):
        return _result(Verdict.IDENTICAL, a, b, "same time")
    if _ranges_meet(ra, rb):
        if two := hedges_apart(a, b, _marks_apart(a, b)):
            return _result(Verdict.CONFLICT, a, b, two)
        if weak := hedges_meet(a, b, _marks_apart(a, b)):
            return _result(Verdict.UNRESOLVED, a, b, weak)
        same = len(ra) == len(rb) == 1 and _same_ranges(ra[0], rb[0])
        why = "same time of day" if same else "the times can coincide"
        if same and use_tz and a.tz != b.tz:
            why = "same moment once the time zones are applied"
        return _result(Verdict.CONSISTENT, a, b, why)
    # how far apart the times as written are, not their hedged ranges' starts ("about
    # 8.40pm" vs "8.49pm" read "14 minutes apart": a fresh reader, session 18)
    sa, sb = (_clock_ranges(replace(m, modifier=None, tz=m.tz if use_tz else None)) for m in (a, b))
    gaps = [min((x[0] - y[0]) % 1440, (y[0] - x[0]) % 1440) for x in sa for y in sb]
    g = min(gaps) if gaps else 0
    apart = [
        max(x[0] - y[1] - k, y[0] + k - x[1], 0) for x in ra for y in rb for k in (-1440, 0, 1440)
    ]  # minutes between the ranges, across midnight too
    close = a_minute_apart(a, b, min(apart, default=1e9))
    if close:
        return _result(close[0], a, b, close[1])
    return _result(
        Verdict.CONFLICT,
        a,
        b,
        f"different times of day ({fmt_seconds(g * 60)} apart)" if g else "different times of day",
    )


def _cmp_duration(a: TimeMention, b: TimeMention) -> Comparison | None:
    """Lengths compared as ranges of seconds ('within 48 hours' allows 0–48 h); two
    fiscal years named by the days they ended on are the same year or two years."""
    if ends_on_its_day(a) and ends_on_its_day(b) and a.interval and b.interval:
        if a.interval != b.interval:  # 'the year to June' / 'the year to May'
            return _result(Verdict.CONFLICT, a, b, "different twelve months")
        return _result(Verdict.IDENTICAL, a, b, "the same twelve months")
    if _same_surface(a, b) and a.timex == b.timex and a.amount == b.amount:
        return _result(Verdict.IDENTICAL, a, b, "same length")
    inf = float("inf")
    (alo, ahi), (blo, bhi) = a.amount, b.amount
    ahi, bhi = inf if ahi is None else ahi, inf if bhi is None else bhi
    lo, hi = max(alo, blo), min(ahi, bhi)
    if lo > hi:
        if different_things(a, b):
            return None  # '15 years' vs 'about 15 minutes': a career and a chase
        short, long_ = (ahi, blo) if ahi < blo else (bhi, alo)
        why = vague_miss(a, b, short, long_) or lost_half(a, b)
        if why:
            return _result(Verdict.UNRESOLVED, a, b, why)
        if at := at_figure(a, b) or to_whole_units(a, b):  # 'more than 8 years' / '8 years'
            return _result(at[0], a, b, at[1])
        values = (a.value, b.value) if ahi < blo else (b.value, a.value)
        said = (fmt_seconds(short), fmt_seconds(long_))
        if said[0] == said[1]:  # '4.6 months is shorter than 4.6 months': say what was stated
            said = values
        # the figures stated, not the bounds with their slack (trial 36)
        return _result(Verdict.CONFLICT, a, b, shorter_said(*values, said))
    same_side = same_side_bounds(a, b)
    if same_side:  # 'less than two seconds' / 'less than two weeks': two things
        return None if different_things(a, b) else _result(Verdict.CONFLICT, a, b, same_side)
    if at := at_figure(a, b):
        return _result(at[0], a, b, at[1])
    if far := open_far_from_figure(a, b):
        return _result(Verdict.UNRESOLVED, a, b, far)
    ends = _range_ends(a, b)
    if ends:
        return _result(Verdict.CONFLICT, a, b, f"the ranges differ at the {ends} end")
    if abs(alo - blo) < 1 and (ahi == bhi or abs(ahi - bhi) < 1):
        reason = "same length" + (f" ({fmt_seconds(ahi)})" if ahi < inf else "")
    elif inside := within_hedge(a, b):
        reason = inside
    elif hi - lo < 1 or (hi < inf and fmt_seconds(lo) == fmt_seconds(hi)):  # not '8 to 8 years'
        reason = f"both allow {fmt_seconds(hi)}"
    elif hi == inf:
        reason = f"both allow more than {fmt_seconds(lo)}" if lo else "neither is bounded"
    else:
        reason = f"both allow {fmt_seconds(lo) + ' to ' if lo else 'up to '}{fmt_seconds(hi)}"
    return _result(Verdict.CONSISTENT, a, b, reason)


def _range_ends(a: TimeMention, b: TimeMention) -> str:
    """Two stated ranges of one length compare their ends ('from 7 to 75 years'
    / 'between six and 75 years': the low end differs); "" when they agree or
    either is not a range as written (a bound, 'within 48 hours', is not)."""
    if a.modifier or b.modifier or "X" not in a.timex or "X" not in b.timex:
        return ""
    (alo, ahi), (blo, bhi) = a.amount, b.amount
    if ahi is None or bhi is None or alo >= ahi or blo >= bhi:
        return ""
    ends = [e for e, x, y in (("low", alo, blo), ("high", ahi, bhi)) if abs(x - y) >= 1]
    return " and ".join(ends)


def _cmp_set(a: TimeMention, b: TimeMention) -> Comparison:
    if _same_surface(a, b) and a.timex == b.timex:
        return _result(Verdict.IDENTICAL, a, b, "same repetition")
    if a.timex == b.timex and a.fields == b.fields:
        return _result(Verdict.CONSISTENT, a, b, "same repetition")
    return _result(Verdict.CONFLICT, a, b, "different repetition")


def _cmp_vague(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    if _same_surface(a, b) and a.timex == b.timex:
        return _result(Verdict.IDENTICAL, a, b, "same expression")
    if a.timex == b.timex or "PRESENT_REF" in (a.timex, b.timex):
        return _result(Verdict.CONSISTENT, a, b, "neither pins a date")
    if a.published is not None and a.published == b.published:
        return _result(Verdict.CONFLICT, a, b, "one points before publication, the other after")
    return Comparison(
        Verdict.UNRESOLVED,
        f"'{a.surface}' in {ln} points to the past and '{b.surface}' in {rn} to the future "
        "(or vice versa), but the articles' publication dates differ or are unknown "
        "— unresolved",
        a.display(),
        b.display(),
    )
