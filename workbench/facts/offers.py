"""Whose offer a figure is, and whether it is an offer or an ask (issue 11,
session 21: ECB+ 10_ecbplus, class C of the test half).

In a bidding story every team's offer has a length and a sum, and they are
often alike: "the Nationals made Teixeira an eight-year, $160 million offer",
"the Red Sox offered Teixeira an eight-year deal worth $184 million", "The
Angels said last week they made an eight-year offer". Paired by value these
read as one figure stated twice; they are three teams' offers. And what an
agent asks for ("countered by asking for an eight-year contract worth $200
million"), a union demands or a seller seeks is not what anyone offered, even
when the values are equal.

Read from the figure's sentence, without a parser:

- the kind: an ask when a word of asking ("asked for", "seeking", "sought",
  "demanded", "wanted") stands before the figure in its clause, nearer than
  any word of offering; an offer when a word of offering ("offer", "bid",
  "proposal", "proposed") stands before it in its sentence or right after it
  ("an eight-year, $160 million offer");
- the owner: the name before the offer noun ("the Angels' offer", "the
  Boston offer", "Washington's proposal"), the name after "offer from", or
  the subject of the verb of offering in its clause ("the Red Sox have made
  an offer", "Acme bid $3 billion"); a pronoun subject ("they made an
  offer") is the speaker of the sentence ("The Angels said last week they
  made …"); a definite "the offer" with no name is the owner of the last
  offer the one or two sentences before it name ("the Red Sox have made an
  offer … The offer is believed to be for at least eight years");
- a quantified subject ("no team has offered", "every bidder") speaks of all
  owners: it is nobody's in particular and never differs from one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .whose import named_in, sentence_names

__all__ = ["Offer", "offer_of", "offers_differ"]

_S = r"[ \u00a0\n]+"


@dataclass(frozen=True)
class Offer:
    kind: str  # "offer" or "ask"
    owner: tuple[str, ...] = ()  # name words, lower case; () when unknown
    anyone: bool = False  # a quantified subject: "no team", "every bidder"


_OFFER_NOUN = r"(?:counter-?)?(?:offers?|bids?|proposals?)"
_OFFER_WORD = re.compile(
    rf"\b(?i:{_OFFER_NOUN}|offered|offering|proposed|bidding|tabled)\b",
)
_ASK_WORD = re.compile(
    r"\b(?i:ask(?:s|ed|ing)?[ \u00a0]+for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|"
    r"want(?:s|ed|ing)?|request(?:s|ed|ing)?|asking[ \u00a0]+price|hoping[ \u00a0]+for)\b"
)
# The words right after a figure that make it an offer's: "an eight-year offer",
# "an eight-year, $160 million offer", "a $3 billion bid".
_OFFER_AFTER = re.compile(
    rf"(?:[,\-]?[ \u00a0]*(?:[\w$€£.,-]+[ \u00a0]+){{0,3}}?)(?i:{_OFFER_NOUN})\b",
)
_CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013]|,[ \u00a0]|[ \u00a0]--[ \u00a0]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*(?:[ \u00a0\n]+|$)")
# Where a reported clause starts: "Lynch reported the Red Sox … offered",
# "ESPN said that the Nationals have bid".
_REPORTED = re.compile(
    r"\b(?i:that|reported|(?<!to )reports|said|says|suggested|believes|confirmed|"
    r"announced|learned)\b"
)
_SPEECH = re.compile(
    r"\b(?:said|says|announced|confirmed|told|stated|reported|insisted|added)\b",
)
# A subject that is a name alone, opening the sentence: "Labour has proposed".
_ONLY_NAMES = re.compile(r"[ \u00a0]*(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*[ \u00a0]*")
_PRONOUN = re.compile(r"\b(?i:they|it|we|he|she|their|its|our|his|her)\b")
# A quantified subject speaks of every owner: "no team involved", "none of the
# clubs", "every bidder", "any buyer", "other teams".
_ANYONE = re.compile(
    r"\b(?i:no|any|every|each|none[ \u00a0]+of[ \u00a0]+the|nobody|no[ \u00a0]+one|other|"
    r"all[ \u00a0]+(?:the[ \u00a0]+)?)(?:[ \u00a0]+[a-z]+)?(?:[ \u00a0]+(?:team|club|bidder|"
    r"buyer|suitor|compan|party|side|one|rival|investor|firm|countr)\w*)?\b"
)
# A name right before the offer noun: "the Angels' offer", "the Boston offer",
# "Washington's proposal", "the Nationals' initial eight-year offer".
_OWNED_NOUN = re.compile(
    r"((?:[A-Z][\w.’'-]*[ \u00a0]+){0,2}[A-Z][\w.-]*)(?:['’]s?)?[ \u00a0]+"
    r"(?:(?:initial|latest|new|current|improved|final|rival|original|opening|revised|"
    r"higher|lower|richer|first|second|[\w$.,-]*\d[\w$.,-]*|[\w-]+-year),?[ \u00a0]+){0,3}$"
)
_FROM = re.compile(r"[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w.’'-]*[ \u00a0]*){1,3})")
_DEFINITE = re.compile(r"\b(?i:the|this|that|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$")


def offer_of(text: str, start: int, end: int, before: str = "") -> Offer | None:
    """Whether the figure at ``text[start:end]`` (its sentence) is an offer's
    or an ask's, and whose (module doc); None when its sentence says neither.
    ``before``: the article up to the sentence, for "the offer" told before."""
    found = _word_of(text, start, end)
    if found is None or isinstance(found, Offer):
        return found
    return _owned(text, found, before)


@lru_cache(maxsize=1 << 14)
def _word_of(text: str, start: int, end: int) -> Offer | re.Match[str] | None:
    """An ask read from the sentence, the word of offering the figure's offer is
    told by, or None. Remembered (a pure function of the sentence and the span,
    ``before`` left out so no article text is kept): the judge asks it of one
    figure for every figure it is held against, and each call reads every word
    of offering before it (issue 14: hostile text)."""
    lo = _clause_start(text, start)
    offers = [m for m in _OFFER_WORD.finditer(text, 0, start)]
    asks = [m for m in _ASK_WORD.finditer(text, lo, start)]
    if asks and (not offers or asks[-1].start() > offers[-1].start()):
        return Offer("ask", _subject(text, asks[-1].start()))
    after = _OFFER_AFTER.match(text, end)
    return (
        _OFFER_WORD.search(text, after.end() - 12, after.end())
        if after and not _CLAUSE_BREAK.search(text, end, after.start() + 1)
        else (offers[-1] if offers else None)
    )


def _owned(text: str, word: re.Match[str], before: str) -> Offer:
    """The offer a word of offering in ``text`` tells of, with its owner."""
    head = text[: word.start()]
    noun = word.group(0).lower().rstrip("s") in ("offer", "bid", "proposal", "counter-offer")
    if noun:
        named = _OWNED_NOUN.search(head)
        if named and _names(named.group(1)):
            return Offer("offer", _names(named.group(1)))
        by = _FROM.match(text, word.end())
        if by and _names(by.group(1)):
            return Offer("offer", _names(by.group(1)))
    subject = _subject(text, word.start())
    if subject or _quantified(text, word.start()):
        return Offer("offer", subject, anyone=not subject)
    if noun and _DEFINITE.search(head) and before:
        told = _told_before(before)
        if told is not None:
            return told
    return Offer("offer")


def _clause_start(text: str, start: int) -> int:
    """Where the clause of ``start`` opens; a comma after a figure is none ("an
    eight-year, $160 million offer"), nor an aside ("The Orioles, according
    to reports, have offered")."""
    breaks = [
        m.end()
        for m in _CLAUSE_BREAK.finditer(text, 0, start)
        if not _FIGURE_COMMA.search(text, max(0, m.start() - 20), m.end())
        and not _ASIDE.match(text, m.end())
        and not _ASIDE_END.search(text, max(0, m.start() - 40), m.start())
        and not _NAME_LIST_TAIL.fullmatch(text, m.end(), start)
    ]
    return breaks[-1] if breaks else 0


# "the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager
# Theo Epstein offered": a list of names (each perhaps after a title) goes on to
# the verb, no new clause.
_NAME_LIST_TAIL = re.compile(
    r"(?:[a-z]+[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){1,4}and[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){1,5}"
)
_FIGURE_COMMA = re.compile(r"(?:\d|-year|-month|-game),[ \u00a0]$")
_ASIDE_WORDS = r"according[ \u00a0]+to|sources[ \u00a0]+said|it[ \u00a0]+is[ \u00a0]+said"
_ASIDE = re.compile(rf"(?i:{_ASIDE_WORDS})\b")
_ASIDE_END = re.compile(rf",[ \u00a0]+(?i:{_ASIDE_WORDS})[^,]{{0,30}}$")
# The verb of the subject: its name words stand before it ("the Nationals made
# Teixeira an offer": not Teixeira, the one offered to).
_VERB = re.compile(
    r"\b(?:made|make|makes|extended|extends|submitted|put|puts|tabled|upgraded|sweetened|"
    r"raised|improved|increased|has|have|had|offered|offers|bid|bids|proposed|is|are|was|were)\b"
)


def _segment(text: str, at: int) -> tuple[int, str]:
    """The words before ``at`` in its clause and reported clause: where the
    subject of a verb at ``at`` stands."""
    lo = _clause_start(text, at)
    reported = [m.end() for m in _REPORTED.finditer(text, lo, at)]
    lo = reported[-1] if reported else lo
    verb = _VERB.search(text, lo, at)
    return lo, text[lo : verb.start() if verb else at]


def _subject(text: str, at: int) -> tuple[str, ...]:
    """The names of the subject of the verb at ``at``: the clause's names
    before it; a pronoun there is the sentence's speaker ("The Angels said
    last week they made an offer": angels)."""
    lo, seg = _segment(text, at)
    if _quantified(text, at):
        return ()
    names = _names(seg, first=lo == 0 and not _ONLY_NAMES.fullmatch(seg))
    if names:
        return names
    if _PRONOUN.search(seg):
        speech = [m for m in _SPEECH.finditer(text, 0, lo + 1)]
        if speech:
            return _names(text[: speech[-1].start()], first=True)
    return ()


def _quantified(text: str, at: int) -> bool:
    _, seg = _segment(text, at)
    return bool(_ANYONE.search(seg))


def _told_before(before: str) -> Offer | None:
    """The owner of the last offer the one or two sentences before tell of."""
    tail = before[-600:]
    ends = [m.end() for m in _SENTENCE_END.finditer(tail)]
    sentences = [tail[a:b] for a, b in zip([0, *ends], [*ends, len(tail)], strict=False)]
    for sentence in reversed([s for s in sentences if s.strip()][-2:]):
        words = list(_OFFER_WORD.finditer(sentence))
        if words:
            found = _owned(sentence, words[-1], "")
            return found if found.owner or found.anyone else None
    return None


def _names(phrase: str, first: bool = False) -> tuple[str, ...]:
    """Name words of ``phrase``; with ``first``, its first word is no name when
    it opens the sentence ("Last week at …")."""
    names = sentence_names(phrase) if first else sentence_names("x " + phrase)
    return tuple(w for w in names if not _PRONOUN.fullmatch(w))


def offers_differ(a: Offer | None, text_a: str, b: Offer | None, text_b: str) -> bool:
    """Two figures that are not one offer: an offer and an ask, or two owners'
    offers (both named, sharing no word, neither named in the other's sentence)."""
    if a is None or b is None:
        return False
    if a.kind != b.kind:
        return True
    if a.anyone or b.anyone or not a.owner or not b.owner or set(a.owner) & set(b.owner):
        return False
    return not named_in(a.owner, text_b) and not named_in(b.owner, text_a)
