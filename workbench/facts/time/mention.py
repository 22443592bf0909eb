"""A time expression as found and normalised: :class:`TimeMention`.

Shared by the finder (:mod:`.find`) and the comparer (:mod:`.compare`),
neither of which imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .base import norm

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

# TimeML type -> Fact.kind
TIME_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}

_MOD_LABEL = {
    "by": "no later than",
    "as late as": "no later than",
    "before": "before",
    "after": "after",
    "as early as": "from",
    "from": "from",
    "since": "since",
    "until": "until",
    "around": "around",
    "within": "within",
}


@dataclass(frozen=True)
class TimeMention:
    """One time expression of a sentence, normalised.

    ``interval`` is [start, end) of what the expression denotes before any
    bound ("by", "before") is applied; ``modifier`` says how the statement
    uses it. ``fields`` keeps the calendar fields the text states (month,
    day, weekday) when the publication date was needed but unknown, so that
    "July" can still be compared with "July 2021". ``amount`` is the
    DURATION length in seconds the text allows, (low, high or None).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    timex: str
    interval: tuple[datetime, datetime] | None
    granularity: str
    modifier: str | None = None
    needs_published: bool = False
    published: date | None = None
    part: str | None = None  # early, mid, late, start of, end of, rest of, first half …
    signal: str = ""  # the word(s) before the span as written: "by", "on", "as early as"
    value: str = ""  # normalised anchor as an editor reads it: "July 2021"
    tense: str | None = None  # past, present, future, as judged for resolution
    deictic: bool = False  # resolved by counting from the publication date
    fields: tuple[tuple[str, int], ...] = ()
    clock: tuple[tuple[int, int], ...] = ()  # candidate minute-of-day ranges (TIME)
    tz: int | None = None  # UTC offset in minutes when stated
    zone: str = ""  # the zone a clock is read in when not written with it ("EDT" for "ET"): zones
    zone_of_story: bool = False  # that zone is the story's place's, no word of the clock's: zones
    converts: bool = False  # a clock in a written zone converting the local clock beside it: zones
    event_zone: bool = False  # its zone read from another report's conversion: event_zone
    zone_told: str = ""  # where the cluster states the zone it is read in: story_zone
    amount: tuple[float, float | None] | None = None
    refers_to: str = ""  # "the day" valued as the day named elsewhere ("Monday"): see focusday
    day_from: str = ""  # a clock time dated, in ``timex`` only, by the lede's day: see focusday
    edition: bool = False  # a year naming a yearly event's edition ("this year's Oscars"): generic

    def to_json(self) -> dict:
        iv = self.interval
        out: dict = {
            "text": self.text,
            "type": self.type,
            "timex": self.timex,
            "granularity": self.granularity,
            "modifier": self.modifier,
            "part": self.part,
            "signal": self.signal or None,
            "interval": [iv[0].isoformat(), iv[1].isoformat()] if iv else None,
            "value": self.value,
            "needs_published": self.needs_published,
            "published": self.published.isoformat() if self.published else None,
        }
        if self.amount is not None:
            out["seconds"] = [self.amount[0], self.amount[1]]
        if self.tz is not None:
            out["utc_offset_minutes"] = self.tz
        return out

    @property
    def kind(self) -> str:
        """The ``Fact.kind``: date, time, duration or set."""
        return TIME_KIND.get(self.type, "date")

    @property
    def relative(self) -> bool:
        """Counted from the publication date ("tonight", "last week"), or in
        need of it: inside a quotation it means the day it was said."""
        return self.deictic or self.needs_published

    @property
    def surface(self) -> str:
        """The expression with its signal word, as quoted in explanations."""
        return f"{self.signal} {self.text}" if self.signal else self.text

    def normalized(self) -> str:
        """The value with its bound: 'no later than July 2021', 'around 02:00'."""
        label = _MOD_LABEL.get(self.modifier or "")
        if self.type == "DURATION" or not label:
            return self.value
        return f"{label} {self.value}"

    def display(self) -> str:
        """E.g. 'next month = July 2021 (published 2021-06-23)', 'July (year not stated)'."""
        head = self.surface
        if self.needs_published and (not self.fields or "weekday" in dict(self.fields)):
            if self.fields and norm(self.value) not in norm(head):  # "Yesterday, on Friday,"
                head = f"{head} = {self.value}"
            return f"{head} (publication date unknown)"
        val = self.normalized()
        same = norm(head) == norm(val) or norm(val).startswith(norm(head) + " (")
        out = val if same else f"{head} = {val}"
        if self.deictic and self.published and not self.needs_published:
            out += f" (published {self.published.isoformat()})"
        return out
