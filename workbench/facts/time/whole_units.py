"""A length told in whole units is told to the nearest unit (issue 11).

"with four minutes left" and "with just over 4 minutes remaining" state one
clock at two precisions: 'just over N' is a little past N, and a bare N
minutes is N to the whole minute, so the two agree. So does a game clock's
reading, "with 2:10 left", against "two minutes left": 2:10 is two minutes to
the nearest minute; "4:40 left" is not four. 'just under N' already lies
within N's reading ("nearly"). Read by ``compare._cmp_duration`` before it
calls two lengths' ranges apart; a bare figure against another bare figure,
"four minutes" / "five minutes", is still compared as written.
"""

from __future__ import annotations

import re

from ...model import Verdict
from .mention import TimeMention

# A bare count of one unit as the value reads it: "4 minutes", "2 hours", "1 day".
_WHOLE = re.compile(r"(?P<n>\d+) (?P<unit>second|minute|hour|day|week)s?")
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def _whole(m: TimeMention) -> tuple[int, str] | None:
    """(N, unit) of a length stated as a whole number of one unit, no hedge."""
    if m.modifier or m.amount is None or m.amount[0] != m.amount[1]:
        return None
    got = _WHOLE.fullmatch(m.value)
    return (int(got.group("n")), got.group("unit")) if got else None


def _just_over(m: TimeMention) -> bool:
    """'just over N' (also 'a little over', 'slightly more than'): a lower bound
    with a near upper one, unlike a plain 'more than N', which is open."""
    return m.value.startswith("more than ") and m.amount is not None and m.amount[1] is not None


def _clock_left(m: TimeMention) -> bool:
    """A game clock's reading, "2:10 left" (``race._game_clock``)."""
    return m.value.endswith(" left") and m.granularity == "second"


def to_whole_units(a: TimeMention, b: TimeMention) -> tuple[Verdict, str] | None:
    """Consistent, with why, when one length is a whole number of a unit and the
    other is that number to the nearest unit; None otherwise."""
    for whole, other in ((a, b), (b, a)):
        told = _whole(whole)
        if told is None or other.amount is None:
            continue
        n, unit = told
        size = _SECONDS[unit]
        lo = other.amount[0]
        if _just_over(other) and abs(lo - n * size) < 1:
            return Verdict.CONSISTENT, (
                f"'{other.text}' is {whole.value} to the whole {unit}: both tell one length"
            )
        if _clock_left(other) and unit == "minute" and abs(lo - n * size) < size / 2:
            return Verdict.CONSISTENT, (
                f"'{other.text}' on the clock is {whole.value} to the nearest minute"
            )
    return None
