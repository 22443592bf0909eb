"""A direct quote as found in an article, and who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...house_style import spelling_key

OPEN = "“«„"
CLOSE = "”»"
STRAIGHT = '"'


@dataclass(frozen=True)
class Speaker:
    """Who a quote or claim is credited to. ``key`` is comparable across articles."""

    text: str  # as written in this place ("he", "Mr Kirby")
    start: int  # offsets into the article text; -1 when inherited
    end: int
    name: str  # best full name known in the article ("John Kirby") or descriptor
    key: str  # surname in lower case, "" when unknown (pronoun with no antecedent)
    is_person: bool
    # "he" / "she" whose person the sentence right before the quote names (nearby.py)
    near: bool = False

    @property
    def is_outlet(self) -> bool:
        """An agency or outlet that reported the words ("according to AP")."""
        return self.key.startswith("outlet:")

    @property
    def is_descriptor(self) -> bool:
        """Words that name nobody ("a shop owner", "officials")."""
        return self.key.startswith("desc:")

    def to_json(self) -> dict:
        return {"text": self.text, "name": self.name, "key": self.key, "person": self.is_person}


@dataclass(frozen=True)
class QuoteMention:
    start: int  # first quote mark .. last quote mark (article offsets)
    end: int
    text: str
    parts: tuple[tuple[int, int], ...]  # spans of the quoted words, without marks
    words: str  # the quoted words, joined and normalised for comparison
    speaker: Speaker | None = field(default=None)

    @property
    def tokens(self) -> list[str]:
        return self.words.split()

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words.split())

    @property
    def kind(self) -> str:
        """The ``Fact.kind``."""
        return "quote"

    def to_json(self) -> dict:
        return {
            "quote": self.words,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "parts": [list(p) for p in self.parts],
        }

    def display(self) -> str:
        who = self.speaker.name if self.speaker and self.speaker.name else "unattributed"
        words = self.words if len(self.words) <= 90 else self.words[:87] + "…"
        return f"“{words}” — {who}"


def normalise_words(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").lower()
    s = re.sub(r"[^\w'\s]+", " ", s)
    s = re.sub(r"(?<!\w)'|'(?!\w)", " ", s)
    return " ".join(s.split())


def same_wording(a: list[str], b: list[str]) -> bool:
    """The same words up to house style: British or American spelling, an
    apostrophe ("can't" / "cant"), a compound written open or closed
    ("data center" / "datacenter"), or a time of day written on another clock
    ("6:41pm PST" / "18:41", "0241 GMT" / "02:41 GMT")."""
    ka = [spelling_key(t).replace("'", "") for t in a]
    kb = [spelling_key(t).replace("'", "") for t in b]
    return ka == kb or "".join(ka) == "".join(kb) or clock_key(ka) == clock_key(kb)


# A time of day in a quote's normalised words: "6 41pm", "6 41 pm", "18 41",
# "6pm", "0241" before a zone; and the zone named after it ("pst", "gmt").
_ZONES = "pst|pdt|est|edt|cst|cdt|mst|mdt|gmt|utc|bst|cet|cest|ist|aest|aedt"
_HALF = r"(?: ?(a ?m|p ?m)\b)"
_CLOCK = re.compile(
    rf"\b(?:(\d{{1,2}}) (\d{{2}}){_HALF}?|(\d{{1,2}}){_HALF}"
    rf"|([01]\d|2[0-3])([0-5]\d)(?= (?:{_ZONES})\b))(?: (?:{_ZONES})\b)?"
)


def _clock(m: re.Match[str]) -> str:
    hour, minute, half = m.group(1), m.group(2), m.group(3)
    if hour is None:
        hour, minute, half = (
            (m.group(4), "00", m.group(5)) if m.group(4) else (m.group(6), m.group(7), None)
        )
    h = int(hour)
    if half:
        h = h % 12 + (12 if half.startswith("p") else 0)
    return f"{h:02d}{minute}h" if h < 24 and int(minute) < 60 else m.group(0)


def clock_key(words: list[str]) -> str:
    """The words with every time of day written as one 24-hour form, its zone
    left out: how a time is written is house style, not a change to a quote."""
    return _CLOCK.sub(_clock, " ".join(words))
