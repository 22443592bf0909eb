"""A count that is one member of a breakdown its sentence lists (issue 11,
session 39): "the chain will shut six stores in the north and four in the
south", "floods destroyed 120 homes in the east of the county and 80 in the
west", "250 jobs at its northern plants and 150 at its southern ones".

Each member is a count told with its own qualifier — a place, a side, a
site — after it, the noun left out after the first; together they add up to a
whole the sentence does not write. A member is not the whole ("ten stores"),
nor another member told elsewhere ("five stores in the south" is the south's
figure, not the north's): readers of held-out copy judged such pairings wrong
as conflicts ("six in the north and four in the south" vs "ten sites"), and
when a member really is wrong, the member to flag is the one whose qualifier
the other report names.

``listing_of(text, start, end)`` returns the ``Listing`` the count at
``text[start:end]`` is a member of — every member's value and qualifier words,
and which member this count is — or None. ``member_named(listing, clause)``
says which member a clause of another report names by its own qualifier
words, -1 when it names none or more than one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..numwords import word_number

_S = r"[ \u00a0]+"
_NUM = (
    r"\d[\d,]*(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
)
# What a member is told of: "in the north", "at its northern plants", "across Leyte",
# "elsewhere".
_PREP = r"(?:in|at|on|across|from|outside)"
_QUAL = rf"{_PREP}{_S}(?:[\w'’-]+{_S}){{0,4}}?[\w'’-]+|elsewhere|abroad|overseas"
# One member: a count, at most two words of its noun, its qualifier.
_MEMBER = rf"(?<![\w.,])({_NUM})((?:{_S}[a-z][\w-]*){{0,2}}?){_S}({_QUAL})"
_JOIN = rf"(?:,{_S}(?:and{_S})?|{_S}and{_S}|;{_S})"
_LISTING = re.compile(rf"{_MEMBER}(?:{_JOIN}{_MEMBER})+(?=[,;.:)]|{_S}(?:and|while|but)\b|$)")
# A member where its qualifier ends: before the next member or the listing's end.
_ONE = re.compile(rf"{_MEMBER}(?={_JOIN}|[,;.:)]|{_S}(?:and|while|but)\b|$)")
# Qualifier words that tell no member apart.
_PLAIN = frozenset(
    re.split(
        " ",
        "in at on across from outside the a an its their his her of and other ones one "
        "areas area parts part region regions",
    )
)


# A qualifier of the whole, not of a member: "31 across the country and 12 in the capital"
# (the 12 are some of the 31).
_WHOLE_WORDS = frozenset(
    re.split(" ", "country nation nationwide all total overall whole worldwide world globally")
)


@dataclass(frozen=True)
class Listing:
    """The members of a breakdown: each member's value and qualifier words."""

    values: tuple[float, ...]
    qualifiers: tuple[frozenset[str], ...]
    index: int  # which member the count read is

    @property
    def total(self) -> float:
        return sum(self.values)


def _words(qualifier: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][\w-]*", qualifier.lower()) if w not in _PLAIN)


@lru_cache(maxsize=1 << 14)
def listing_of(text: str, start: int, end: int) -> Listing | None:
    """The breakdown the count at ``text[start:end]`` is a member of, or None."""
    for m in _LISTING.finditer(text):
        if not (m.start() <= start < m.end()):
            continue
        values, quals, index = [], [], -1
        for one in _ONE.finditer(text, m.start(), m.end()):
            value = word_number(one.group(1))
            if value is None:
                return None
            if one.start(1) <= start < one.end(1) or one.start(1) == start:
                index = len(values)
            values.append(value)
            quals.append(_words(one.group(3)))
        if index < 0 or len(values) < 2:
            return None
        if any(q & _WHOLE_WORDS for q in quals):  # "31 across the country and 12 in …"
            return None
        shared = frozenset.intersection(*quals)
        quals = [q - shared for q in quals]
        if any(not q for q in quals):
            return None
        return Listing(tuple(values), tuple(quals), index)
    return None


_NUMBER = re.compile(rf"(?<![\w.,])(?:{_NUM})\b")


def own_stretch(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The words of ``text[lo:hi]`` that belong to the figure at ``start:end``:
    from the number before it to the number after it ("affected 2.3 million
    British customers and 6.1 million in the Netherlands": the Netherlands is
    the 6.1 million's, not the 2.3 million's)."""
    before = [m.end() for m in _NUMBER.finditer(text, lo, start)]
    after = _NUMBER.search(text, end, hi)
    return text[before[-1] if before else lo : after.start() if after else hi]


def member_named(listing: Listing, clause: str) -> int:
    """The one member whose qualifier words ``clause`` names, else -1."""
    words = set(re.findall(r"[a-z][\w-]*", clause.lower()))
    named = [i for i, q in enumerate(listing.qualifiers) if q & words]
    return named[0] if len(named) == 1 else -1
