"""Whose each figure is in a sentence that lists several owners' figures
(session 42, issue 11): a box score ("Hemsley scored 31 points and Ortega
added 18, while Baines had 12 rebounds"), results by segment ("revenue rose
4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia"), a toll by place
("three died in Lorn and two in Avebury"), votes by candidate ("Alvarez won
52,300 votes, Dunmore 41,200 and Petrakis 9,800").

The sentence is cut into items at its list breaks (a comma, a semicolon,
"and", "while", "whereas", "but", "against", "versus", "compared with"); each
figure belongs to the names its own item tells (a piece with no figure goes
with the item before it, or a fronted "In Asia," with the one after it). A
sentence is a list when two items or more hold figures and name owners, not
all the same. Speakers and sources ("Reuters
said", "according to Sutopo", "told the BBC") own nothing. whose.py reads
one figure's owner from its clause; this reads the list as a whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bound_subject import bound_subject
from .lexicon import ONES, TENS
from .opponent import without_opponents
from .whose import _GENERIC, _NO_NAME, owner_of, subject_of

_S = r"[ \u00a0]"
# Where one item of a list ends and the next begins ("and" right after a comma
# goes with the comma: "four in Marston, six in Hollby, and one in Treve").
_BREAK = re.compile(
    rf",{_S}+(?:and{_S}+)?|;{_S}+|{_S}+(?:and|while|whereas|but|against|versus|vs\.?|"
    rf"compared{_S}+(?:with|to)){_S}+"
)
_NUMBER_WORD = "|".join(sorted((*ONES, *TENS, "dozen", "hundred"), key=len, reverse=True))
_FIGURE = re.compile(rf"\d|\b(?i:{_NUMBER_WORD})\b")
# A score or a result ("102-95", "3-1"): a game's, not a list member's figure.
_SCORE = re.compile(r"\d+[-\u2013]\d+")
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# A speaker or source: "Reuters said", "Smith told", "according to Sutopo",
# "told the BBC", "the BNPB reported".
_SPEAKS_AFTER = re.compile(
    rf"(?:{_S}+[A-Z][\w'’-]*)*(?:{_S}+[a-z][\w-]*){{0,2}}?{_S}+"
    r"(?:said|says|told|tells|reported|reports|estimated|announced|confirmed)\b"
)
_SPEAKS_BEFORE = re.compile(
    rf"(?:\b(?i:according{_S}+to|told|tells)|\b(?i:said|says))"
    rf"(?:{_S}+(?:the|a|an|[A-Z][\w'’-]*|[a-z][\w-]*))?{_S}+$"
)


@lru_cache(maxsize=1 << 12)
def items(text: str) -> tuple[tuple[int, int], ...]:
    """The items of ``text`` that hold a figure, as (start, end). A piece with
    no figure belongs to the item before it ("40 firefighters from Dorset and
    Kent": one item; "two in Avebury, officials said"), or, before the first
    figure, to the item after it ("In Asia, revenue fell 3%")."""
    cuts = [0]
    for m in _BREAK.finditer(text):
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    out: list[list[int]] = []
    lead = -1
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=True):
        if _FIGURE.search(text, lo, hi):
            out.append([lo if lead < 0 else lead, hi])
            lead = -1
        elif out:
            out[-1][1] = hi
        elif lead < 0:
            lead = lo
    return tuple((lo, hi) for lo, hi in out)


def _item_of(text: str, start: int) -> tuple[int, int] | None:
    for lo, hi in items(text):
        if lo <= start < hi:
            return lo, hi
    return None


@lru_cache(maxsize=1 << 12)
def _names(text: str, lo: int, hi: int) -> frozenset[str]:
    """The name words of ``text[lo:hi]`` that may own a figure: not a
    sentence's first word (it may be "Revenue"), a month, a title or a
    speaker's name."""
    out = set()
    first = _first_word(text)
    # a side the figure was made against is no owner: "beating Jones" (opponent.py),
    # nor a rival it is told beside: "ahead of Fennimore", "more than Hemsley"
    for m in _NAME.finditer(_unrivalled(text), lo, hi):
        w = re.sub(r"['’]s?$", "", m.group(0)).lower()
        if m.start() == first or w in _NO_NAME or w in _GENERIC:
            continue
        if _speaker(text, m.start(), m.end()):
            continue
        out.add(w)
    return frozenset(out)


_RIVAL = re.compile(
    rf"\b(?:ahead{_S}+of|behind|trailing|than){_S}+(?:the{_S}+)?(?:[A-Z][\w'’-]*{_S}*)+"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


@lru_cache(maxsize=1 << 12)
def _unrivalled(text: str) -> str:
    """``text`` with its opponents and rivals blanked (offsets kept)."""
    return _RIVAL.sub(_blank, without_opponents(text))


def _first_word(text: str) -> int:
    """Where the sentence's first word starts, unless it is a name that wins,
    polls or scores ("Fennimore polled 18,204 votes"): then -1."""
    m = _OPENING.match(text)
    if m and m.group(1) and m.group(1).lower() not in _NO_NAME | _GENERIC:
        return -1
    return len(text) - len(text.lstrip("\"'“‘ \u00a0"))


# A sentence opening on one capitalised word and a verb of winning or scoring.
_OPENING = re.compile(
    rf"[\"'“‘ \u00a0]*([A-Z][\w'’-]*)?(?:{_S}+(?:also|again|then|has|had|have))?{_S}+"
    r"(?:won|wins|polled|polls|took|takes|received|receives|got|gets|secured|scored|scores|"
    r"netted|garnered|captured|collected|claimed|led|finished|ran|threw|rushed|had|has|"
    r"posted|grabbed|added|took)\b"
)


def _speaker(text: str, start: int, end: int) -> bool:
    """A name that says or tells the figure: "Reuters said", "according to
    Sutopo", "told the BBC"."""
    return bool(_SPEAKS_AFTER.match(text, end)) or bool(
        _SPEAKS_BEFORE.search(text, max(0, start - 40), start)
    )


@lru_cache(maxsize=1 << 14)
def item_owner(text: str, start: int, end: int) -> frozenset[str]:
    """The names the item holding the figure at ``text[start:end]`` tells,
    with whose.py's owner of the figure (which may be the sentence's first
    word: "Hemsley scored 31 points"); empty for a score."""
    if _SCORE.fullmatch(text, start, end) or _SCORE.match(text, start):
        return frozenset()
    span = _item_of(text, start)
    if span is None:
        return frozenset()
    own = _names(text, *span)
    read = (*owner_of(text, start, end)[0], *subject_of(text, start, end))
    read += bound_subject(text, start, end)
    return own | {w for w in read if w in text[span[0] : span[1]].lower()}


@lru_cache(maxsize=1 << 12)
def is_list(text: str) -> bool:
    """Two items or more that hold figures and name owners, not all the same."""
    owned = set()
    for lo, hi in items(text):
        m = _FIGURE.search(text, lo, hi)
        if m is None:
            continue
        names = item_owner(text, m.start(), m.end()) or _names(text, lo, hi)
        if names:
            owned.add(names)
    return len(owned) > 1


def other_owners(text: str, start: int) -> frozenset[str]:
    """The names the other items of the figure's list tell (empty when its
    sentence is no list): the other members."""
    if not is_list(text):
        return frozenset()
    out: set[str] = set()
    for lo, hi in items(text):
        if not lo <= start < hi:
            out |= _names(text, lo, hi)
    return frozenset(out)


def item_words(text: str, start: int) -> tuple[str, ...]:
    """The lower-case words of the item holding the figure at ``start`` (the
    whole sentence when it is in none), its opponents and rivals left out."""
    span = _item_of(text, start) or (0, len(text))
    return tuple(re.findall(r"[a-z][\w'’-]*", _unrivalled(text)[span[0] : span[1]].lower()))
