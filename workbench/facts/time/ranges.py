"""The other end of a range written once: "March 3-5", "3 to 5 March", "from 2
to 4:30 pm", "between 9 and 11am", "1998-2003". Each end is reported as its own mention,
as TimeML does; the written end lends the bare one its month (a day) or its
half of the day (a clock time).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..lexicon import YEAR_DIGITS
from .base import Builder, rule, v_year
from .cal import day_iv, fmt_day, year_iv
from .mention import TimeMention

_LINK = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
_DAY_AFTER = re.compile(
    rf"{_LINK}(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:%/]|[.,]\d|\s*(?:%|per\b|[ap]\.?m))"
)
_DAY_BEFORE = re.compile(rf"(?<![\w.,:/$£€-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_LINK}$")
_HOUR_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?"
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
    if _second_year(y, m.group("y2")) is None:
        return None
    v = v_year(y)
    return (lambda env: v), m.span("y")


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
        signal=before.group(0).split()[0],
        modifier=None,
        clock=((start, start + 1),),
    )
