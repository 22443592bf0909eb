""" "The day" of a report is the day the report is about: the one named before
it ("closed at their lowest levels on Monday ... to end the day at 7,114",
"Ford said on Tuesday that ... before declining later in the day"), not the
publication day a morning paper prints it on.

:func:`.rel.r_the_day` values "the day", "later in the day", "the start of
the day" as the publication day with a day's leeway; here they take the last
single day named before them in the same sentence, or else the first day the
document named (its lede's: "On Friday, the yen fell" said in passing later
does not move the report's day; :class:`.context.TimeContext` carries it)
when that day lies within a week of publication (a report's news day, not the
date of a past event it recalls). The explanation then names that day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .cal import fmt_day
from .mention import TimeMention

_THE_DAY_RE = re.compile(
    r"(?:(?:late|early|later|earlier)\s+in\s+)?the\s+day"
    r"|(?:the\s+)?(?:start|beginning|end|close|rest|remainder)\s+of\s+the\s+day",
    re.IGNORECASE,
)
NEWS_DAYS = 7  # how far from publication a day named earlier may be the report's day


def is_the_day(m: TimeMention) -> bool:
    """A mention of "the day" of a report, valued from the publication date."""
    return m.deictic and m.granularity == "day" and bool(_THE_DAY_RE.fullmatch(m.text))


def named_day(m: TimeMention) -> bool:
    """A single day the text names ("on Monday", "March 3", "yesterday")."""
    return (
        m.type == "DATE"
        and m.granularity == "day"
        and m.interval is not None
        and m.modifier is None
        and m.part is None
        and not is_the_day(m)
    )


def day_part(m: TimeMention) -> bool:
    """A part of one day the text names ("yesterday afternoon", "Tuesday night")."""
    return (
        m.type == "DATE"
        and m.granularity == "partofday"
        and m.interval is not None
        and m.modifier in (None, m.part)
    )


def news_day(m: TimeMention | None) -> TimeMention | None:
    """``m`` if it may stand for the report's day in later sentences."""
    if m is None or m.published is None or m.interval is None:
        return None
    return m if abs((m.interval[0].date() - m.published).days) <= NEWS_DAYS else None


def the_day_in_focus(ms: list[TimeMention], earlier: TimeMention | None) -> list[TimeMention]:
    """Each "the day" moved to the day named before it (this sentence first)."""
    focus = earlier
    out = []
    for m in ms:
        if is_the_day(m) and focus is not None:
            m = _moved(m, focus.interval[0].date(), focus.text)
        elif named_day(m):
            focus = m
        out.append(m)
    return out


def clocks_on_the_day(ms: list[TimeMention], lede: TimeMention | None) -> list[TimeMention]:
    """A clock time or part of the day in a sentence that names no day of its own
    ("The blast came at 4:10 p.m.", "By mid afternoon, ...") takes, in ``timex``
    only, the day the document's lede named, as TimeML anchors it (MEANTIME and
    TimeBank value such a time on the report's day). ``interval`` stays empty and
    ``day_from`` says where the day came from: the comparison and the aligner keep
    reading the time of day with its day unstated (:meth:`.family.TimeFamily.evidence`)."""
    if any(_a_day(m) for m in ms):
        return ms
    if lede is not None and lede.interval is not None:
        day, named = lede.interval[0].date(), lede.text
    else:
        pubs = [m.published for m in ms if m.published is not None]
        if not pubs:
            return ms
        day, named = pubs[0], "publication"
    return [
        replace(m, timex=day.isoformat() + m.timex, day_from=named) if _undated_clock(m) else m
        for m in ms
    ]


def _a_day(m: TimeMention) -> bool:
    return m.type == "DATE" and m.granularity in ("day", "partofday")


def _undated_clock(m: TimeMention) -> bool:
    return m.type == "TIME" and m.interval is None and m.timex.startswith("T")


def _moved(m: TimeMention, day: date, named: str) -> TimeMention:
    old = date.fromisoformat(m.timex[:10]) if re.match(r"\d{4}-\d\d-\d\d", m.timex) else None
    if old is None or m.interval is None or old == day:
        return m
    shift = timedelta(days=(day - old).days)
    value = m.value.replace(fmt_day(old), fmt_day(day)) + f" (the day of '{named}')"
    return replace(
        m,
        timex=day.isoformat() + m.timex[10:],
        interval=(m.interval[0] + shift, m.interval[1] + shift),
        value=value,
        deictic=False,
        refers_to=named,
    )
