"""A month or day written without its year, told on from the last date of the story
that wrote an earlier year, past a day counted from publication in between.

:func:`.narrative.years_of_the_story` reads "2 October" in the year of the date named
just before it when that date wrote an earlier year and the story goes on within half
a year of it. A report often names its own news day between the two: "The breach was
discovered in September 2025, the company said on Tuesday. ... The attackers had
entered on 2 October" - "Tuesday" is the report's day, counted from publication, and
says nothing of the year the story is told in. The last *calendar* date named (one
that writes a month or a year: "September 2025", "3 July", not "Tuesday",
"yesterday") is the story's thread: when it wrote an earlier year, and the yearless
date follows it within half a year in that year, the yearless date is that year's.
A calendar date in the publication's year named since (a yearless one read so, or
one writing that year) ends the thread: the story has come back to the present.

Only a date read in the past takes the story's year, and only after a date that is an
adjunct of its clause ("discovered in September 2025", not "the August 1988
cease-fire", TimeBank AP900815-0044); a date ahead of publication ("will meet on 30
August") keeps the publication's year. Measured on the corpora with gold values
(session 34): this rule changes no TimeBank, AQUAINT or MEANTIME value; the broader
one, any yearless past date in the year of the last year written before it, loses
TimeBank 0.854 -> 0.851 and MEANTIME 0.843 -> 0.837, and requiring the past perfect
("had entered") of it still loses TimeBank 0.854 -> 0.853. So the publication's year
is the default. Tests: ``tests/test_s34_time_story.py``.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_ALT
from .mention import TimeMention
from .narrative import _COUNTED, _OF_THE_STORY, _in_year_of, _story_goes_on, _yearless_this_year

_CALENDAR = re.compile(rf"\b(?:{MONTH_ALT})(?![a-z])|\b\d{{4}}\b", re.IGNORECASE)
# how many sentences on a story's year still holds (a paragraph or two)
THREAD_SENTENCES = 6


def calendar_date(m: TimeMention) -> bool:
    """A date that writes a month or a year, not one counted from publication."""
    return (
        m.type == "DATE"
        and m.interval is not None
        and m.granularity in ("day", "month")
        and not m.deictic
        and bool(_CALENDAR.search(m.text))
    )


def _tells_on(anchor: TimeMention) -> bool:
    """The date is an adjunct of its clause ("discovered in September 2025"), not the
    name of a thing ("the August 1988 cease-fire", which dates the thing only)."""
    return bool(anchor.signal) or _COUNTED in anchor.value or _OF_THE_STORY in anchor.value


def last_calendar(ms: list[TimeMention], told: TimeMention | None) -> TimeMention | None:
    """The story's thread after one sentence: its last calendar date, else the one before."""
    dated = [m for m in ms if calendar_date(m)]
    return dated[-1] if dated else told


def years_of_the_thread(ms: list[TimeMention], told: TimeMention | None) -> list[TimeMention]:
    """Each yearless date the publication puts in its own year re-read in the year of
    the story's last calendar date, when that wrote an earlier year (module doc)."""
    out: list[TimeMention] = []
    for m in ms:
        mine = [d for d in out if calendar_date(d) and d.end <= m.start]
        anchor = mine[-1] if mine else told
        if (
            anchor is not None
            and _tells_on(anchor)
            and _yearless_this_year(m)
            and m.tense == "past"
            and _story_goes_on(m, anchor)
        ):
            m = _in_year_of(m, anchor)
        out.append(m)
    return out
