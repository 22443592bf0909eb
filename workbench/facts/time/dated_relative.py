"""A relative day written with its date beside it: "tonight's (August 4)
concert", "tomorrow (Monday, August 3)", "this morning, 4 August," (session 42,
a user trial on real copy).

The writer says which day the relative word means, and the date is the
reading: a piece published on 2 August about "tonight's (August 4)" concert
was filed for the day it names, or the desk's publication date is off. Read
from publication alone, "tonight" was the 2nd and "August 4" - its year left
to the tense of a past sentence - 4 August of the year before, so the one day
was read as two, each against the other reports' days. Here the relative word
takes the date's day, its part of the day kept ("tonight" is that date's
night), and is no longer counted from publication; a date written without its
year takes the year that puts it nearest the relative word's day. A relative
word and a date apart in the sentence, or a bracket holding more than a date,
are left as they are (:mod:`.apposed` reads the weekday beside a relative word
in an undated report).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .cal import fmt_day
from .mention import TimeMention

# "tonight's (", "tomorrow (", "this morning, " between the relative word and the date
_BETWEEN = re.compile(r"(?:['’]s)?\s*(?P<open>\(|,)\s*(?:on\s+)?")
_RELATIVE = re.compile(
    r"(?:yesterday|today|tomorrow|tonight|last\s+night|(?:this|yesterday|tomorrow)\s+"
    r"(?:morning|afternoon|evening|night))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")


def _day(m: TimeMention) -> date | None:
    if m.type != "DATE" or m.interval is None:
        return None
    return m.interval[0].date()


def _moved(m: TimeMention, days: int, to: date) -> TimeMention:
    """``m`` moved by ``days``, its reading naming the day ``to``."""
    shift = timedelta(days=days)
    assert m.interval is not None
    old = fmt_day(m.interval[0].date())
    value = fmt_day(to) + m.value[len(old) :] if m.value.startswith(old) else fmt_day(to)
    timex = to.isoformat() + m.timex[10:] if re.match(r"\d{4}-\d\d-\d\d", m.timex) else m.timex
    return replace(
        m,
        interval=(m.interval[0] + shift, m.interval[1] + shift),
        value=value,
        timex=timex,
        deictic=False,
        needs_published=False,
    )


def _nearest_year(d: TimeMention, near: date) -> TimeMention:
    """A date written without its year in the year nearest ``near``."""
    day = _day(d)
    if day is None or _YEAR.search(d.text) or ", not a" in d.value:
        return d
    try:
        options = [day.replace(year=y) for y in (near.year - 1, near.year, near.year + 1)]
    except ValueError:  # 29 February
        return d
    best = min(options, key=lambda o: abs((o - near).days))
    return d if best == day else _moved(d, (best - day).days, best)


def relatives_with_their_dates(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each relative day read from publication with a date apposed to it, read
    as that date."""
    out = list(ms)
    for i in range(len(out) - 1):
        rel, d = out[i], out[i + 1]
        at = _day(rel)
        if at is None or not rel.deictic or not _RELATIVE.fullmatch(rel.text):
            continue
        between = _BETWEEN.fullmatch(text, rel.end, d.start)
        if between is None or d.deictic or d.granularity != "day":
            continue
        tail = r"\s*\)" if between.group("open") == "(" else r"\s*(?:,|$)"
        if not re.match(tail, text[d.end :]):
            continue
        d = _nearest_year(d, at)
        to = _day(d)
        if to is None or to == at or abs((to - at).days) > 7:
            out[i + 1] = d
            continue
        out[i], out[i + 1] = _moved(rel, (to - at).days, to), d
    return out
