"""The other end of a range written once: "March 3-5", "3 to 5 March", "from 2
to 4:30 pm", "between 9 and 11am", "1998-2003". Each end is reported as its own mention,
as TimeML does; the written end lends the bare one its month (a day) or its
half of the day (a clock time).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..lexicon import MONTH_NAMES, WEEKDAY_ALT, YEAR_DIGITS
from .aheadrange import end_ahead
from .base import Builder, rule, v_year
from .cal import day_iv, fmt_day, month_iv, year_iv
from .mention import TimeMention

_LINK = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
_DAY_AFTER = re.compile(
    rf"{_LINK}(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:%/]|[.,]\d|\s*(?:%|per\b|[ap]\.?m))"
)
_DAY_BEFORE = re.compile(rf"(?<![\w.,:/$£€-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_LINK}$")
_HOUR_BEFORE = re.compile(
    # "from 2 to 4:30 p.m.", "between 9 and 11 a.m."; a dash alone: "1-3 p.m.", "9.30–11 a.m."
    r"(?:\b(?:from|between)\s+|(?<![\w.,:/$£€–-])(?=[\d:.]+\s*[-–]\s*$))"
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?"
    r"\s*(?:-|–|to|and|until|till)\s*$",
    re.IGNORECASE,
)
_DAY_TIMEX = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_RANGE = (
    rf"(?<![\w$£€#.,/:-])(?P<y>{YEAR_DIGITS})\s*[-–]\s*(?P<y2>{YEAR_DIGITS})"
    r"(?![\w%°]|[.,]\d|\s*[-–/:]\s*\d)"
)
_YEAR_AFTER = re.compile(rf"\s*[-–]\s*(?P<y2>{YEAR_DIGITS})\b")


def _second_year(y: int, y2s: str) -> int | None:
    y2 = int(y2s)
    return y2 if y < y2 <= y + 60 and 1900 <= y <= 2099 else None


@rule(_YEAR_RANGE, 2, keys="#-")  # "#-": the sentence has a digit, a dash and a digit
def r_year_range(m: re.Match, text: str) -> Builder | None:
    """'2024-2026', '1998–2003': the first year here, the second by
    :func:`range_ends`. A season ('the 2003-04 season') is one span of two years
    that sports copy compares as a whole: left alone."""
    y = int(m.group("y"))
    if _second_year(y, m.group("y2")) is None or _SEASON_AFTER.match(text, m.end()):
        return None  # "the 2009-2010 season": one season, left alone as "the 2009-10 season"
    v = v_year(y)
    return (lambda env: v), m.span("y")


# A season or school year written with both its years ("the 2009-2010 season",
# "the 2008–09 NBA season"): one season that sports copy compares as a whole, never
# two years of one source (trial 29: '2009' and '2010' as two versions). Left
# alone like "the 2009-10 season": read as a span it met "since 2005" and "last
# year" in other sentences (ECB+ 05_ecb), dates of other occasions.
_SEASON_NOUN = (
    r"(?:season|campaign|school[ \u00a0]+year|academic[ \u00a0]+year|term|winter|"
    r"championships?|league|series|schedule)s?\b"
)


_SEASON_AFTER = re.compile(rf"[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+)?{_SEASON_NOUN}", re.I)


_MERIDIEM = re.compile(r"[ap]\.?\s?m\b", re.IGNORECASE)


def range_ends(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """``ms`` with the bare end of each range written once added, sorted by start."""
    out = list(ms)
    for m in ms:
        if m.type == "DATE" and m.granularity == "day" and _DAY_TIMEX.fullmatch(m.timex):
            new = _day_end(text, m)
        elif m.type == "DATE" and m.granularity == "year" and re.fullmatch(r"\d{4}", m.timex):
            new = _year_end(text, m)
        elif m.type == "TIME" and len(m.clock) == 1 and _MERIDIEM.search(m.text):
            new = _hour_start(text, m)
        else:
            new = None
        if new is not None and not any(x.start < new.end and new.start < x.end for x in out):
            out.append(new)
    return sorted(out, key=lambda x: x.start)


def _day_end(text: str, m: TimeMention) -> TimeMention | None:
    first = date.fromisoformat(m.timex)
    after = _DAY_AFTER.match(text, m.end)
    if after and m.text[-1].isdigit():  # "March 3-5": the end follows
        d, span = int(after.group("d")), after.span("d")
        span = (span[0], after.end())
        if d <= first.day:
            return None
    else:
        before = _DAY_BEFORE.search(text, max(0, m.start - 12), m.start)
        if not (before and m.text[0].isdigit()):  # "3 to 5 March": the start precedes
            return None
        d, span = int(before.group("d")), (before.start("d"), before.end("d"))
        span = (span[0], span[0] + len(before.group(0).split()[0].rstrip("-–—")))
        if d >= first.day:
            return None
    try:
        day = first.replace(day=d)
    except ValueError:
        return None
    return replace(
        m,
        start=span[0],
        end=span[1],
        text=text[span[0] : span[1]],
        timex=day.isoformat(),
        interval=day_iv(day),
        value=fmt_day(day),
        signal="",
        modifier=None,
        part=None,
    )


def _year_end(text: str, m: TimeMention) -> TimeMention | None:
    after = _YEAR_AFTER.match(text, m.end)
    if not after or not m.text.isdigit():
        return None
    y2 = _second_year(int(m.timex), after.group("y2"))
    if y2 is None:
        return None
    s, e = after.span("y2")
    return replace(
        m,
        start=s,
        end=e,
        text=text[s:e],
        timex=f"{y2:04d}",
        interval=year_iv(y2),
        value=str(y2),
        signal="",
        modifier=None,
        part=None,
    )


def _hour_start(text: str, m: TimeMention) -> TimeMention | None:
    before = _HOUR_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return None
    end_min = m.clock[0][0]
    h = int(before.group("h")) % 12
    mi = int(before.group("mi") or 0)
    pm = end_min >= 12 * 60 and h * 60 + mi + 12 * 60 <= end_min
    hh = h + 12 if pm else h
    start = hh * 60 + mi
    if start >= end_min:
        return None
    s, e = before.start("h"), before.end("mi") if before.group("mi") else before.end("h")
    zone = re.search(r"(Z|[+-]\d\d:\d\d)$", m.timex)
    timex = f"T{hh:02d}:{mi:02d}" + (zone.group(1) if zone else "")
    return replace(
        m,
        start=s,
        end=e,
        text=text[s:e],
        timex=timex,
        interval=None,
        value=f"{hh:02d}:{mi:02d}",
        signal=before.group(0).split()[0] if before.group(0)[:1].isalpha() else "",
        modifier=None,
        clock=((start, start + 1),),
    )


# The two ends of a range written in full ("from March to May", "Monday through
# Friday", "Oct. 1 through Oct. 15", "between June and August").
_ENDS_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_RELATIVE = re.compile(r"\b(?:this|last|next|coming|past|previous|following)\b", re.I)
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_ALT})\b", re.IGNORECASE)


def ordered_ends(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """The two ends of a range, each resolved on its own, put in order: the end
    whose year or week the text does not state is the first such day or month on
    or after the start (or, when only the end states its year, the start the last
    one before the end). Read alone, "May" in a December piece was last May and
    "Friday" of "Monday through Friday" the Friday before that Monday."""
    out = list(ms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _linked(text, a, b):
            continue
        if _movable(a) and end_ahead(a, b):
            out[i] = _moved(a, b, after=False)  # "open from Thursday until Sunday": .aheadrange
        elif _movable(b):
            out[i + 1] = _moved(b, a, after=True)
        elif _movable(a):
            out[i] = _moved(a, b, after=False)
    return out


def _linked(text: str, a: TimeMention, b: TimeMention) -> bool:
    if a.type != "DATE" or b.type != "DATE" or a.interval is None or b.interval is None:
        return False
    if a.granularity != b.granularity or a.granularity not in ("day", "month") or a.part or b.part:
        return False
    gap = _ENDS_LINK.fullmatch(text, a.end, b.start)
    if gap is None:
        return False
    if gap.group().strip().lower() == "and":
        return bool(_BETWEEN.search(text, max(0, a.start - 12), a.start))
    return True


def _movable(m: TimeMention) -> bool:
    """Its year (a month or a day of a month) or its week (a weekday) came from the
    publication date, not the text ("this May", "next Friday" state theirs)."""
    return (
        not _STATED_YEAR.search(m.text)
        and not _RELATIVE.search(m.text)
        and _MONTH_OR_DAY.fullmatch(m.timex) is not None
    )


def _moved(m: TimeMention, anchor: TimeMention, after: bool) -> TimeMention:
    """``m`` moved by whole years (or weeks, for a weekday against a weekday) to the
    first occurrence on or after ``anchor`` (``after``), or the last one on or before it."""
    start, pivot = m.interval[0], anchor.interval[0]
    if _a_weekday(m):
        if not _a_weekday(anchor):
            return m  # "from Sept. 14 to Thursday": the weekday is read on its own
        days = (pivot.date() - start.date()).days
        k = -(-days // 7) if after else days // 7  # ceiling after, floor before
        return _at_day(m, start.date() + timedelta(days=7 * k)) if k else m
    for y in (pivot.year, pivot.year + 1) if after else (pivot.year, pivot.year - 1):
        new = _in_year(m, y)
        if new is not None and (new.interval[0] >= pivot if after else new.interval[0] <= pivot):
            return new if new.interval != m.interval else m
    return m


def _a_weekday(m: TimeMention) -> bool:
    return m.granularity == "day" and bool(_WEEKDAY.search(m.text)) and not re.search(r"\d", m.text)


def _in_year(m: TimeMention, y: int) -> TimeMention | None:
    if m.granularity == "month":
        mo = int(m.timex[5:7])
        return replace(m, timex=f"{y:04d}-{mo:02d}", interval=month_iv(y, mo),
                       value=f"{MONTH_NAMES[mo]} {y}")  # fmt: skip
    try:
        day = date.fromisoformat(m.timex[:10]).replace(year=y)
    except ValueError:
        return None  # 29 February
    return _at_day(m, day)


def _at_day(m: TimeMention, day: date) -> TimeMention:
    return replace(m, timex=day.isoformat(), interval=day_iv(day), value=fmt_day(day))
