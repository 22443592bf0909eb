"""The kind of group a count's own noun narrows it to (issue 11, session 38).

"The ferry was carrying 21 British passengers" / "44 passengers"; "the blaze
killed two contract workers" / "33 workers"; "12 tourists from Germany" /
"30 tourists". A nationality or a kind of worker written on the counted noun
makes the figure a count of some of the group the other report counts whole:
a group within it, not the whole misreported (readers of held-out copy:
"21 British passengers" against "44 passengers", a subgroup called a conflict).

``group_kind`` reads that word from the figure's own noun phrase: the one or
two words between the numeral and its noun, or a "from <Place>" / "of a
contractor" right after the noun. It reads nothing else: an adjective that
describes rather than narrows ("44 terrified passengers") is no kind, and a
place the whole event happened in ("killed 14 in Dhaka") is not a noun's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .places import same_place

_S = r"[ \u00a0]+"
# Peoples written as their own word, not of the forms _DEMONYM reads.
_PEOPLES = frozenset((
    "greek", "thai", "swiss", "filipino", "welsh", "scots", "basque", "lao", "malay", "maori",
    "inuit", "uzbek", "kazakh", "tajik", "serb", "croat", "slovak", "czech", "dane", "swede",
    "finn", "pole", "scot", "brit", "kiwi",
))  # fmt: skip
# A people's adjective: "British", "Japanese", "German", "Iraqi", "Dutch".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)")
_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
))  # fmt: skip
# Kinds of worker or person that name a group within a workforce or a crowd.
_KINDS = frozenset((
    "contract", "contracted", "subcontracted", "agency", "temporary", "part-time", "foreign",
    "overseas", "international", "civilian", "female", "male", "off-duty", "volunteer",
))  # fmt: skip
# The noun phrase right after the numeral: up to two words before a noun.
_PHRASE = re.compile(rf"{_S}([A-Za-z][\w-]*)(?:{_S}([A-Za-z][\w-]*))?(?:{_S}([a-z][\w-]*))?")
# After the noun: "from Germany", "of a contractor", "of a drilling contractor".
_AFTER = re.compile(
    rf"{_S}(?:from|of){_S}(?:(?:a|an|the){_S})?"
    r"(?:(?P<place>[A-Z][a-z]+)\b"
    r"|(?:[a-z][\w-]*[ \u00a0]+){0,2}?(?P<firm>(?:sub)?contractors?|agency)\b)"
)


# "from Rafina to Andros" is a route, "from Monday" a time: no group's origin
_ROUTE = re.compile(rf"{_S}(?:to|until|through)\b")
_NOT_PLACES = _MONTHS | frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _kind_of(word: str) -> str:
    if word.lower() in _KINDS:
        return word.lower()
    if word.lower() in _MONTHS:
        return ""
    if _DEMONYM.fullmatch(word) or word.lower() in _PEOPLES:
        return word.lower()
    return ""


@lru_cache(maxsize=1 << 14)
def group_kind(text: str, start: int, end: int) -> str:
    """The nationality or kind the count at ``text[start:end]`` is narrowed to
    by its own noun phrase ("british", "contract", "from:germany",
    "of:contractor"), or "" when its noun carries none."""
    m = _PHRASE.match(text, end)
    if m is None:
        return ""
    words = [w for w in m.groups() if w]
    for w in words[:-1]:  # a modifier: a noun follows it
        kind = _kind_of(w)
        if kind:
            return kind
    after = _AFTER.match(text, m.end(1))  # right after the noun: "tourists from Germany"
    place = after.group("place") if after else None
    if place and place.lower() not in _NOT_PLACES and not _ROUTE.match(text, after.end()):
        return "from:" + place.lower()
    if after and after.group("firm"):
        return "of:contractor"
    return ""


def names_kind(kind: str, text: str) -> bool:
    """Whether ``text`` names the kind ``kind`` for a group it does not count
    apart ("44 passengers, all British" names "british"; "31 employees and two
    contractors" does not: the contractors are a count of their own)."""
    word = kind.split(":", 1)[-1]
    if word == "contractor":
        found = list(re.finditer(r"\b(?:sub)?contract", text, re.IGNORECASE))
    elif word in _KINDS:
        found = list(re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))
    else:  # a people or a place, named either way: "British" / "in Britain"
        found = [m for m in _CAPITAL.finditer(text) if same_place(m.group().lower(), word)]
    return any(not _COUNTED_BEFORE.search(text[max(0, m.start() - 24) : m.start()]) for m in found)


_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
# A numeral right before a word: the word is that count's noun ("two contractors")
_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))"
    rf"[\w,.]*(?:{_S}[A-Za-z-]+)?{_S}$"
)
