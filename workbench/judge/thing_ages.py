"""The age of the story's vessel, aircraft or structure (issue 11, session 40):
"The 23-year-old vessel, owned by Tessaly Maritime" / "The 27-year-old tanker,
which lost engine power" tell one ship's age in sentences never aligned
(authored oil_spill D12). ``judge/ages.py`` reads a named person's age only; a
thing told by its noun after "the N-year-old" is the story's one such thing,
read as one class ("vessel" / "tanker" / "ship"). Only with "the": "a
12-year-old ferry" may be any ferry."""

from __future__ import annotations

import re

__all__ = ["thing_age"]

_CLASSES = {
    "vessel": ("vessel", "ship", "tanker", "ferry", "freighter", "trawler", "carrier", "liner"),
    "aircraft": ("aircraft", "plane", "jet", "airliner", "helicopter"),
    "bridge": ("bridge",),
    "dam": ("dam",),
}
_CLASS_OF = {noun: cls for cls, nouns in _CLASSES.items() for noun in nouns}
_THE = re.compile(r"(?:^|[^\w'’])[Tt]he[ \u00a0]+$")
_AGE = re.compile(r"(\d{1,3})-year$")
_WORDS = re.compile(r"-old[ \u00a0]+([a-z][\w'’-]*)(?:[ \u00a0]+([a-z][\w'’-]*))?")


def thing_age(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """("the vessel", "", 23) for "the 23-year-old vessel" at ``text[start:end]``
    ("the 27-year-old oil tanker" too: one word may stand before the noun), as
    ``ages.age_of`` gives a person's; None for anything else."""
    m = _AGE.fullmatch(text, start, end)
    if m is None or not _THE.search(text, max(0, start - 6), start):
        return None
    words = _WORDS.match(text, end)
    if words is None:
        return None
    first, second = words.groups()
    cls = _CLASS_OF.get(first) or (_CLASS_OF.get(second or "") if first not in _CLASS_OF else None)
    return (f"the {cls}", "", int(m.group(1))) if cls else None
