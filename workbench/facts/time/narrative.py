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

The month or year of a story's date is also what a past clause means by "the
month" or "the year" after it ("The earthquake struck on Oct. 3. By the end of the
month, 500 had died": October; "founded in March 2001 ... later in the year": 2001),
where "this month" would be the publication's (:func:`units_of_the_story`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ..lexicon import MONTH_ALT
from .base import v_day, v_decade, v_month, v_year
from .cal import fmt_interval, narrow
from .mention import TimeMention
from .tense import tense_at, tense_cues

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


# "the end of the month", "later in the year": the unit without "this", which a past
# clause after a story's date takes from that date
_UNIT_OF_STORY = re.compile(
    r"(?:the\s+)?(?:(?P<part>start|beginning|end|close|middle)\s+of|(?P<el>earlier|later)\s+in)"
    r"\s+the\s+(?P<u>month|year|decade)",
    re.IGNORECASE,
)
# the story's date is written out: a month, a season or a year in digits
_WRITES_A_DATE = re.compile(
    rf"\d{{4}}|\b(?:{MONTH_ALT}|spring|summer|autumn|fall|winter)(?![a-z])", re.IGNORECASE
)
_PARTS = {"start": "start of", "beginning": "start of", "end": "end of", "close": "end of"}
_FINER = {
    "month": ("day", "partofday", "month"),
    "year": ("day", "partofday", "month", "season", "quarter", "half", "year"),
    "decade": ("day", "partofday", "month", "season", "quarter", "half", "year", "decade"),
}


def units_of_the_story(
    text: str, ms: list[TimeMention], before: tuple[TimeMention, ...]
) -> list[TimeMention]:
    """Re-read "the end of the month", "later in the year" in a past clause as the
    month or year of the date told just before (in the sentence, else the last earlier
    sentence's), when that is not publication's."""
    out: list[TimeMention] = []
    cues = None
    for m in ms:
        p = _UNIT_OF_STORY.fullmatch(m.text)
        unit = p.group("u").lower() if p else ""
        dated = [d for d in out if d.type == "DATE" and d.end <= m.start]
        anchor = (dated[-1] if dated else _last_date(before)) if p else None
        if (
            anchor is None
            or anchor.interval is None
            or anchor.granularity not in _FINER[unit]
            or m.published is None
            or not _WRITES_A_DATE.search(anchor.text)  # not "a year ago": a frame of comparison
            or _in_publications(anchor, unit, m.published)
        ):
            out.append(m)
            continue
        cues = tense_cues(text) if cues is None else cues
        past = tense_at(text, cues, m.start, m.end) == "past"
        out.append(_of_the_story(m, p, anchor) if past else m)
    return out


def _in_publications(anchor: TimeMention, unit: str, published) -> bool:
    a = anchor.interval[0]
    if unit == "decade":  # "In the 1990s ... by the end of the decade", told in 2000
        return a.year // 10 == published.year // 10
    return a.year == published.year and (unit == "year" or a.month == published.month)


def _of_the_story(m: TimeMention, p: re.Match, anchor: TimeMention) -> TimeMention:
    a = anchor.interval[0]
    unit = p.group("u").lower()
    v = v_month(a.year, a.month) if unit == "month" else v_year(a.year)
    v = v_decade(a.year // 10 * 10) if unit == "decade" else v
    lo, hi = v.interval
    if p.group("el"):
        later = p.group("el").lower() == "later"
        iv = (anchor.interval[1], hi) if later else (lo, anchor.interval[0])
        word = f"{p.group('el').lower()} in"
    else:
        word = _PARTS.get(p.group("part").lower(), "mid")
        iv = narrow((lo, hi), word)
    if iv[0] >= iv[1]:
        return m
    label = f"{word} {v.value} ({fmt_interval(*iv)}, the {p.group('u').lower()} of {anchor.text})"
    return replace(m, timex=v.timex, interval=iv, value=label, granularity=v.gran, deictic=False)
