"""Times counted from a date the sentence has just named: "On May 22, 1995, he was
promoted, and the following year he was posted abroad" (1996), "arrested on
March 3 and charged the next day" (March 4), "in 1988 ... that year" (1988),
"sales rose in 1989 from the previous year" (1988).

TimeML values them from that date, and so does the editor: read from the
publication date they would be wrong, and unread they could not be compared.
With no such date before it in the sentence the phrase keeps the reading it
had ("the next day" a one-day window from publication; "the following year"
nothing). "The next week/month/year" and a phrase after "over", "within",
"during", "for" stay windows from publication ("growth over the next year").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from .base import Val, v_day, v_month, v_quarter, v_season, v_week, v_weekend, v_year
from .cal import add_months, fmt_day
from .focusday import news_day
from .lex import PARTS_OF_DAY, POD_NAMES
from .mention import TimeMention

_PHRASE = re.compile(
    r"\b(?:the\s+(?P<dir>following|next|previous|preceding|prior)|(?P<that>that)(?:\s+same)?)\s+"
    r"(?P<u>day|weekend|week|month|quarter|year|spring|summer|autumn|fall|winter)\b"
    r"(?!['’]s|-|\s+(?:or|and|of|to|before|after)\b)",
    re.IGNORECASE,
)
_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_WINDOW_BEFORE = re.compile(r"\b(?:over|within|during|for|through|throughout)\s+$", re.IGNORECASE)
_RANK = {"day": 0, "partofday": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4}
_RANK |= {"season": 4}  # a season is counted from its year ("In 1994 ... that spring")
_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


def anchored(
    text: str, ms: list[TimeMention], before: tuple[TimeMention, ...] = ()
) -> list[TimeMention]:
    """Add or re-read the phrases counted from a date named before them: in the
    sentence, else among ``before``, the dates of the last earlier sentence that
    named any ("In March, it got an offer. ... The following month, it put itself
    up for sale"; "the second quarter ... Results for that quarter")."""
    if not _UNIT_WORD.search(text):
        return ms
    out = list(ms)
    for p in _PHRASE.finditer(text):
        unit = p.group("u").lower()
        step = _STEP.get((p.group("dir") or "").lower(), 0)
        if unit in _SEASON:
            if not p.group("that"):
                continue  # "the following spring": which spring is a reader's guess
            unit = "season"
        ahead = p.group("dir") and p.group("dir").lower() == "next" and unit != "day"
        if ahead and _LOOKS_AHEAD.search(text, 0, p.start()):
            continue  # "prices will rise the next year": a window from publication
        window = _WINDOW_BEFORE.search(text, max(0, p.start() - 12), p.start())
        if window and p.group("dir") and unit != "day":
            continue  # "over the following year": a span, not a date
        anchor = _anchor(out, p.start(), unit)
        if (
            anchor is None
            and not any(m.type == "DATE" and m.end <= p.start() for m in out)
            and (not p.group("that") or _LEADS_THAT.search(text, 0, p.start()))
        ):
            anchor = _anchor_before(before, unit)
        if anchor is None or (ahead and not _told_before(anchor)):
            continue  # "the next year" counts from a date of a story told, else a window
        same = [m for m in out if m.start < p.end() and p.start() < m.end]
        if same and not (len(same) == 1 and (same[0].start, same[0].end) == p.span()):
            continue  # read as part of something else
        new = _counted(text, p, anchor, unit, step)
        out = sorted([m for m in out if m not in same] + [new], key=lambda m: m.start)
    return out


# a future or a modal before "the next year": a window ahead of publication
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|'ll|’ll|expects?|expected|forecasts?|predicts?|plans?|hopes?|could"
    r"|may|might|should|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)


def _told_before(anchor: TimeMention) -> bool:
    """A date of a story told, over by publication ("The accord was signed in 1995.
    The next year, fighting resumed"; "arrested on Jan. 5 ... the next week")."""
    pub = anchor.published
    return pub is not None and anchor.interval is not None and anchor.interval[1].date() <= pub


def _anchor(ms: list[TimeMention], pos: int, unit: str) -> TimeMention | None:
    """The nearest date before ``pos`` fine enough to count ``unit`` from."""
    for m in reversed(ms):
        if m.end > pos:
            continue
        if m.type == "DATE" and m.interval is not None and m.granularity in _RANK:
            return m if _RANK[m.granularity] <= _RANK[unit] else None
        if m.type == "DATE":
            return None  # the nearest date is not one to count from
    return None


_UNIT_WORD = re.compile(r"day|week|month|quarter|year|spring|summer|autumn|fall|winter", re.I)


# "that year" leads its own phrase only at the start or after a preposition ("Results
# for that quarter", "That year, ..."); after a verb "that" opens a clause ("and that
# day one motions had been filed")
_LEADS_THAT = re.compile(
    r"(?:^|\b(?:in|on|for|during|of|since|until|by|from|to|at|after|before|later|earlier"
    r"|early|late|throughout|within)\s+)$",
    re.IGNORECASE,
)


def _anchor_before(ms: tuple[TimeMention, ...], unit: str) -> TimeMention | None:
    """The last of an earlier sentence's dates in the unit itself ("that quarter"
    after "the second quarter ended Oct. 31" is the quarter, not the day): the day a
    report was made ("said Tuesday") says nothing of which month "the previous month"
    is. A date of the narrative, away from publication, is what a reader counts a
    coarser unit from ("The ship sank on Jan. 28. ... That week", "In 1994 ... That
    spring")."""
    dated = [m for m in ms if m.type == "DATE" and m.interval is not None]
    same = [m for m in dated if m.granularity == unit or (unit == "season" == m.granularity)]
    if same:
        return same[-1]
    finer = [
        m
        for m in dated
        if m.granularity in _RANK and _RANK[m.granularity] <= _RANK[unit] and not news_day(m)
    ]
    return finer[-1] if finer else None


def _counted(text: str, p: re.Match, anchor: TimeMention, unit: str, step: int) -> TimeMention:
    d = anchor.interval[0].date()
    if unit == "quarter":
        q = (d.month - 1) // 3 + step
        v = v_quarter(d.year + q // 4, q % 4 + 1)
    elif unit == "day":
        v = v_day(d + timedelta(days=step))
    elif unit == "season":
        code = _SEASON[p.group("u").lower()]
        winter_end = code == "WI" and anchor.granularity != "year" and d.month < 3
        v = v_season(d.year - winter_end, code)  # "Feb. 3, 1996 ... that winter": 1995-96
    elif unit == "weekend":
        v = v_weekend(d + timedelta(weeks=step), deictic=False)
    elif unit == "week":
        v = v_week(d + timedelta(weeks=step), deictic=False)
    elif unit == "month":
        v = v_month(*add_months(d.year, d.month, step))
    else:
        v = v_year(d.year + step)
    return _as_date(p, anchor, v)


def _as_date(p: re.Match, anchor: TimeMention, v: Val, note: str = "") -> TimeMention:
    """The phrase ``p`` as the date ``v`` counted from ``anchor``."""
    return replace(
        anchor,
        start=p.start(),
        end=p.end(),
        text=p.group(0),
        type="DATE",
        timex=v.timex,
        interval=v.interval,
        granularity=v.gran,
        modifier=None,
        part=None,
        signal="",
        value=note or f"{v.value} (counted from {anchor.text})",
        tense=None,
        deictic=False,
        fields=(),
        clock=(),
        tz=None,
        amount=None,
        needs_published=False,
    )


_WEEKDAY_NUM = {
    w: i
    for i, w in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1
    )
}
# "the previous Friday", "the following Tuesday", "the day before", "the day after",
# "on the same day", "a day earlier", "one day later":
# a day counted from the day the sentence (or else the report) is about.
_DAY_PHRASE = re.compile(
    r"\b[Tt]he\s+(?:(?P<dir>previous|preceding|prior|following|next)\s+"
    r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\w'’-])"
    r"|day\s+(?P<ba>before|after)(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b))"
    r"|(?P<same>same\s+day)\b(?!\s+(?:as|that)\b))"
    r"|\b(?:[Aa]|[Oo]ne)\s+day\s+(?P<ea>earlier|later)\b(?!\s+than\b)"
)


def days_counted(text: str, ms: list[TimeMention], focus: TimeMention | None) -> list[TimeMention]:
    """Add "the previous Friday" (the Friday before the day named last: in this
    sentence, else the report's day ``focus``), "the day after" and "a day later"
    (the day after it),
    "the same day" (that day; not "the same day as ...", "the same day that ...").
    With no such day the phrase stays unread ("the following Tuesday" keeps the
    weekday's own reading): from publication it would be a guess."""
    if "the" not in text and "day" not in text:
        return ms
    out = list(ms)
    for p in _DAY_PHRASE.finditer(text):
        same = [m for m in out if m.start < p.end() and p.start() < m.end]
        if any(m.start < p.start() or m.end > p.end() for m in same):
            continue  # read as part of something else ("Tuesday" alone is replaced)
        before = [m for m in out if m.end <= p.start()]
        anchor = _anchor(before, p.start(), "day") or focus
        if anchor is None or anchor.interval is None or anchor.granularity not in _RANK:
            continue  # "Tuesday" alone keeps the reading it had
        out = [m for m in out if m not in same]
        d = anchor.interval[0].date()
        step = 1
        if p.group("same"):
            step = 0
        elif (p.group("dir") or p.group("ba") or p.group("ea")).lower() in _BACK:
            step = -1
        if p.group("wd"):
            wd = _WEEKDAY_NUM[p.group("wd").lower()]
            gap = (wd - d.isoweekday()) * step % 7 or 7  # a week on when it is that day
            d += timedelta(days=step * gap)
        else:
            d += timedelta(days=step)
        v = v_day(d)
        new = replace(
            _counted(text, p, anchor, "day", 0),
            timex=v.timex,
            interval=v.interval,
            value=f"{v.value} (counted from {anchor.text})",
        )
        out = sorted([*out, new], key=lambda m: m.start)
    return out


_BACK = ("previous", "preceding", "prior", "before", "earlier")

# "That night, rebels shelled the town", "the next morning", "later that evening": a
# part of the day named before (in the sentence, else the narrative's last day)
_PART_PHRASE = re.compile(
    r"\b(?:(?P<that>[Tt]hat)(?:\s+same)?|[Tt]he\s+(?P<dir>next|following|previous))\s+"
    r"(?P<pod>morning|afternoon|evening|night)\b(?!['’]s|-|\s+(?:of|before|after|and|or)\b)"
)


_POD_WORD = re.compile(r"morning|afternoon|evening|night")
# "ended that afternoon.", "died that night in hospital": after a verb "that" still
# leads the phrase when nothing a clause would need follows it (not "warned that
# night would fall")
_ADVERBIAL_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:and|but|when|as|while|in|at|after|before|with|near"
    r"|outside|inside|on|to|from|for|because|until)\b",
    re.IGNORECASE,
)


def parts_counted(text: str, ms: list[TimeMention], focus: TimeMention | None) -> list[TimeMention]:
    """Add "that night", "the next morning", "the previous evening" as that part of
    the day named last (this sentence first, else ``focus``): "The army moved in on
    Feb. 12. That night, rebels shelled the town" is the night of Feb. 12. "That"
    leads the phrase only at the start or after a preposition ("warned that night
    would fall" is a clause); with no day to count from the phrase stays unread."""
    if not _POD_WORD.search(text):
        return ms
    out = list(ms)
    for p in _PART_PHRASE.finditer(text):
        if any(m.start < p.end() and p.start() < m.end for m in out):
            continue  # read already
        if p.group("that") and not (
            _LEADS_THAT.search(text, 0, p.start()) or _ADVERBIAL_AFTER.match(text, p.end())
        ):
            continue
        anchor = _anchor([m for m in out if m.end <= p.start()], p.start(), "day") or focus
        if (
            anchor is None
            or anchor.interval is None
            or anchor.granularity not in ("day", "partofday")
        ):
            continue
        step = _STEP.get((p.group("dir") or "").lower(), 0)
        d = anchor.interval[0].date() + timedelta(days=step)
        code, a, b = PARTS_OF_DAY[p.group("pod").lower()]
        start = datetime.combine(d, time()) + timedelta(hours=a)
        new = replace(
            _counted(text, p, anchor, "day", 0),
            timex=f"{d.isoformat()}T{code}",
            interval=(start, start + timedelta(hours=b - a)),
            granularity="partofday",
            value=f"{fmt_day(d)}, {POD_NAMES[code]} (counted from {anchor.text})",
        )
        out = sorted([*out, new], key=lambda m: m.start)
    return out


# "a year earlier", "a month later": one unit from a date the sentence names
_ONE_OFF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<u>week|month|year)\s+(?P<ea>earlier|later)\b(?!\s+than\b)"
)
# the day a statement was made ("the company said Friday that ..."): not what it tells of
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|told\s+\w+|added|disclosed)\s+(?:on\s+)?$", re.I
)


def one_unit_off(text: str, ms: list[TimeMention], published: date | None) -> list[TimeMention]:
    """'On Aug. 12 ... a year earlier' (Aug. 12 of the year before), 'in March 2015 ...
    a month later' (April 2015): one unit from the date named before it, at that
    date's own grain, as TimeML values them. The day a statement was made ("said
    Friday that profit fell from a year earlier") is not counted from: with only
    such days in the sentence, 'a year earlier' is the year before publication, as
    with none. A date coarser than the unit ("in 2015 ... a month earlier") leaves
    the phrase unread."""
    if "earlier" not in text and "later" not in text:
        return ms
    out = list(ms)
    for p in _ONE_OFF.finditer(text):
        if any(m.start < p.end() and p.start() < m.end for m in out):
            continue  # read already ("the quarter a year earlier")
        unit, step = p.group("u").lower(), 1 if p.group("ea").lower() == "later" else -1
        told = [m for m in out if m.type == "DATE" and not _SAID_BEFORE.search(text, 0, m.start)]
        if any(m.part for m in told):
            continue  # "in late March ... from a year earlier": left as it was (:mod:`.yearago`)
        anchor = _anchor(told, p.start(), unit)
        if anchor is not None:
            new = _as_date(p, anchor, _shifted(anchor, unit, step))
        elif not told and published is not None and unit == "year" and step < 0:
            v = v_year(published.year - 1)
            new = replace(_as_date(p, out[0], v, f"{v.value} (the year before publication)"))
            new = replace(new, published=published, deictic=True)
        else:
            continue
        out = sorted([*out, new], key=lambda m: m.start)
    return out


def _shifted(anchor: TimeMention, unit: str, step: int) -> Val:
    """``anchor`` moved ``step`` units, valued at its own grain."""
    d = anchor.interval[0].date()
    if unit == "year":
        d = d.replace(year=d.year + step, day=min(d.day, 28) if d.month == 2 else d.day)
    elif unit == "month":
        y, mo = add_months(d.year, d.month, step)
        d = d.replace(year=y, month=mo, day=min(d.day, 28))
    else:
        d += timedelta(weeks=step)
    gran = anchor.granularity
    if gran in ("day", "partofday"):
        return v_day(d)
    if gran == "week":
        return v_week(d, deictic=False)
    if gran == "month":
        return v_month(d.year, d.month)
    if gran == "quarter":
        return v_quarter(d.year, (d.month - 1) // 3 + 1)
    return v_year(d.year)


# "saying at the time he was willing": the time of the statement told before
_SAID_AT = re.compile(
    r"\b(?:said|saying|says|told|telling|wrote|added|insisted|argued)\b[^,.;]{0,12}\bat\s+$",
    re.IGNORECASE,
)


def the_time_told(text: str, start: int, end: int) -> bool:
    """Is "the time" / "that time" after "at" (``text[start:end]``) the time a story
    has told of ("At the time, no one knew", "saying at the time he was willing"),
    a vague past reference, rather than the time a clause after it defines ("At the
    time Howes was captured, ...")? Ending its clause, or after a statement verb."""
    if re.match(r"\s*(?:[,.;:)]|$)", text[end:]):
        return True
    return bool(_SAID_AT.search(text, max(0, start - 30), start))
