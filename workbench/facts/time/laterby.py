"""A count of units before "later" or "earlier", counted from a date told before
it: "The rebels attacked on Monday and two days later the army struck back"
(Wednesday), "Troops entered the city in 1995. Two years later, they withdrew"
(1997), "The talks began Feb. 2. Three weeks later they collapsed" (Feb. 23).

Read alone the count is a length ("two days", ``P2D``), which a comparison would
set against other lengths; the narrative means the day it lands on, and TimeML
values it so (a DATE spanning the count and "later"). The date counted from is
the nearest one before the phrase in its sentence, else, when the phrase leads
its sentence ("Two days later, ..."), the story's last day or date of an earlier
sentence (:attr:`.context.TimeContext.narrative_day`, the dates of the last
sentence that named any). The day a statement was made ("said Monday that two
days later ...") is not counted from, and a count set beside a date after a comma
restates that date ("not discovered until 2 October, 49 days later"): it stays a
length. With no such date the phrase keeps the
reading it had; "a day later", "a year earlier" in one sentence are read by
:mod:`.anaphora` already. The explanation says which date it was counted from.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..numwords import word_number
from .anaphora import _SAID_BEFORE, _anchor, _anchor_before, _as_date
from .base import Val, v_day, v_month, v_quarter, v_week, v_year
from .cal import add_months
from .mention import TimeMention

_LATER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|\d{1,3})\s+(?P<u>days?|weeks?|months?|years?|decades?)"
    r"\s+(?P<ea>later|earlier)\b(?!\s+than\b)",
    re.IGNORECASE,
)
# the phrase leads its sentence ("Two days later, ...", "But three weeks later the ...")
_LEADS = re.compile(r"^\W*(?:(?:and|but|then|just|only|some|about|nearly|almost)\s+)*$", re.I)
# a date and the count beside it after a comma: the count restates that date as
# reckoned from an earlier one ("until 2 October, 49 days later"), it does not move on
_APPOSED = re.compile(r"\s*[,(–—-]\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?")
# one such unit beside a date of its sentence is :mod:`.anaphora`'s to read ("a day
# later", "a year earlier"); "a week later", "a month earlier" read as a length there
# are counted here ("struck on Oct. 3, and a week later aid arrived")
_ONE_READ = ("day", "year")
_ANCHOR_UNIT = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}


def _step(anchor: TimeMention, unit: str, n: int) -> Val:
    """``anchor`` moved ``n`` units (negative: back), valued at its own grain."""
    d = anchor.interval[0].date()
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "day":
        d += timedelta(days=n)
    elif unit == "week":
        d += timedelta(weeks=n)
    elif unit == "month":
        y, mo = add_months(d.year, d.month, n)
        d = d.replace(year=y, month=mo, day=min(d.day, 28))
    else:
        d = d.replace(year=d.year + n, day=min(d.day, 28) if d.month == 2 else d.day)
    gran = anchor.granularity
    if gran in ("day", "partofday"):
        return v_day(d)
    if gran in ("week", "weekend"):
        return v_week(d, deictic=False)
    if gran == "month":
        return v_month(d.year, d.month)
    if gran == "quarter":
        return v_quarter(d.year, (d.month - 1) // 3 + 1)
    return v_year(d.year)


# the phrase closes a sentence that names no date of its own, right after a sentence
# that wrote a calendar date ("A man was arrested in Rotterdam in April. British police
# arrested a 19-year-old in Salford a month earlier."): the story's clock, that date,
# not publication (session 38); not a base of comparison ("up 5% from a month
# earlier"), nor a date told sentences before ("furious over his firing four days
# earlier" two sentences after "on Tuesday": the firing is counted from the shooting)
_CLOSES = re.compile(r"[\s.!?\"”’')]*$")
_BASE_BEFORE = re.compile(r"\b(?:from|than|on|over|since|with|to|versus|vs\.?)\s+$", re.I)


def _closes_undated(text: str, out: list[TimeMention], p: re.Match) -> bool:
    """The phrase ends its sentence, which tells no other time, and is no base of a
    comparison: it is counted from the date told before the sentence."""
    return (
        bool(_CLOSES.match(text, p.end()))
        and all(p.start() <= m.start and m.end <= p.end() for m in out)
        and not _BASE_BEFORE.search(text, max(0, p.start() - 12), p.start())
    )


def _anchor_in(
    text: str,
    out: list[TimeMention],
    p: re.Match,
    unit: str,
    before: tuple[TimeMention, ...],
    narrative: TimeMention | None,
    closes: bool = False,
) -> TimeMention | None:
    if any(m.type == "DATE" and _APPOSED.fullmatch(text, m.end, p.start()) for m in out):
        return None  # "not discovered until 2 October, 49 days later": restates that day
    told = [m for m in out if m.type == "DATE" and not _SAID_BEFORE.search(text, 0, m.start)]
    if any(m.end <= p.start() for m in told):
        if any(m.part for m in told) or (word_number(p.group("n")) == 1 and unit in _ONE_READ):
            return None  # "in late March ... a year earlier": :mod:`.anaphora`'s, or nobody's
        return _anchor(told, p.start(), _ANCHOR_UNIT[unit])
    if closes:
        return _anchor_before(before, _ANCHOR_UNIT[unit])
    if any(m.end <= p.start() for m in out) or not _LEADS.match(text[: p.start()]):
        return None  # only a statement's day before it, or the phrase is inside a clause
    if unit in ("day", "week"):
        return narrative
    return _anchor_before(before, _ANCHOR_UNIT[unit])


def units_later(
    text: str,
    ms: list[TimeMention],
    before: tuple[TimeMention, ...] = (),
    narrative: TimeMention | None = None,
    just_told: bool = False,
) -> list[TimeMention]:
    """Read "two days later", "three years earlier" as the date counted from the
    date told before them (see the module docstring); the length read inside the
    phrase is replaced."""
    if "later" not in text and "earlier" not in text:
        return ms
    out = list(ms)
    for p in _LATER.finditer(text):
        inside = [m for m in out if m.start < p.end() and p.start() < m.end]
        closes = just_told and _closes_undated(text, out, p)
        if any(m.start < p.start() or m.end > p.end() for m in inside) or any(
            m.type == "DATE" and not closes for m in inside
        ):
            continue  # read already ("a day later"), or part of something else
        n = word_number(p.group("n"))
        if n is None or n < 1 or n != int(n):
            continue
        unit = p.group("u").lower().rstrip("s")
        anchor = _anchor_in(text, out, p, unit, before, narrative, closes)
        if anchor is None or anchor.interval is None:
            continue
        step = int(n) if p.group("ea").lower() == "later" else -int(n)
        new = _as_date(p, anchor, _step(anchor, unit, step))
        out = sorted([m for m in out if m not in inside] + [new], key=lambda m: m.start)
    return out
