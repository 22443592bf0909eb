"""A weekday with its date in brackets right after it: "Thursday afternoon (13
March)", "Wednesday (March 11)", "on Friday (7 November)" (session 29).

The date says which day the weekday is, as "Thursday, March 13" does, so the two
are one mention: the date's day, the weekday's part of the day kept, and when the
date does not fall on that weekday its reading says so ("Tue 11 Mar 2025, not a
Wednesday", the :data:`~.pastday.SAID_WEEKDAY` field kept for the comparison).
Read apart, the weekday was placed from publication alone: in a weekly dated
Friday 21 March, "by Thursday afternoon (13 March)" was read as 20 March, so a
count at that moment was taken for a later update (authored development
cyclone, D13); and "Wednesday (March 11)", a wrong weekday, was compared only by
its date (tower_fire). A date with no weekday before it, or a bracket holding
anything but one date, is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..lexicon import MONTH_TITLE_ALT, WEEKDAY_ALT, WEEKDAY_NAMES
from .cal import fmt_day
from .mention import TimeMention
from .pastday import SAID_WEEKDAY

_WEEKDAY = re.compile(
    rf"(?:(?:this|last|next|past|coming)\s+)?(?P<wd>{WEEKDAY_ALT})"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
# the date in the bracket states its month and day ("13 March", "Mar. 11"; not "today")
_MONTH_WRITTEN = re.compile(rf"\b(?:{MONTH_TITLE_ALT})\b.*\d|\d.*\b(?:{MONTH_TITLE_ALT})\b")


def _weekday(m: TimeMention) -> re.Match | None:
    if m.type != "DATE" or m.interval is None or m.granularity not in ("day", "partofday"):
        return None
    return _WEEKDAY.fullmatch(m.text)


def _date(m: TimeMention) -> bool:
    return (
        m.type == "DATE"
        and m.granularity == "day"
        and m.interval is not None
        and not m.modifier
        and _MONTH_WRITTEN.search(m.text) is not None
        and SAID_WEEKDAY not in dict(m.fields)
    )


def _agree(a: TimeMention, wd: str, b: TimeMention) -> bool:
    """The weekday already read as the bracket's date, which falls on it: left as written."""
    day = b.interval[0].date()
    return a.interval[0].date() == day and WEEKDAY_NAMES[day.weekday() + 1].lower() == wd.lower()


def _joined(text: str, a: TimeMention, wd: str, b: TimeMention, end: int) -> TimeMention:
    """``a`` (the weekday, its part of a day) moved to ``b``'s day, spanning both."""
    old, new = a.interval[0].date(), b.interval[0].date()
    shift = timedelta(days=(new - old).days)
    iv = (a.interval[0] + shift, a.interval[1] + shift)
    label = fmt_day(old)
    rest = a.value[len(label) :] if a.value.startswith(label) else ""
    value, fields = fmt_day(new) + rest, ()  # the date settles "last Tuesday"
    k = [n.lower() for n in WEEKDAY_NAMES].index(wd.lower()) - 1
    if new.weekday() != k:
        value += f", not a {WEEKDAY_NAMES[k + 1]}"
        fields = (*fields, (SAID_WEEKDAY, k))
    timex = new.isoformat() + a.timex[len(old.isoformat()) :]
    return replace(
        a,
        end=end,
        text=text[a.start : end],
        timex=timex,
        interval=iv,
        value=value,
        fields=fields,
        deictic=False,
    )


def bracketed_dates(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each weekday followed by its date in brackets, read as one mention of that date."""
    out: list[TimeMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        wd = _weekday(a)
        if (
            wd is not None
            and b is not None
            and _date(b)
            and _OPEN.fullmatch(text, a.end, b.start)
            and not _agree(a, wd.group("wd"), b)
        ):
            close = _CLOSE.match(text, b.end)
            if close is not None:
                out.append(_joined(text, a, wd.group("wd"), b, close.end()))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
