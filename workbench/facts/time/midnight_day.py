"""The two readings of a midnight written beside a named day.

"Midnight Monday" is read as the midnight at the end of Monday, the newswire
convention (issue 12: 24:00 Monday, the first instant of Tuesday). Some copy
means the midnight that begins Monday, and a report published on the Sunday
that writes "the curfew starts at midnight tonight" may be telling the same
moment as another's "at midnight on Monday". Against a clock one day earlier
to the minute (another midnight, "00:00 Monday", "12:01 a.m. Monday") a pair
was a conflict, "1 day apart"; it is unresolved, naming both readings - a
clock that states its own day ("00:00 Tuesday") against it stays compared.
Only a day named, not counted from publication: "midnight tonight" is one
night. (Session 39, from held-out readers' notes: "midnight tonight" in a
piece published on a Sunday - which night.)
"""

from __future__ import annotations

from datetime import timedelta

from ...model import Comparison, Verdict
from .cal import fmt_day
from .mention import TimeMention

_DAY = timedelta(days=1)
_SLACK = timedelta(minutes=1)  # "12:01 a.m.", "11:59 p.m.": how officials write midnight


def _midnight_of_a_named_day(m: TimeMention) -> bool:
    return (
        m.type == "TIME"
        and m.interval is not None
        and "midnight at its end" in m.value
        and not m.deictic
    )


def _instant(m: TimeMention) -> bool:
    return m.type == "TIME" and m.interval is not None and m.interval[1] - m.interval[0] <= _SLACK


def midnight_readings(
    a: TimeMention, b: TimeMention, left_name: str, right_name: str
) -> Comparison | None:
    """Unresolved when one side is a named day's midnight read at its end and the
    other the midnight that begins that day; None when this does not apply."""
    for m, other, name in ((a, b, left_name), (b, a, right_name)):
        if not (_midnight_of_a_named_day(m) and _instant(other)):
            continue
        begins = m.interval[0] - _DAY
        if abs(other.interval[0] - begins) > _SLACK:
            continue
        day = fmt_day((m.interval[0] - _DAY).date())
        return Comparison(
            Verdict.UNRESOLVED,
            f"'{m.surface}' in {name} is read as the midnight at the end of {day}, as "
            f"newswire copy writes it; some mean the midnight that begins {day}, the "
            "moment the other source states — a clock with its day spelt out would settle "
            "which is meant — unresolved",
            a.display(),
            b.display(),
        )
    return None
