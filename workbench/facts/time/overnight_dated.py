"""'Overnight' in a sentence that writes a calendar date: the night beside that date,
not the night before publication (session 38, issue 11 class 1).

"Initial attack held it near 600 hectares overnight, but on the afternoon of Aug.
11 the temperature reached 36 C" in a weekly of 19 August was the night of 18
August: the sentence tells its own clock. Told before the date, "overnight" is the
night leading into it (10-11 August); told after it ("On 3 August the dam failed, and
the water rose overnight"), or after "after" ("overnight after the 2 August storm"),
the night that follows. Only a date written with its month counts: a weekday may be
the day a statement was made ("officials said Wednesday"), and a sentence with two
such dates is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time, timedelta

from ..lexicon import MONTH_NAMES
from .cal import fmt_day
from .lex import PARTS_OF_DAY, POD_NAMES
from .mention import TimeMention

_MONTH_WORDS = tuple(m.lower()[:3] for m in MONTH_NAMES if m)


def _calendar_day(m: TimeMention) -> bool:
    """A day written with its month ("Aug. 11", "11 August", "the afternoon of Aug. 11")."""
    return (
        m.type == "DATE"
        and m.granularity in ("day", "partofday")
        and not m.deictic
        and m.interval is not None
        and any(w in m.text.lower() for w in _MONTH_WORDS)
    )


# a signal before the date that says which side of it the night is
_AFTER_IT = re.compile(r"\b(?:after|following|since)\s+(?:the\s+)?$", re.IGNORECASE)
_BEFORE_IT = re.compile(r"\b(?:before|ahead\s+of|until|till|into)\s+(?:the\s+)?$", re.IGNORECASE)


def overnight_by_the_date(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Re-date a bare 'overnight' read from publication to the night beside the one
    calendar date its sentence writes."""
    nights = [m for m in ms if m.text.lower() == "overnight" and m.deictic and m.interval]
    days = {m.interval[0].date(): m for m in ms if _calendar_day(m)}
    if not nights or len(days) != 1:
        return ms
    (d, day), out = next(iter(days.items())), list(ms)
    code, h0, h1 = PARTS_OF_DAY["overnight"]
    for n in nights:
        head = text[max(0, day.start - 20) : day.start]
        later = n.start > day.start and not _BEFORE_IT.search(head)
        after = later or bool(_AFTER_IT.search(head))
        eve = d if after else d - timedelta(days=1)
        start = datetime.combine(eve, time()) + timedelta(hours=h0)
        new = replace(
            n,
            timex=f"{eve.isoformat()}T{code}",
            interval=(start, start + timedelta(hours=h1 - h0)),
            value=f"{fmt_day(eve)}, {POD_NAMES[code]} (beside {day.text})",
            deictic=False,
        )
        out[out.index(n)] = new
    return out
