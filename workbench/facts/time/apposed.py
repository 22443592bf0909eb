"""A relative day set beside the day it names: "Yesterday, on Friday, Reid …",
"On Tuesday, yesterday, …", "last night (Monday)", "Today, Friday, …".

In a report without a publication date "yesterday" cannot be placed, but the
weekday beside it says which day it is: the relative word takes that day's
reading, its part of a day kept ("last night (Monday)" is Monday night). Left
unread, the report's "Yesterday" was held against another's "Tuesday, December
9, 2008" and could only be a question, though its own words say Friday (ECB+
development 2, 01_ecb: judged wrong, a conflict). With a publication date both
words resolve on their own and are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import TimeMention

# between a relative word and the day after it: "Yesterday, on Friday", "last night (Monday"
_REL_THEN_DAY = re.compile(r"\s*(?:,\s*(?:on\s+)?|\(\s*(?:on\s+)?)", re.IGNORECASE)
# between a day and the relative word after it: "On Tuesday, yesterday", "Monday (today"
_DAY_THEN_REL = re.compile(r"\s*(?:,|\()\s*", re.IGNORECASE)
# what closes an apposition: a comma, a bracket, the sentence's end (not "Friday's")
_CLOSED = re.compile(r"\s*(?:[,);:.!?\u2014]|$)")
_RELATIVE = re.compile(
    r"(?:yesterday|today|tomorrow|tonight|last\s+night|(?:this|yesterday|last)\s+"
    r"(?:morning|afternoon|evening))",
    re.IGNORECASE,
)


def _relative(m: TimeMention) -> bool:
    """A day counted from publication that the publication date could not place."""
    return (
        m.type == "DATE"
        and m.interval is None
        and not m.fields
        and m.timex.startswith("XXXX-XX-XX")
        and _RELATIVE.fullmatch(m.text) is not None
    )


def _day(m: TimeMention) -> bool:
    """A day the text states (a weekday, a date) that is still unplaced."""
    return m.type == "DATE" and m.granularity == "day" and bool(m.fields) and not m.modifier


_PARTS = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}


def _named(rel: TimeMention, day: TimeMention) -> TimeMention:
    part = rel.timex[len("XXXX-XX-XX") :]  # "TNI" of "last night"
    said = f" {_PARTS[part]}" if part in _PARTS else ""
    return replace(rel, timex=day.timex + part, fields=day.fields, value=f"{day.value}{said}")


def relative_days_named(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each unplaced relative day apposed to a stated day, read as that day."""
    out = list(ms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _CLOSED.match(text, b.end):
            continue
        if _relative(a) and _day(b) and _REL_THEN_DAY.fullmatch(text, a.end, b.start):
            out[i] = _named(a, b)
        elif _day(a) and _relative(b) and _DAY_THEN_REL.fullmatch(text, a.end, b.start):
            out[i + 1] = _named(b, a)
    return out
