"""Early and late parts of a day as an editor reads them (issue 12, user trial).

A fixed share of the interval (:func:`.cal.narrow`: late = the last 40%) is
right for a month or a year but not for a day: "late Thursday" is the evening
running into the night, which may pass midnight, and "late Thursday night" is
the hours either side of midnight, inside both "late Thursday" and "Thursday
night". Reading them as shares put "late Thursday night" (02:00-06:00 Friday)
two hours after "late Thursday" (14:24-24:00) and called the pair a conflict.

The hours below nest the way news copy uses the words, and stay narrow
enough that a morning and an evening of one day still do not overlap:

* ``early <day>`` runs from midnight into the morning (00:00-10:00):
  "early Friday" is the small hours as well as breakfast time;
* ``late <day>`` runs from late afternoon to 04:00 the next day;
* ``early <day> morning`` starts at midnight (news writes "early Sunday
  morning" of 2 a.m.); the rest split their part of the day with a little
  overlap, as :func:`.cal.narrow` does for other periods;
* ``late <day> night`` is 22:00-04:00 and ``early <day> night`` 20:00-midnight.

Hours are counted from the day's midnight; past 24 is the next day. The
parts of the day themselves are :data:`.lex.PARTS_OF_DAY` (night 20:00-06:00).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_DAY = timedelta(days=1)

# "She was late this morning", "running late tonight": 'late' says someone was
# tardy, not which part of the day. After these words it does not narrow the day.
PREDICATE_BEFORE = re.compile(r"\b(?:was|were|is|are|am|be|been|being|running|'s|’s)\s+$", re.I)

# (TimeML part-of-day code or "" for the whole day, part) -> (first hour, end hour)
_HOURS: dict[tuple[str, str], tuple[int, int]] = {
    ("", "early"): (0, 10),
    ("", "late"): (16, 28),
    ("MO", "early"): (0, 9),
    ("MO", "mid"): (8, 11),
    ("MO", "late"): (9, 12),
    ("AF", "early"): (12, 15),
    ("AF", "mid"): (13, 17),
    ("AF", "late"): (15, 19),
    ("EV", "early"): (17, 20),
    ("EV", "mid"): (18, 21),
    ("EV", "late"): (20, 24),
    ("NI", "early"): (20, 24),
    ("NI", "mid"): (22, 27),
    ("NI", "late"): (22, 28),
}


def day_part(
    iv: tuple[datetime, datetime], gran: str, timex: str, part: str
) -> tuple[datetime, datetime] | None:
    """The hours 'early'/'mid'/'late' pick out of a day or a part of a day.

    None when the value is not a single day or a part of one (a month, a
    week: :func:`.cal.narrow` takes those) or the part is not one of these.
    """
    if gran == "day" and iv[1] - iv[0] == _DAY:
        code = ""
    elif gran == "partofday" and timex[-3:-2] == "T":
        code = timex[-2:]
    else:
        return None
    hours = _HOURS.get((code, part))
    if hours is None:
        return None
    midnight = datetime(iv[0].year, iv[0].month, iv[0].day)
    return midnight + timedelta(hours=hours[0]), midnight + timedelta(hours=hours[1])
