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
    # a rival's share told after "to": "41,230 votes to Lindqvist's 27,004"
    rf"|{_S}+to{_S}+(?=(?:the{_S}+)?(?:[A-Z][\w-]*{_S}+){{0,2}}[A-Z][\w-]*['’]s?{_S}+[$£€]?\d)"
)
_NUMBER_WORD = "|".join(sorted((*ONES, *TENS, "dozen", "hundred"), key=len, reverse=True))
_FIGURE = re.compile(rf"\d|\b(?i:{_NUMBER_WORD})\b")
# A score or a result ("102-95", "3-1"): a game's, not a list member's figure.
_SCORE = re.compile(r"\d+[-\u2013]\d+")
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_RUN = rf"((?:[A-Z][\w'’.-]*{_S}+){{0,3}}[A-Z][\w'’-]*)"
# The name opening an item, its subject: "Ortega added 18", "the Liberals 9", "while
# the Amsterdam line was 3.1% lower", "European revenue grew 4%".
_OPENS = re.compile(
    rf"[\"'“‘ \u00a0]*(?:(?:and|while|whereas|but|with|as){_S}+)?"
    rf"(?:(?:the|its|their|his|her){_S}+)?{_RUN}"
)
# The place or owner told right after a figure and its noun: "$3.1bn in Europe",
# "two in Avebury", "41 percent for Dunmore", "800 jobs at its Telford plant".
_AFTER = re.compile(
    rf"[\w%]*(?:{_S}+(?:[a-z][\w-]*|[$£€]?\d[\d.,]*\w*%?)){{0,5}}?{_S}+"
    rf"(?:in|at|for|across|throughout|among){_S}+"
    rf"(?:(?:the|its|their){_S}+)?{_RUN}"
)
# A place told before the figure in its piece: "Revenue in Asia fell 2%".
_IN = re.compile(rf"\b(?:in|at|across|throughout){_S}+(?:(?:the|its|their){_S}+)?{_RUN}")
# A scope fronted with no figure of its own: "In Asia, revenue fell 3%".
_FRONT = re.compile(rf"[\"'“‘ \u00a0]*(?:In|At|Across|Throughout|For){_S}+(?:the{_S}+)?{_RUN},")
_TOKEN = re.compile(r"(?<![\w.,])[\w.,]*\w")
# The shape of a figure: a share, a sum of money, or a count.
_PERCENT = re.compile(rf"[\d.,]*\d(?:{_S}*%|{_S}+per{_S}*cent|{_S}+percent)")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|[A-Z]{1,3}\$|Kr|Rs)[ \u00a0]?$")
_MONEY_AFTER = re.compile(
    rf"[\d.,]*\d(?:{_S}*(?:million|billion|m|bn))?{_S}*(?:p|pence|euros?|pounds?|dollars?)\b"
)
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
def _pieces(text: str) -> tuple[tuple[int, int], ...]:
    """``text`` cut at its list breaks, never inside parentheses ("(Autoriteit
    Persoonsgegevens, AP)")."""
    cuts = [0]
    for m in _BREAK.finditer(text):
        if text.count("(", 0, m.start()) <= text.count(")", 0, m.start()):
            cuts += [m.start(), m.end()]
    cuts.append(len(text))
    return tuple(zip(cuts[::2], cuts[1::2], strict=True))


@lru_cache(maxsize=1 << 12)
def items(text: str) -> tuple[tuple[int, int], ...]:
    """The items of ``text`` that hold a figure, as (start, end). A piece with
    no figure belongs to the item before it ("40 firefighters from Dorset and
    Kent": one item; "two in Avebury, officials said"), or, before the first
    figure, to the item after it ("In Asia, revenue fell 3%")."""
    out: list[list[int]] = []
    lead = -1
    for lo, hi in _pieces(text):
        if _FIGURE.search(text, lo, hi):
            out.append([lo if lead < 0 else lead, hi])
            lead = -1
        elif out:
            out[-1][1] = hi
        elif lead < 0:
            lead = lo
    return tuple((lo, hi) for lo, hi in out)


def _span_of(spans: tuple[tuple[int, int], ...], start: int) -> tuple[int, int] | None:
    for lo, hi in spans:
        if lo <= start < hi:
            return lo, hi
    return None


_RIVAL = re.compile(
    rf"\b(?:ahead{_S}+of|behind|trailing|than){_S}+(?:the{_S}+)?(?:[A-Z][\w'’-]*{_S}*)+"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


@lru_cache(maxsize=1 << 12)
def _unrivalled(text: str) -> str:
    """``text`` with its opponents and rivals blanked (offsets kept): a side
    a figure was made against ("beating Jones", opponent.py) or a rival it is
    told beside ("ahead of Fennimore") owns no figure."""
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
    r"posted|grabbed|added)\b"
)


def _speaker(text: str, start: int, end: int) -> bool:
    """A name that says or tells the figure: "Reuters said", "according to
    Sutopo", "told the BBC"."""
    return bool(_SPEAKS_AFTER.match(text, end)) or bool(
        _SPEAKS_BEFORE.search(text, max(0, start - 40), start)
    )


def _run_names(text: str, m: re.Match[str] | None) -> set[str]:
    """The name words of the run a match found (group 1)."""
    if m is None:
        return set()
    out = set()
    first = _first_word(text)
    for n in _NAME.finditer(text, m.start(1), m.end(1)):
        w = re.sub(r"['’]s?$", "", n.group(0)).lower()
        if n.start() == first or w in _NO_NAME | _GENERIC:
            continue
        if not _speaker(text, n.start(), n.end()):
            out.add(w)
    return out


@lru_cache(maxsize=1 << 14)
def item_owner(text: str, start: int, end: int) -> frozenset[str]:
    """Whose the figure at ``text[start:end]`` is as its own piece of the list
    tells: the name opening the piece, the place right after the figure, a
    scope fronted before the first item, and whose.py's owner of the figure
    within the piece ("Hemsley scored 31 points"); empty for a score."""
    if _SCORE.fullmatch(text, start, end) or _SCORE.match(text, start):
        return frozenset()
    piece, item = _span_of(_pieces(text), start), _span_of(items(text), start)
    if piece is None or item is None:
        return frozenset()
    clean = _unrivalled(text)
    own = _run_names(text, _OPENS.match(clean, piece[0], start))
    own |= _run_names(text, _AFTER.match(clean, end, piece[1]))
    own |= _run_names(text, _FRONT.match(clean, item[0], piece[0]))
    before = list(_IN.finditer(clean, piece[0], start))  # "Revenue in Asia fell 2%"
    own |= _run_names(text, before[-1] if before else None)
    read = (*owner_of(text, start, end)[0], *subject_of(text, start, end))
    read += bound_subject(text, start, end)
    return frozenset(own | {w for w in read if w in text[piece[0] : piece[1]].lower()})


def _shape(text: str, start: int, end: int) -> str:
    """A share, a sum of money or a count, as the figure at ``text[start:end]``
    is written."""
    m = _FIGURE.search(text, start, max(end, start + 1))
    at = m.start() if m else start
    if _PERCENT.match(text, at):
        return "percent"
    if _MONEY_BEFORE.search(text, max(0, at - 4), at) or _MONEY_AFTER.match(text, at):
        return "money"
    return "count"


@lru_cache(maxsize=1 << 12)
def _members(text: str) -> tuple[tuple[int, int, str, frozenset[str]], ...]:
    """Each figure's item span, shape and owner."""
    out = []
    for lo, hi in items(text):
        for m in _TOKEN.finditer(text, lo, hi):
            if _FIGURE.match(text, m.start()):
                shape = _shape(text, m.start(), m.end())
                out.append((lo, hi, shape, item_owner(text, m.start(), m.end())))
    return tuple(out)


@lru_cache(maxsize=1 << 12)
def is_list(text: str) -> bool:
    """Two items or more that hold figures of one shape and name owners, not
    all the same."""
    shapes: dict[str, set[frozenset[str]]] = {}
    for _, _, shape, owner in _members(text):
        if owner:
            shapes.setdefault(shape, set()).add(owner)
    return any(len(owners) > 1 for owners in shapes.values())


def other_owners(text: str, start: int, end: int) -> frozenset[str]:
    """The owners the other items of the figure's list tell with a figure of
    its shape (empty when its sentence is no list): the other members."""
    if not is_list(text):
        return frozenset()
    shape = _shape(text, start, end)
    out: set[str] = set()
    for lo, hi, other, owner in _members(text):
        if other == shape and not lo <= start < hi:
            out |= owner
    return frozenset(out)


def item_words(text: str, start: int) -> tuple[str, ...]:
    """The lower-case words of the item holding the figure at ``start`` (the
    whole sentence when it is in none), its opponents and rivals left out."""
    span = _span_of(items(text), start) or (0, len(text))
    return tuple(re.findall(r"[a-z][\w'’-]*", _unrivalled(text)[span[0] : span[1]].lower()))
