"""Joining neighbouring time mentions of one sentence: a duration written in
two parts ("2 hours 30 minutes") and a clock time with the day next to it
("3pm on Tuesday")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import timeml_marks as marks
from .asides import aside_day, other_day
from .cal import day_iv, dt, fmt_day
from .determiner import ADJECTIVE_PERIOD
from .lex import PARTS_OF_DAY
from .mention import TimeMention

_UNIT_ORDER = (
    "millennium",
    "century",
    "decade",
    "year",
    "quarter",
    "month",
    "fortnight",
    "week",
    "day",
    "hour",
    "minute",
    "second",
)
_HEDGED = ("about", "nearly", "more than", "at least", "less than", "up to")
_JOIN_RE = re.compile(r"\s*,?\s*(?:and\s+)?")


def merge_durations(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'2 hours 30 minutes', 'two years and three months': one duration, summed."""
    out: list[TimeMention] = []
    for m in ms:
        p = out[-1] if out else None
        if (
            p is not None
            and p.type == m.type == "DURATION"
            and p.amount
            and m.amount
            and p.part is None
            and m.part is None
            and m.signal == ""
            and m.amount[1] is not None
            and not m.value.startswith(_HEDGED)
            and "X" not in p.timex + m.timex
            and m.start > p.end
            and _JOIN_RE.fullmatch(text, p.end, m.start)
            and _UNIT_ORDER.index(p.granularity) < _UNIT_ORDER.index(m.granularity)
        ):
            lo = p.amount[0] + m.amount[0]
            hi = None if p.amount[1] is None else p.amount[1] + m.amount[1]
            out[-1] = replace(
                p,
                end=m.end,
                text=text[p.start : m.end],
                timex=_join_timex(p.timex, m.timex),
                granularity=m.granularity,
                amount=(lo, hi),
                value=f"{p.value} {m.value}",
            )
            continue
        out.append(m)
    return out


def _join_timex(a: str, b: str) -> str:
    """'PT1H' + 'PT30M' -> 'PT1H30M'; 'P1D' + 'PT12H' -> 'P1DT12H'."""

    def split(x: str) -> tuple[str, str]:
        body = x[1:]
        d, _, t = body.partition("T")
        return d, t

    da, ta = split(a)
    db, tb = split(b)
    t = ta + tb
    return "P" + da + db + ("T" + t if t else "")


_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*|\s+on\s+|\s+of\s+)?$", re.IGNORECASE)
_DAY_THEN_TIME = re.compile(
    r"\s*(?:,\s*)?(?:at|at\s+around|at\s+about|around|about|from|by)?\s*$", re.IGNORECASE
)


_TIMEX_CLOCK = re.compile(r"T(\d\d):(\d\d)(:\d\d)?(.*)$")
_LABEL_CLOCKS = re.compile(r"^\d\d:\d\d(?::\d\d)?(?: or \d\d:\d\d(?::\d\d)?)*")
_POD_NAME = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Words that end a clause: a day named beyond one is another event's ("at 6pm, after
# an attempt on Monday was scrubbed").
_CLAUSE_BREAK = re.compile(
    r"[;—–()\"“”]|\b(?:but|while|whereas|after|before|when|because|although|though|if|since"
    r"|until)\b",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"\d\s*[ap]\.?\s?m\b|noon|midnight|midday", re.IGNORECASE)
_MIDNIGHT = re.compile(r"mid[\s-]?night\b", re.IGNORECASE)
_MINUTE = timedelta(minutes=1)
_DAY = timedelta(days=1)


def _end_of_day(m: TimeMention) -> bool:
    """'midnight Friday', 'Friday at midnight': newswire means the midnight at the end
    of Friday (24:00, the start of Saturday), so it falls inside 'early Saturday'. But
    "just after midnight on Sunday" is Sunday's first minutes: nothing of Sunday lies
    after its closing midnight (session 32)."""
    return bool(_MIDNIGHT.match(m.text)) and m.clock[:1] == ((0, 1),) and m.modifier != "after"


_ASIDE_OPEN = re.compile(r"\s*\(\s*")
_ASIDE_CLOSE = re.compile(r"\s*\)\s*(?:,\s*|on\s+)?", re.IGNORECASE)


def _zone_aside(text: str, ms: list[TimeMention], i: int) -> int | None:
    """The index of the day after ``ms[i]``, a clock followed by the same instant in
    another zone in brackets: the wire's "at 10:40 a.m. (0740 GMT) Friday", "noon
    (1600 GMT) Monday", "2 a.m. (1800 GMT Saturday) Sunday" (the bracketed day is the
    other zone's own); None when ``ms[i]`` is no such clock."""
    if i < 0 or i + 2 >= len(ms):
        return None
    clock, aside = ms[i], ms[i + 1]
    if not (clock.type == aside.type == "TIME" and clock.clock and aside.clock):
        return None
    if not _ASIDE_OPEN.fullmatch(text, clock.end, aside.start):
        return None
    k = i + 2
    if k + 1 < len(ms) and _is_day(ms[k]) and text[aside.end : ms[k].start].isspace():
        k += 1  # "(1800 GMT Saturday)"
    day = ms[k]
    if day.type != "DATE" or not _ASIDE_CLOSE.fullmatch(text, ms[k - 1].end, day.start):
        return None
    return k


def _bracketed(local: TimeMention, m: TimeMention, day: TimeMention) -> TimeMention:
    """The day for the bracketed clock ``m`` of "9 p.m. EDT (0100 GMT) Monday":
    the outer day is the local clock's, the instant falls on Tuesday in GMT."""
    if day.interval is None or len(local.clock) != 1 or day.granularity != "day":
        return day
    d = other_day(day.interval[0].date(), local.clock[0][0], local.tz, m)
    if d is None or d == day.interval[0].date():
        return day
    return replace(day, interval=day_iv(d))


def attach_days(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Give a clock time the resolved day written next to it ('3pm on Tuesday')."""
    out = list(ms)
    for i, m in enumerate(ms):
        if (
            m.type != "TIME"
            or m.interval is not None
            or not m.clock
            or m.granularity == "partofday"
        ):
            continue
        day, j = None, i
        if i + 1 < len(ms) and _TIME_THEN_DAY.fullmatch(text[m.end : ms[i + 1].start]):
            day, j = ms[i + 1], i + 1
        elif (k := _zone_aside(text, ms, i)) is not None:
            day, j = ms[k], k  # "at 10:40 a.m. (0740 GMT) Friday": both clocks take Friday
        elif (k := _zone_aside(text, ms, i - 1)) is not None:
            day, j = _bracketed(ms[i - 1], m, ms[k]), k  # ... the GMT clock its own day
            j = k if day is ms[k] else None
        elif i > 0 and _DAY_THEN_TIME.fullmatch(text[ms[i - 1].end : m.start]):
            day, j = ms[i - 1], i - 1
        elif (aside := aside_day(text, ms, i)) is not None:
            day, j = aside, None  # "at 9 p.m. EDT (0100 GMT Tuesday)": Monday
        if (
            day is None
            or day.interval is None
            or day.type != "DATE"
            or day.granularity not in ("day", "partofday")
        ):
            continue
        clock = m.clock
        if day.granularity == "partofday" and not _MERIDIEM.search(m.text):
            # "Sunday evening at 10:00" is 22:00: the reading inside that part of the day
            h0, h1 = PARTS_OF_DAY[_POD_NAME[day.timex[-2:]]][1:]
            both = {c for a, b in clock for c in ((a, b), (a + 720, b + 720)) if a < 720}
            inside = tuple(sorted(c for c in both | set(clock) if h0 * 60 <= c[0] <= h1 * 60))
            clock = inside or clock
        if len(clock) != 1:
            continue
        d = day.interval[0].date()
        minutes = 24 * 60 if _end_of_day(m) else clock[0][0]
        lo = dt(d) + timedelta(minutes=minutes)
        _, _, sec, zone = _TIMEX_CLOCK.match(m.timex).groups()
        hh, mm = divmod(minutes, 60)
        label = _LABEL_CLOCKS.sub(f"{hh:02d}:{mm:02d}{sec or ''}", m.value, count=1)
        if minutes == 24 * 60:
            label += f" (midnight at its end: 00:00 {fmt_day(lo.date())})"
            # the day written with it reaches that midnight too ('Friday' of 'midnight Friday')
            if j is not None:
                out[j] = replace(
                    day, interval=(day.interval[0], max(day.interval[1], lo + _MINUTE))
                )
        out[i] = replace(
            m,
            timex=f"{d.isoformat()}T{hh:02d}:{mm:02d}{sec or ''}{zone}",
            interval=(lo, lo + timedelta(minutes=1)),
            value=f"{fmt_day(d)} {label}",
            deictic=day.deictic,
            clock=clock,
        )
    days = [x for x in out if _is_day(x)]
    if len({x.interval[0].date() for x in days}) == 1:
        # the one day the sentence names, in the same clause: TimeML anchors the time to it
        for i, m in enumerate(out):
            if m.type != "TIME" or m.interval is not None or not m.timex.startswith("T"):
                continue
            near = [x for x in days if not _CLAUSE_BREAK.search(text, *sorted((x.end, m.start)))]
            if m.clock and near:
                clock = m.timex.replace("T00:00", "T24:00", 1) if _end_of_day(m) else m.timex
                out[i] = replace(m, timex=f"{near[0].interval[0].date().isoformat()}{clock}")
    return _overnight_ends(text, _weekday_from_a_day(text, _attach_weekdays(text, out)))


_WEEKLY = re.compile(r"XXXX-WXX-[1-7]")
_SET_THEN_CLOCK = re.compile(r"\s+(?:(?:at|from)\s+)?", re.IGNORECASE)
_CLOCK_THEN_SET = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _attach_weekdays(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'Thursdays at 17.30', 'every Monday at 9am', '9am on Mondays': the clock
    comes round with the weekday, TimeML's XXXX-WXX-4T17:30 (compared as a clock
    time still)."""
    out = list(ms)
    for i, m in enumerate(out):
        if m.type != "TIME" or m.interval is not None or not m.clock or m.timex[:1] != "T":
            continue
        if (
            i > 0
            and _weekly(out[i - 1])
            and _SET_THEN_CLOCK.fullmatch(text, out[i - 1].end, m.start)
        ):
            out[i] = replace(m, timex=out[i - 1].timex + m.timex)
        elif (
            i + 1 < len(out)
            and _weekly(out[i + 1])
            and _CLOCK_THEN_SET.fullmatch(text, m.end, out[i + 1].start)
        ):
            out[i] = replace(m, timex=out[i + 1].timex + m.timex)
    return out


def _weekly(m: TimeMention) -> bool:
    return m.type == "SET" and bool(_WEEKLY.fullmatch(m.timex))


def _is_day(m: TimeMention) -> bool:
    return m.type == "DATE" and m.interval is not None and m.granularity in ("day", "partofday")


_SIDE_BY_SIDE = re.compile(r"\s+")  # a space only: no comma, no word between


def timeml_extents(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """The mentions as TimeML marks them: a clock time written right beside the
    day it took ("10 p.m. Wednesday", "noon Thursday", "Tuesday 3pm") is one
    TIMEX3 with the clock's value, and so is a clock beside a part of its day ("11
    p.m. last night", "7:40 a.m. this morning", "3 a.m. Tuesday morning"), as
    TimeBank marks "mid-afternoon yesterday".

    For export and scoring only: the analysis keeps the two apart so that the
    clock and the day are compared separately ("2am on Tuesday" vs "2am
    yesterday"), and :func:`attach_days` has already given the clock that day.
    With a comma, "on" or "at" between them we mark two expressions, as
    MEANTIME does ("16:15 UTC, June 1st"; TimeBank once joins across a comma). A
    day and the date of that same day side by side ("this coming Sunday, March
    eighth") are one TIMEX3, as "Sunday, March 8" is one mention.

    "Fiscal" belongs to the TIMEX3 of the year or quarter it qualifies ("fiscal
    1989", "the fiscal first quarter"); the analysis reads the period alone. "In
    recent years", "in coming weeks" are TimeML lengths (:func:`_vague_length`). A
    focus adverb ("only six months", "just five days") is outside the TIMEX3, as
    TimeBank always leaves it; the analysis keeps it in the wording it compares.
    A range of lengths ("two to six days") is two TIMEX3s, and "around", "or later",
    "more recently" and "at one point" are marked as :mod:`.timeml_marks` says.
    """
    out: list[TimeMention] = []
    for m in (e for m0 in ms for e in marks.range_ends(_marked(text, m0))):
        p = out[-1] if out else None
        if p is not None and _same_day_apposed(text, p, m):
            out[-1] = replace(p, end=m.end, text=text[p.start : m.end])  # "Sunday, March 8th"
            continue
        if p is not None and _SIDE_BY_SIDE.fullmatch(text, p.end, m.start):
            clock, day = (p, m) if p.type == "TIME" else (m, p)
            if (
                clock.type == "TIME"
                and clock.clock
                and _is_day(day)
                and clock.timex.startswith(day.interval[0].date().isoformat() + "T")
            ):
                out[-1] = replace(clock, start=p.start, end=m.end, text=text[p.start : m.end])
                continue
        out.append(m)
    return out


def _marked(text: str, m: TimeMention) -> TimeMention:
    """One mention's extent and value as TimeML writes them (:mod:`.timeml_marks`)."""
    m = _without_focus(_vague_length(_with_fiscal(text, m)))
    m = marks.with_open_end(text, marks.with_approx(text, m))
    return marks.without_at(marks.with_degree(text, m))


_COMMA = re.compile(r"\s*,\s*")


def _same_day_apposed(text: str, p: TimeMention, m: TimeMention) -> bool:
    """'this coming Sunday, March eighth': a day and the date naming the same day, one
    TIMEX3 as "Sunday, March 8" already is one mention."""
    return (
        p.type == m.type == "DATE"
        and p.granularity == m.granularity == "day"
        and p.timex == m.timex
        and bool(_COMMA.fullmatch(text, p.end, m.start))
    )


# "in recent years", "in coming weeks", "the weeks ahead": an unstated number of units
# reaching to or from publication
_VAGUE_UNITS = re.compile(
    r"\b(?:recent|coming|past|last|next)\b.*?\b(?P<u>day|week|month|quarter|year|decade|centur)"
    r"(?:s|ies)\b|\b(?P<u2>day|week|month|quarter|year)s\s+(?:ahead|to\s+come)\b",
    re.IGNORECASE,
)
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_UNIT_CODE |= {"decade": "E", "centur": "C"}


def _vague_length(m: TimeMention) -> TimeMention:
    """'in recent years', 'in coming weeks': TimeML's value is the length (``PXY``,
    ``PXW``), as for 'the last few months'; the analysis keeps the vague reference
    (``PAST_REF``, compared only with other vague references)."""
    if m.timex not in ("PAST_REF", "FUTURE_REF"):
        return m
    u = _VAGUE_UNITS.search(m.text)
    if u is None:
        return m
    code = _UNIT_CODE[(u.group("u") or u.group("u2")).lower()]
    return replace(m, type="DURATION", timex=f"PX{code}")


_FOCUS = re.compile(r"(?:only|just|merely)\s+(?!over\b|under\b)", re.IGNORECASE)


def _without_focus(m: TimeMention) -> TimeMention:
    """'just five days' -> 'five days': the adverb changes no amount ('just over' does)."""
    f = _FOCUS.match(m.text)
    if f is None or m.type not in ("DURATION", "DATE"):
        return m
    return replace(m, start=m.start + f.end(), text=m.text[f.end() :])


_FISCAL_BEFORE = re.compile(
    r"(?:\b(?:the|its|their)\s+)?\b(?P<fiscal>fiscal)[\s-]+$", re.IGNORECASE
)


def _with_fiscal(text: str, m: TimeMention) -> TimeMention:
    """'fiscal 1989', 'the fiscal first quarter': TimeML's extent takes the qualifier."""
    if m.type != "DATE" or m.granularity not in ("year", "quarter", "half"):
        return m
    before = _FISCAL_BEFORE.search(text, 0, m.start)
    if before is None:
        return m
    start = (
        before.start("fiscal") if re.fullmatch(ADJECTIVE_PERIOD, m.text, re.I) else before.start()
    )
    return replace(
        m, start=start, text=text[start : m.end]
    )  # not "the" of "the fiscal third-quarter"


_WEEKDAY_TEXT = re.compile(r"(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AFTER_BEFORE = re.compile(r"\s+(?P<dir>after|before)\s+(?:the\s+)?", re.IGNORECASE)


def _weekday_from_a_day(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'the Monday after Easter', 'the Friday before Christmas', 'the Tuesday after
    March 5': that weekday counted from the day named, not from publication."""
    out = list(ms)
    for i in range(len(out) - 1):
        wd, anchor = out[i], out[i + 1]
        gap = _AFTER_BEFORE.fullmatch(text, wd.end, anchor.start)
        if (
            gap is None
            or not _is_day(wd)
            or not _is_day(anchor)
            or anchor.granularity != "day"
            or not _WEEKDAY_TEXT.fullmatch(wd.text)
            or not (wd.text[:3].lower() == "the" or _THE_BEFORE.search(text, 0, wd.start))
        ):
            continue
        a = anchor.interval[0].date()
        target = wd.interval[0].date().isoweekday()
        step = 1 if gap.group("dir").lower() == "after" else -1
        d = a + timedelta(days=step)
        while d.isoweekday() != target:
            d += timedelta(days=step)
        label = f"{fmt_day(d)} (counted from {anchor.text})"
        out[i] = replace(
            wd, timex=d.isoformat(), interval=day_iv(d), value=label, deictic=anchor.deictic
        )
    return out


def _on_day(m: TimeMention, d: date) -> TimeMention:
    """An undated clock time given the day of the range's start."""
    lo = dt(d) + timedelta(minutes=m.clock[0][0])
    return replace(
        m,
        timex=d.isoformat() + m.timex,
        interval=(lo, lo + _MINUTE),
        value=f"{fmt_day(d)} {m.value}",
    )


_CLOCK_LINK = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*", re.IGNORECASE)
_DAY_THEN = re.compile(r"\s*(?:,\s*|\s+on\s+)?")
_DATED_CLOCK = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")


def _overnight_ends(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'10pm-6am tonight', 'from 10pm on Friday to 6am': a range's end clock that
    took the start's day but falls before the start clock is on the next day."""
    out = list(ms)
    for j in range(1, len(out)):
        b, prev = out[j], out[j - 1]
        if b.type != "TIME" or not _CLOCK_LINK.fullmatch(text, prev.end, b.start):
            continue
        a = prev
        if _is_day(prev) and j > 1 and _DAY_THEN.fullmatch(text, out[j - 2].end, prev.start):
            a = out[j - 2]  # "10pm on Friday to 6am": the start is the clock before the day
        ta = _DATED_CLOCK.match(a.timex)
        if a.type == "TIME" and ta and b.timex.startswith("T") and len(b.clock) == 1:
            b = _on_day(b, date.fromisoformat(ta.group(1)))  # "from 10pm tonight until 6am"
            out[j] = b
        tb = _DATED_CLOCK.match(b.timex)
        if a.type != "TIME" or not ta or not tb or ta.group(1) != tb.group(1):
            continue
        if tb.group(2) >= ta.group(2):
            continue
        day = date.fromisoformat(tb.group(1))
        nxt = day + timedelta(days=1)
        out[j] = replace(
            b,
            timex=nxt.isoformat() + b.timex[10:],
            interval=None if b.interval is None else (b.interval[0] + _DAY, b.interval[1] + _DAY),
            value=b.value.replace(fmt_day(day), fmt_day(nxt)),
        )
    return out
