"""A share of a thing's own part is a share of the thing (issue 11, session 39).

"The fire was 5 per cent contained" and "only 15 per cent of its perimeter was
contained" measure one thing: how much of a fire is contained is told by its
perimeter, and the second sentence says so with a possessive ("its
perimeter", "the blaze's perimeter"). `wholes_apart` read "perimeter" as a
whole the other sentence never names and left the difference a question; a
reader of development copy (wildfire, R38c) called that a misread: the texts
settle it, a conflict. The same holds for "the reservoir was 40% full" /
"60% of its capacity was full", "the ship was 30% loaded" / "30% of the
vessel's hold was loaded".

One share is a thing's own part when its whole is written as something owned
("of its X", "of their X", "of the blaze's X") and the other share names no
whole, or names the owner, or a word its sentence also uses; and both shares
are told of one state (the first content word after each, past its whole and
"was": "contained" / "contained"). Shares of different states ("40% of its
perimeter was contained" / "the fire was 25% burned out") stay apart.
"""

from __future__ import annotations

import re

from ..text import content_tokens, stem

_S = r"[ \u00a0]+"
# "of its perimeter", "of their homes", "of the blaze's perimeter", "of Acme's staff"
_OWNED = re.compile(
    rf"{_S}of{_S}(?:(?P<pron>its|their){_S}|(?:the{_S})?(?P<owner>[A-Za-z][\w-]*)['’]s{_S})"
    r"(?P<part>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# words between a share (or its whole) and the state it is told of
_LINK = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "been",
        "being",
        "be",
        "now",
        "only",
        "already",
        "just",
        "still",
        "some",
        "about",
        "of",
        "its",
        "their",
        "the",
    ]
)
_OF = re.compile(rf"{_S}of{_S}", re.IGNORECASE)
_STOP = re.compile(r"[,;:.()\u2014\u2013]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def owned_part(text: str, end: int) -> tuple[str, str] | None:
    """(owner, part) of a share written "of its PART" (owner "") or "of the
    OWNER's PART" right after ``text[:end]``; None when its whole is not
    written as something owned."""
    m = _OWNED.match(text, end)
    if m is None:
        return None
    return (m.group("owner") or "").lower(), m.group("part").lower()


def told_of(text: str, end: int, skip: frozenset[str] = frozenset()) -> str:
    """The stem of the first content word after the share ending at ``end``,
    past the words of its whole (``skip``, stems) and the links "was", "of
    its" …, within its clause: "contained" for both "5 per cent contained"
    and "5 per cent of its perimeter was contained"; "" when none."""
    stop = _STOP.search(text, end)
    for w in _WORD.finditer(text, end, stop.start() if stop else len(text)):
        low = w.group().lower()
        if low in _LINK:
            continue
        if low.endswith(("'s", "’s")) or stem(low) in skip:
            continue
        return stem(low)
    return ""


def _owner_named(s: str, owner: str, others: frozenset[str], subject: bool) -> bool:
    """Whether the other share's whole (``others``, its words) is the owner
    of this one's part: the owner written ("the blaze's perimeter" / "the
    blaze"), a word this sentence uses, or, for "its" / "their", the thing the
    other share is told of ("The fire was 5% contained": no "of" after it)."""
    if not owner:
        return subject
    return others <= frozenset(content_tokens(owner)) or others <= frozenset(content_tokens(s))


def one_owned_whole(
    sa: str, ia: tuple[int, int], wa: str, sb: str, ib: tuple[int, int], wb: str
) -> bool:
    """Whether two shares whose wholes ``wa`` and ``wb`` are named apart are
    one, the other naming the owner of one's own part (module docstring)."""
    for (s, (_, end), _w), (t, (_, t_end), v) in (
        ((sa, ia, wa), (sb, ib, wb)),
        ((sb, ib, wb), (sa, ia, wa)),
    ):
        owned = owned_part(s, end)
        if owned is None:
            continue
        owner, part = owned
        others = frozenset(content_tokens(v))
        if others and not _owner_named(s, owner, others, _OF.match(t, t_end) is None):
            continue  # the other names a whole of its own
        said = told_of(s, end, frozenset(stem(x) for x in (owner, part)) | others)
        if said and said == told_of(t, t_end, others):
            return True
    return False
