"""A clock's zone named by a place, "3.40am UK time", "1pm Brussels time",
"10:30 a.m. Beijing time", or written after the day the clock is on, "12:22
a.m. Tuesday, Pacific time" (issue 11 "misread", session 37).

:mod:`.zones` gave such a clock the zone of the place the story is told from
(or none), so "3.40am UK time" in a report filed on Italy's flood was read as
Italy's 03:40, an hour from "4.40am" local time: a conflict where the reports
agree. And "Pacific time" after the weekday was not seen at all, so 00:22 PDT
against "07:22 GMT" was seven hours apart. The place's zone, with its summer
time on the day, is the clock's; a place of no known zone, or of several, is
left to the story as before.
"""

from __future__ import annotations

import re

from ..home import UK, US_ZONES, Place, places_in

# "UK time", "British time", "London time" are Britain's clock (GMT or BST)
_BRITAIN = re.compile(r"(?:UK|U\.K\.|Britain|British|London)\Z")
_US_WORD = re.compile(
    r"(?P<w>Eastern|Central|Mountain|Pacific)(?:\s+(?:[Dd]aylight|[Ss]tandard))?\Z"
)
_DAY_WORDS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|this\s+morning|this\s+afternoon|this\s+evening|last\s+night"
)
# the zone written after the day the clock is on: "12:22 a.m. Tuesday, Pacific time",
# "at 6 p.m. on Sunday, UK time"; "time" is required ("Tuesday, Mountain View")
_AFTER_DAY = re.compile(
    r"\A,?\s+(?:on\s+)?(?:" + _DAY_WORDS + r")(?:,?\s+\w+\.?\s+\d{1,2})?\s*,?\s+"
    r"(?P<name>(?-i:UK|U\.K\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+(?-i:time)\b"
)


def named_place(name: str) -> Place | None:
    """The place whose clock ``name`` + "time" is, when it keeps one zone."""
    name = " ".join(name.split())
    if _BRITAIN.match(name):
        return UK
    us = _US_WORD.match(name)
    if us:
        return US_ZONES[us.group("w")]
    found = [p for p in places_in(name, world=True) if p.zone]
    return found[0] if len(found) == 1 else None


def zone_after_day(text: str, end: int) -> Place | None:
    """The zone written after the day that follows a clock ending at ``end``."""
    m = _AFTER_DAY.match(text[end:])
    return None if m is None else named_place(m.group("name"))
