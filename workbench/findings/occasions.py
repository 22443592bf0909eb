"""A sentence telling another occasion of the story's kind of happening.

News of an outage, a quake or an attack recalls the last one in the words of
the present one: "In January, undersea cables outside Alexandria were also
damaged, disrupting about 70 percent of the communications network" beside
"Up to 70% of communications to the Middle East have been disrupted after
cables ... were damaged". The aligner scores the words and the shared figure
high; a fresh editor saw January's cable incident and today's outage as one
claim's coverage row (trial 24, 30_ecb).

A sentence tells another occasion when it opens with a time of a month or
coarser ("In January,", "Last year,", "In 2007,", "Earlier this year,") and
says that this happened also, again, similarly or before ("also", "again",
"similar", "previous", "once before"). It never shares a group
with a sentence that gives no time of the same value: the other may state the
present occasion. Two sentences both dated to that time are left to the
aligner (both recall it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Claim, Fact

# times of a month or coarser: a story's own happening is dated by its day
COARSE = frozenset({"month", "quarter", "season", "half", "year", "decade", "century"})
# what may stand before the time at the opening: "In January", "Back in 2007",
# "Earlier this year", "In early March", "Last year"
_OPENING = re.compile(
    r"^(?:(?:back|and|but)\s+)?(?:in|during|earlier|last|late|early|since)?"
    r"(?:\s+(?:early|late|mid|this|the))*-?$",
    re.IGNORECASE,
)
# ("too" and "prior" are left out: "too high", "prior to the launch")
_AGAIN = re.compile(r"\b(?:also|again|similar(?:ly)?|previous(?:ly)?|once\s+before)\b", re.I)


def _coarse(fact: Fact) -> bool:
    return fact.kind == "date" and fact.value.get("granularity") in COARSE


def _key(fact: Fact) -> str:
    return str(fact.value.get("timex") or fact.text).lower()


def occasion(claim: Claim, dates: Iterable[Fact]) -> str | None:
    """The time another occasion is dated to when ``claim`` tells one (its
    opening time's value), else None."""
    if not _AGAIN.search(claim.text):
        return None
    for f in dates:
        if _coarse(f) and _OPENING.match(claim.text[: f.start - claim.start].strip(" ,")):
            return _key(f)
    return None


def other_occasions(x: Claim, y: Claim, dates_x: Iterable[Fact], dates_y: Iterable[Fact]) -> bool:
    """Does one of two sentences tell another occasion (``occasion``) that the
    other gives no time of?"""
    dates_x, dates_y = list(dates_x), list(dates_y)
    for one, other in ((x, dates_y), (y, dates_x)):
        when = occasion(one, dates_x if one is x else dates_y)
        if when is not None and all(_key(f) != when for f in other):
            return True
    return False
