"""A month or a day written without its year in a story told about another year:
"In 1996, he was arrested in April" (April 1996), "The accord was signed in 1995.
... On March 3, fighting resumed" (3 March 1995).

Read from the publication date alone, such a month is the last one of its name
before publication; when that lies in an earlier calendar year than publication,
news style would have written its year ("April 1997", "last April") had the
writer meant it, so the year is the story's: the year of the date named last
before it (in the sentence, else in the last earlier sentence that named one),
when that year is earlier still. TimeML values it so (its anchor is the
preceding time expression), and so does a reader. A month read in the current
year, or ahead of publication ("will reopen in April"), keeps its reading; so does
one after a date that states no earlier year ("last week ... in December").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ..lexicon import MONTH_ALT
from .base import v_day
from .mention import TimeMention

_MONTH_WORD = re.compile(rf"\b(?:{MONTH_ALT})(?![a-z])", re.IGNORECASE)
# a season is told on in the story's year as a month is ("The trial opened in January
# 2008. ... It resumed in the spring": spring 2008)
_SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_YEARLESS_GRAINS = ("month", "day", "season")
# the year written, or a word that counts the month from publication ("last April")
_OWN_YEAR = re.compile(r"\d{4}|['’]\d\d\b|\b(?:last|next|this|coming|past|previous)\b", re.I)
_RECENT_DAYS = 183
_OF_THE_STORY = " (the year of "  # how a re-read value names its year's date
# how a value counted from a date named before says so ("Two days later" after "March 3,
# 2009"): it carries the year of the date it was counted from
_COUNTED = " (counted from "
_ANCHOR_GRAINS = ("year", "season", "half", "quarter", "month", "week", "day", "partofday")


def years_of_the_story(ms: list[TimeMention], before: tuple[TimeMention, ...]) -> list[TimeMention]:
    """Re-read each month or day written without its year that publication puts
    in an earlier year, in the earlier year of the date named just before it."""
    out: list[TimeMention] = []
    for m in ms:
        dated = [d for d in out if d.type == "DATE" and d.end <= m.start]
        if _yearless_past(m):
            anchor = dated[-1] if dated else _last_date(before) if _long_past(m) else None
        elif _yearless_this_year(m):
            # an earlier sentence's date tells the story on only as an adjunct ("on 14
            # August 2025"), not naming a thing ("the August 1988 cease-fire")
            anchor = dated[-1] if dated else _last_date(before)
            adjunct = anchor is not None and (anchor.signal or _COUNTED in anchor.value)
            anchor = anchor if dated or adjunct else None
            anchor = anchor if anchor is not None and _story_goes_on(m, anchor) else None
        else:
            anchor = None
        out.append(_in_year_of(m, anchor) if anchor is not None else m)
    return out


def _yearless_this_year(m: TimeMention) -> bool:
    """A month or day without its year, read in the year of publication."""
    return (
        m.type == "DATE"
        and m.granularity in _YEARLESS_GRAINS
        and m.interval is not None
        and m.published is not None
        and not m.deictic
        and m.tense is not None
        and m.interval[0].year == m.published.year
        and bool(_MONTH_WORD.search(m.text) or _SEASON_WORD.search(m.text))
        and not _OWN_YEAR.search(m.text)
    )


# the year written out, or named: "14 August 2025", "mid-August last year" (not "the
# same month a year ago": a frame of comparison, MEANTIME gm)
_WRITES_YEAR = re.compile(r"\d{4}|\blast\s+year\b", re.I)


def _story_goes_on(m: TimeMention, anchor: TimeMention) -> bool:
    """The date just named writes an earlier year, and this one follows it within
    half a year in that year: the story goes on ("entered the network on 14 August
    2025 ... The intrusion was not discovered until 2 October, 49 days later").
    Read alone, the year of publication is kept (session 23, development cluster
    breach: two reports of one discovery called a year apart)."""
    told = (
        _WRITES_YEAR.search(anchor.text)
        or _OF_THE_STORY in anchor.value  # read so itself
        or _COUNTED in anchor.value  # counted from such a date
    )
    if anchor.interval is None or anchor.type != "DATE" or not told:
        return False
    if anchor.granularity not in ("day", "month"):
        return False  # "For fiscal 1988 ... Sept. 30": a year is a frame of comparison
    years = anchor.interval[0].year - m.interval[0].year
    if years >= 0:
        return False
    try:
        start = _shift(m.interval[0], years)
    except ValueError:
        return False
    return anchor.interval[0] <= start and (start - anchor.interval[0]).days <= _RECENT_DAYS


def _yearless_past(m: TimeMention) -> bool:
    """A month (or a day of one) named without its year, read before the year of
    publication."""
    return (
        m.type == "DATE"
        and m.granularity in _YEARLESS_GRAINS
        and m.interval is not None
        and m.published is not None
        and not m.deictic
        and m.tense is not None  # its year was chosen, not written ("nineteen ninety-seven")
        and m.interval[0].year < m.published.year
        and bool(_MONTH_WORD.search(m.text) or _SEASON_WORD.search(m.text))
        and not _OWN_YEAR.search(m.text)
    )


def _long_past(m: TimeMention) -> bool:
    """Over half a year before publication: a month that recent is often written
    without its year ("cited in December" in an April piece), one further back is not."""
    return (m.published - m.interval[1].date()).days > _RECENT_DAYS


def _last_date(ms: tuple[TimeMention, ...]) -> TimeMention | None:
    dated = [m for m in ms if m.type == "DATE"]
    return dated[-1] if dated else None


def _in_year_of(m: TimeMention, anchor: TimeMention) -> TimeMention:
    if anchor.interval is None or anchor.granularity not in _ANCHOR_GRAINS:
        return m
    if anchor.signal.lower() == "since":
        return m  # "every year since 1990 ... in June": a span reaching publication
    year, was = anchor.interval[0].year, m.interval[0].year
    if year >= was:
        return m
    try:
        iv = (_shift(m.interval[0], year - was), _shift(m.interval[1], year - was))
    except ValueError:
        return m  # 29 February
    label = m.value.replace(str(was), str(year))
    if m.granularity == "day" and m.part is None:
        label = v_day(iv[0].date()).value
    return replace(
        m,
        timex=f"{year:04d}{m.timex[4:]}" if m.timex.startswith(str(was)) else m.timex,
        interval=iv,
        value=f"{label}{_OF_THE_STORY}{anchor.text})",
    )


def _shift(t: datetime, years: int) -> datetime:
    return t.replace(year=t.year + years)
