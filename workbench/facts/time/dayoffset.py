"""A day counted on from a day named beside it: "a week on Monday", "Tuesday
week", "two weeks from Friday", "a fortnight on Saturday", "a week tomorrow",
"three days after Monday"; and back, "a week ago Monday". A day named otherwise
(a holiday, a date) with a count of days or weeks and "after" or "before" right
before it is the day so counted ("the day after Thanksgiving", "two days before
Christmas", "a week after March 3"; session 31: the named day itself was read).
"This time last year", "the same time next week" are about the publication day a
year or a week off (its month a year off, a month either side; the day a week or a
month off, a day either side): "last year" alone was the whole year.

The weekday alone would be read by tense around the publication date; with a
count before it ("a week on ...", "... from ...", "... after ...") or "week"
after it (British "Tuesday week") it is the coming such day and the count is
added to it, so the expression is one day ahead. "A week today" and "a week
tomorrow" count from those days; in a past clause "a week yesterday" and "a
week today" count back ("he died a week yesterday"). The mention takes the
whole extent and says which day it was counted from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..lexicon import WEEKDAYS
from ..numwords import word_number
from .cal import add_months, day_iv, fmt_day, month_iv
from .mention import TimeMention
from .tense import tense_at, tense_cues

_COUNT_BEFORE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<u>days?|weeks?|fortnights?)\s+(?:(?P<p>on|from|after)\s+)?$",
    re.IGNORECASE,
)
# "Tuesday week" ends its phrase: "meet on Tuesday week to talk", not "Monday week two of"
_WEEK_AFTER = re.compile(
    r"\s+(?P<u>week|fortnight)"  # "Friday fortnight" (session 32) as "Friday week"
    r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|but|at|in|on|when|to|for|if|unless)\b)"
)
_AGO_BEFORE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<u>days?|weeks?|fortnights?)\s+ago\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FROM_A_DAY = re.compile(
    r"\b(?:the\s+(?P<the>day)|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2})\s+(?P<u>days?|weeks?|fortnights?))\s+(?P<p>after|before)\s+$",
    re.IGNORECASE,
)
_THIS_TIME = re.compile(r"\b(?:(?P<by>by)\s+)?(?P<t>this|the\s+same)\s+time\s+$", re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_DEICTIC_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _count(m: re.Match) -> int | None:
    n = m.group("n").lower()
    k = 1 if n in ("a", "an") else word_number(n)
    if k is None or k < 1:
        return None
    return int(k) * _UNIT_DAYS[m.group("u").lower().rstrip("s")]


def _coming(pub: date, wd: int) -> date:
    """The named weekday after publication day (news says "today" for its own day)."""
    return pub + timedelta(days=(wd - pub.isoweekday() - 1) % 7 + 1)


def _last(pub: date, wd: int) -> date:
    """The named weekday before publication day."""
    return pub - timedelta(days=(pub.isoweekday() - wd - 1) % 7 + 1)


def _counted(m: TimeMention, start: int, d: date, base: date, text: str) -> TimeMention:
    label = f"{fmt_day(d)} (counted from {fmt_day(base)}, published {fmt_day(m.published)})"
    mod = m.modifier
    if mod in ("after", "before") and re.search(rf"\b{mod}\b", text[start : m.start], re.I):
        mod = None  # "three days after Monday": the word counts the days, it bounds nothing
    return replace(
        m,
        modifier=mod,
        start=start,
        text=text[start : m.end],
        type="DATE",
        timex=d.isoformat(),
        interval=day_iv(d),
        granularity="day",
        value=label,
        deictic=True,
        part=None,
    )


def _one(text: str, m: TimeMention) -> TimeMention | None:
    if m.type != "DATE" or m.granularity != "day" or m.interval is None or m.published is None:
        return None
    word = m.text.lower()
    pub = m.published
    if text.startswith(("'s", "’s"), m.end):
        return None  # "three days from today's vote": the count runs from the vote
    if word not in WEEKDAYS and word not in _DEICTIC_DAYS:
        return _from_a_named_day(text, m)
    before = _COUNT_BEFORE.search(text, max(0, m.start - 40), m.start)
    ago = _AGO_BEFORE.search(text, max(0, m.start - 40), m.start)
    if word in WEEKDAYS and ago is not None:  # American "a week ago Monday": counted back
        base, days = _last(pub, WEEKDAYS[word]), _count(ago)
        if days is None:
            return None
        return _counted(m, ago.start(), base - timedelta(days), base, text)
    if word in WEEKDAYS:
        base = _coming(pub, WEEKDAYS[word])
        if before is not None and before.group("p"):
            days = _count(before)
            if days is None:
                return None
            return _counted(m, before.start(), base + timedelta(days), base, text)
        after = _WEEK_AFTER.match(text, m.end)
        if after is not None and m.text[0].isupper():
            grown = replace(m, end=after.end())
            days = _UNIT_DAYS[after.group("u")]
            return _counted(grown, m.start, base + timedelta(days=days), base, text)
        return None
    if word in _DEICTIC_DAYS and before is not None:
        days = _count(before)
        if days is None:
            return None
        base = pub + timedelta(days=_DEICTIC_DAYS[word])
        past = tense_at(text, tense_cues(text), m.start, m.end) == "past"
        back = word == "yesterday" or (not before.group("p") and past)
        d = base - timedelta(days) if back else base + timedelta(days)
        return _counted(m, before.start(), d, base, text)
    return None


def _from_a_named_day(text: str, m: TimeMention) -> TimeMention | None:
    """'the day after Thanksgiving', 'two days before Christmas', 'a week after March 3'."""
    c = _FROM_A_DAY.search(text, max(0, m.start - 40), m.start)
    if c is None:
        return None
    days = 1 if c.group("the") else _count(c)
    if days is None:
        return None
    base = m.interval[0].date()
    sign = 1 if c.group("p").lower() == "after" else -1
    return _counted(m, c.start(), base + timedelta(days=sign * days), base, text)


def _this_time(text: str, m: TimeMention) -> TimeMention | None:
    """'this time last year' (its month a year back), 'the same time next week'."""
    words = m.text.lower().split()
    if len(words) != 2 or words[0] not in ("last", "next") or m.published is None:
        return None
    t = _THIS_TIME.search(text, max(0, m.start - 20), m.start)
    if t is None or words[1] not in ("year", "month", "week"):
        return None
    pub, sign = m.published, 1 if words[0] == "next" else -1
    common = {"start": t.start("t"), "text": text[t.start("t") : m.end], "deictic": True}
    mod = "by" if t.group("by") else "around"
    said = " ".join(common["text"].lower().split())  # the modifier's word is shown before
    if words[1] == "year":
        y = pub.year + sign
        label = f"{date(y, pub.month, 1):%B %Y} ({said})"
        return replace(
            m,
            **common,
            type="DATE",
            timex=f"{y:04d}-{pub.month:02d}",
            granularity="month",
            interval=month_iv(y, pub.month),
            value=label,
            modifier=mod,
        )
    if words[1] == "month":
        y, mo = add_months(pub.year, pub.month, sign)
        d = date(y, mo, min(pub.day, 28))
    else:
        d = pub + timedelta(days=7 * sign)
    label = f"{fmt_day(d)} ({said})"
    return replace(
        m,
        **common,
        type="DATE",
        timex=d.isoformat(),
        granularity="day",
        interval=day_iv(d),
        value=label,
        modifier=mod,
    )


def counted_from_a_day(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each weekday, 'today' or 'tomorrow' with a count before it (or 'week' after a
    weekday) becomes the one day it points to; a duration inside its extent is dropped."""
    out: list[TimeMention] = []
    for m in ms:
        new = _one(text, m) or _this_time(text, m)
        if new is None:
            out.append(m)
            continue
        out = [p for p in out if p.end <= new.start]
        out.append(new)
    return out
