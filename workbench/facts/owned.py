"""Figures of a named party (issue 11, session 23): what a figure measures of
whom, read from its sentence, so that two articles' figures of one owner can
be compared though their sentences never met.

Business and sports copy states figures that belong to someone: a team's
offer ("the Washington Nationals made Teixeira an eight-year, $160 million
offer"), what a player or his agent asks for ("Teixeira is seeking a 10-year
contract"), the funding a company raised ("SeaMicro, which raised $35m in two
rounds of funding"). A figure is read here as

- its measure: ``offer`` or ``ask`` (facts/offers.py reads which, and whose),
  ``contract`` (a sum a relative clause right after it gives to a named player:
  "the $161 million (over seven years) that CC Sabathia received"), or
  ``funding`` (a sum "in funding", "raised" with a word of funding in its
  sentence, "backed with" …);
- what of it: ``total`` (a sum), ``season`` (a sum per season, per year,
  annual) or ``length`` (a duration: "an eight-year offer");
- its owner: the one name phrase the offer, ask or funding is of, as lower
  case words ("washington nationals"); a figure without an owner is None.

Two figures of one owner in one article are two moments when the words
between them say so ("upgraded their initial offer … to", "though subsequent
rumours suggested …"): ``later_between``. An addition ("and also got $9.3m
in funding from the government") is no level of the funding and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numwords import word_number
from .offers import offer_of
from .whose import sentence_names

__all__ = [
    "Owned",
    "account_between",
    "later_between",
    "length_after",
    "owned_figure",
    "owner_head",
    "owner_links",
    "same_owner",
]

_S = r"[ \u00a0\n]+"


@dataclass(frozen=True)
class Owned:
    measure: str  # "offer", "ask", "contract" or "funding"
    per: str  # "total", "season" or "length"
    owner: tuple[str, ...]  # the owner's name words, lower case


_PER_SEASON_AFTER = re.compile(
    rf"^(?:{_S}|[ \u00a0]*-)(?:(?:a|an|per|each){_S}|a-)(?:season|year|annum)\b"
    rf"|^{_S}(?:annually|yearly)\b",
    re.IGNORECASE,
)
_PER_SEASON_BEFORE = re.compile(
    rf"\b(?:annual|yearly|per-year|per-season){_S}(?:[\w-]+{_S}){{0,2}}?(?:of{_S})?"
    rf"(?:(?:more|less){_S}than{_S}|at{_S}least{_S}|about{_S}|around{_S})?(?:the{_S})?$",
    re.IGNORECASE,
)
_FUNDING_WORD = rf"(?:funding|financing|venture{_S}capital|venture{_S}funding|investment)"
_FUNDING_AFTER = re.compile(
    rf"^{_S}(?:in|of){_S}(?:[\w-]+{_S}){{0,3}}?{_FUNDING_WORD}\b",
    re.IGNORECASE,
)
_RAISED_BEFORE = re.compile(
    rf"\b(?:raised|raises|raising|secured|backed{_S}with|backed{_S}by)"
    rf"{_S}(?:(?:about|around|roughly|some|nearly|almost|more{_S}than|over){_S})?$",
    re.IGNORECASE,
)
_FUNDING_IN_SENTENCE = re.compile(
    rf"\b(?:{_FUNDING_WORD}|rounds?{_S}of|venture|investors)\b", re.IGNORECASE
)
# "and also got $9.3m", "an additional $5m", "another $20m": an addition, not the level
_ADDITION = re.compile(r"\b(?:also|additional|another|extra)\b[^.;:$€£\d]{0,25}$", re.IGNORECASE)
# another deal held up as a yardstick: "surpassing the $90 million deal they gave to
# Guerrero", "more than the $21 million", "the largest since …" (judge/deal.py too)
_YARDSTICK = re.compile(
    r"\b(?:surpass\w*|exceed\w*|top(?:s|ped|ping)?|eclips\w*|beat(?:s|ing)?|than|since|"
    r"compared|record|dwarf\w*)\b[^.;:!?$€£\d]{0,30}$",
    re.IGNORECASE,
)
# an add-on's price: "an anti-glare display … for $50 extra"
_EXTRA_AFTER = re.compile(rf"{_S}(?:extra|more|additional|on{_S}top)\b", re.IGNORECASE)
# "SeaMicro, which raised …": the name the relative clause follows
_WHICH = re.compile(
    rf"((?:[A-Z][\w.’'-]*{_S}){{0,2}}[A-Z][\w.’'-]*),?{_S}(?:which|that|who){_S}"
    rf"(?:has{_S}|had{_S}|have{_S})?(?:\w+{_S}){{0,1}}?(?:raised|secured|got|received)\b"
)
# the sentence's opening name: "SeaMicro was founded in 2007 and is backed with …"
_OPENING = re.compile(rf"[\"'“‘(\s]*((?:[A-Z][\w.’'-]*{_S}){{0,3}}?[A-Z][\w.’'-]*)\b")
_NOT_OPENERS = frozenset(
    (
        *("the", "a", "an", "it", "its", "he", "she", "they", "their", "his", "her", "this"),
        *("that", "these", "those", "in", "on", "at", "for", "with", "by", "but", "and"),
        *("or", "as", "after", "before", "when", "while", "last", "next", "one", "two"),
    )
)
_NAME_RUN = re.compile(r"[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*)*")


def owned_figure(text: str, start: int, end: int, kind: str, before: str = "") -> Owned | None:
    """What the figure at ``text[start:end]`` (a fact of ``kind``, in its
    sentence ``text``) measures of whom; None when not a named party's offer,
    ask or funding (module doc). ``before``: the article up to the sentence."""
    per = _per(text, start, end, kind)
    if per is None:
        return None
    signed = _CONTRACT_OF.match(text, end) or _IN_CONTRACT.search(text, 0, start)
    if signed:  # "the $161 million (over seven years) that CC Sabathia received"
        owner = _words(signed.group(1))
        return Owned("contract", per, owner) if owner else None
    if _YARDSTICK.search(text[max(0, start - 40) : start]) or _EXTRA_AFTER.match(text, end):
        return None  # another party's figure held up to it, or an add-on: no level of it
    offer = offer_of(text, start, end, before)
    if offer is not None:
        if offer.anyone or not offer.owner:
            return None
        head = owner_head(text, offer.owner) or owner_head(before, offer.owner)
        return Owned(offer.kind, per, head) if head else None
    if kind != "money" or per != "total":
        return None
    owner = _funded(text, start, end)
    return Owned("funding", per, owner) if owner else None


# A relative clause right after a sum that names who signed, got or is finalising it:
# "the $161 million (over seven years) that fellow free agent CC Sabathia received
# from the Yankees", "the $21 million that left-hander CC Sabathia is close to
# finalizing with the New York Yankees".
_SIGNED_TO = (
    rf"that{_S}(?:[a-z][\w-]*{_S}){{0,3}}((?:[A-Z][\w.’'-]*{_S}){{0,3}}[A-Z][\w.’'-]*){_S}"
    rf"(?:received|got|signed|accepted|agreed{_S}to|landed|earned|took|"
    rf"(?:is|was){_S}(?:close{_S}to{_S}finali[sz]ing|finali[sz]ing|set{_S}to{_S}receive|"
    rf"due{_S}to{_S}receive|getting))\b"
)
_CONTRACT_OF = re.compile(
    rf"(?:{_S}(?:a|an|per|each){_S}(?:season|year))?(?:[ \u00a0]*\([^()]{{0,40}}\))?"
    rf"{_S}{_SIGNED_TO}"
)
# A figure inside such a relative clause is of its player too: "… the $21 million
# that CC Sabathia is close to finalizing with the Yankees for the next seven years".
_IN_CONTRACT = re.compile(rf"\b{_SIGNED_TO}[^.;:()\u2014]*$")
# The length a sum is spread over, right after it: "$184 million over eight years",
# "$161 million (over seven years)", "$120 million over the next six seasons".
_OVER = re.compile(
    rf"^[ \u00a0]*\(?[ \u00a0]*(?:over|for|across){_S}(?:the{_S}(?:next{_S})?)?"
    rf"(\d+|[a-z]+(?:-[a-z]+)?){_S}(?:years|seasons)\b",
    re.IGNORECASE,
)


def length_after(text: str, end: int) -> float | None:
    """The years a sum ending at ``end`` is spread over, when the words right
    after it say so ("$184 million over eight years": 8), else None."""
    m = _OVER.match(text[end : end + 50])
    if m is None:
        return None
    n = m.group(1)
    years = float(n) if n.isdigit() else word_number(n)
    return years if years and 0 < years <= 40 else None


def _per(text: str, start: int, end: int, kind: str) -> str | None:
    if kind == "duration":
        return "length"
    if kind != "money":
        return None
    season = _PER_SEASON_AFTER.match(text[end : end + 20])
    season = season or _PER_SEASON_BEFORE.search(text[max(0, start - 80) : start])
    return "season" if season else "total"


def _funded(text: str, start: int, end: int) -> tuple[str, ...]:
    """The owner of a sum of funding, or () when the sum is no funding or
    names no owner (an addition, a pronoun subject)."""
    head = text[max(0, start - 120) : start]
    if _ADDITION.search(head):
        return ()
    after = _FUNDING_AFTER.match(text[end : end + 60])
    raised = _RAISED_BEFORE.search(head) and _FUNDING_IN_SENTENCE.search(text)
    if not (after or raised):
        return ()
    which = list(_WHICH.finditer(text, 0, start))
    if which:
        return _words(which[-1].group(1))
    opening = _OPENING.match(text)
    if opening is None or opening.group(1).split()[0].lower() in _NOT_OPENERS:
        return ()
    return _words(opening.group(1))


def _words(phrase: str) -> tuple[str, ...]:
    return sentence_names("x " + phrase)


def owner_head(text: str, owner: tuple[str, ...]) -> tuple[str, ...]:
    """The owner words that stand in the first name phrase of ``text`` naming
    its first word ("the Red Sox team of owner John Henry, COO Larry
    Lucchino …": red sox)."""
    for m in _NAME_RUN.finditer(text):
        words = [w.lower() for w in m.group(0).split()]
        if owner[0] in words:
            return tuple(w for w in owner if w in words)
    return ()


Links = dict[str, list[frozenset[str]]]  # a word -> the name groups holding it


def owner_links(texts: tuple[str, ...]) -> Links:
    """The groups of name words that name one party in ``texts``: a name
    phrase ("Boston Red Sox"), a client and the agent who speaks for him
    ("Teixeira's agent, Scott Boras"; "Scott Boras, Teixeira's agent")."""
    groups: set[frozenset[str]] = set()
    for text in texts:
        for m in _NAME_RUN.finditer(text):
            words = frozenset(w.lower().strip(".’'") for w in m.group(0).split())
            if len(words) > 1:
                groups.add(words)
        for m in _AGENT.finditer(text):
            client, agent = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            groups.add(frozenset(_words(client)) | frozenset(_words(agent)))
    links: Links = {}
    for g in groups:
        for w in g:
            links.setdefault(w, []).append(g)
    return links


# "Teixeira's agent, Scott Boras", "Scott Boras, Teixeira's agent"
_A_NAME = r"(?:[A-Z][\w.’'-]*[ \u00a0]+){0,2}[A-Z][\w.’'-]*"
_AGENT = re.compile(
    rf"\b({_A_NAME})['’]s{_S}(?:[a-z]+{_S}){{0,2}}agent,?{_S}({_A_NAME})"
    rf"|\b({_A_NAME}),{_S}({_A_NAME})['’]s{_S}(?:[a-z]+{_S}){{0,2}}agent\b"
)


def same_owner(a: tuple[str, ...], b: tuple[str, ...], links: Links) -> bool:
    """Whether two owners are one: they share a word, or one group of
    ``links`` holds the whole of one and a word of the other ("Boston Red
    Sox" makes "the Boston offer" the Red Sox's)."""
    if not a or not b:
        return False
    if set(a) & set(b):
        return True
    for g in [*links.get(a[0], ()), *links.get(b[0], ())]:
        if (set(a) <= g and g & set(b)) or (set(b) <= g and g & set(a)):
            return True
    return False


# Words between two figures of one owner that make the second a later moment.
_LATER = re.compile(
    r"\b(?:subsequent(?:ly)?|later|since|latest|now|new|revised|improved|sweetened|"
    r"upgraded|raised|increased|boosted|bumped|lowered|cut|reduced)\b",
    re.IGNORECASE,
)
_CHANGED_TO = re.compile(
    r"\b(?:upgrad|rais|increas|improv|sweeten|boost|bump|revis|lower|cut|reduc|trimm)\w*\b"
    r"[^.;]{0,120}$",
    re.IGNORECASE,
)
_TO = re.compile(rf"(?:^|{_S})to{_S}", re.IGNORECASE)


def later_between(head: str, between: str) -> bool:
    """Whether a figure is a later moment of the figure before it: the words
    ``between`` them say so ("though subsequent rumours suggested"), or a
    verb of changing before the first (in ``head``, its sentence up to it)
    reaches the second with "to" ("upgraded their initial offer … -- eight
    years, $160 million -- to somewhere between …")."""
    if _LATER.search(between):
        return True
    return bool(_CHANGED_TO.search(head) and _TO.search(between))


# Words of a later account of one figure, not of a change to it: "reports pegged
# the offer as high as $184 million, though subsequent rumours suggested …"
_ACCOUNT = re.compile(
    r"\b(?:rumou?r\w*|reports?|reported(?:ly)?|suggest\w*|sources?|speculat\w*|pegged)\b",
    re.IGNORECASE,
)
_CHANGE_WORD = re.compile(
    r"\b(?:upgrad|rais|increas|improv|sweeten|boost|bump|revis|lowered|cut|reduc|trimm)\w*\b",
    re.IGNORECASE,
)


def account_between(head: str, between: str) -> bool:
    """Whether a later moment (later_between) is a later account of one figure
    ("though subsequent rumours suggested that the numbers are a little lower")
    rather than a change of it told as a change ("upgraded their initial offer
    … to"): the words between name a report or rumour and no verb of changing."""
    if _CHANGE_WORD.search(between) or (_CHANGED_TO.search(head) and _TO.search(between)):
        return False
    return _ACCOUNT.search(between) is not None
