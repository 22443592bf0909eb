"""The parties a deal's price names in its clause (issue 11, session 24).

Reports of one takeover state its price in sentences too differently worded
to align, and an article that is about the deal only in part (analysts'
views of it, the CEO's plans) shares few aligned sentences with the others:
the deal pass (judge/deal.py) then left its price out as a figure of a
loosely related article. A price whose clause names a party of the deal —
the buyer or the company bought — that the other price's clause names too is
that party's deal, as an offer is its team's (judge/owned.py), whatever else
the articles share.

A party is a name run standing within the words of the price's clause
("Hewlett-Packard's forthcoming $13.9 billion acquisition of Electronic Data
Systems", "H-P … will buy the company for $13.9 billion", "the Journal said
HP will pay $12 billion"); one party written as initials is one party
("Hewlett-Packard", "H-P", "HP"; "Electronic Data Systems", "EDS"). A
source that tells of it ("the Journal said", "told Reuters", "according to
Bloomberg") is no party of the deal.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import Claim, Fact

# how far before and after the price a party may stand (the deal pass's window)
_BEFORE = 90
_AFTER = 45
_NAME = re.compile(r"[A-Z][\w&’'-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w&’'-]*)*")
# capitalised words that open a sentence or a clause and name no one
_NOT_NAMES = frozenset(
    (
        *("the", "a", "an", "it", "its", "in", "on", "at", "for", "with", "by", "but"),
        *("and", "or", "as", "after", "before", "when", "while", "this", "that", "these"),
        *("those", "he", "she", "they", "his", "her", "their", "industry", "analysts"),
        *("citing", "ceo", "chief", "executive", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "january", "february", "march"),
        *("april", "may", "june", "july", "august", "september", "october", "november"),
        *("december", "mr", "mrs", "ms", "dr"),
    )
)
# a source that tells of the deal: "the Journal said", "told Reuters"
_SOURCE_AFTER = re.compile(r"[ \u00a0]+(?:said|says|reported|reports|told|quoted)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:told|according[ \u00a0]+to|reported[ \u00a0]+by)[ \u00a0]+$")


class Party(NamedTuple):
    """A name near a price: its keys (the words, lower case, and initials), and
    whether it is a single word opening the sentence ("Ostmark announced",
    "Analysts believe"): that may be a common word, so it may make a party
    shared but never marks one the other price leaves out."""

    keys: frozenset[str]
    opening: bool


def of_price(claim: Claim, f: Fact) -> tuple[Party, ...]:
    """The parties named near the price ``f`` in its sentence."""
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    lo = max(0, s - _BEFORE)
    out: list[Party] = []
    for window, offset in ((text[lo:s], lo), (text[e : e + _AFTER], e)):
        for m in _NAME.finditer(window):
            start, end = offset + m.start(), offset + m.end()
            if _SOURCE_AFTER.match(text, end) or _SOURCE_BEFORE.search(text[:start]):
                continue
            if keys := _keys(m.group()):
                opening = not text[:start].strip(" \u00a0\"'“‘(") and " " not in m.group()
                out.append(Party(frozenset(keys), opening))
    return tuple(out)


def _keys(name: str) -> set[str]:
    words = [w for w in re.split(r"[ \u00a0]+", name) if w.lower() not in _NOT_NAMES]
    words = [w for w in words if w.lower() != "of"]
    if not words:
        return set()
    out = {w.lower().strip("’'").removesuffix("’s").removesuffix("'s") for w in words}
    parts = [p for w in words for p in w.split("-") if p]
    if len(parts) > 1:  # "Electronic Data Systems", "Hewlett-Packard", "H-P"
        out.add("#" + "".join(p[0] for p in parts).lower())
    for w in words:  # "Hewlett-Packard CEO Mark Hurd": the company's own initials
        if len(hyphened := [p for p in w.split("-") if p]) > 1:
            out.add("#" + "".join(p[0] for p in hyphened).lower())
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:  # "HP", "EDS"
        out.add("#" + words[0].lower())
    return out


def shared(a: tuple[Party, ...], b: tuple[Party, ...]) -> str:
    """A party both prices name ("" when none): its initials, or a word. Two
    prices that each name a party the other never names are two deals, one
    party in common or not ("Qatar Airways … will purchase 20 of Boeing's
    777 planes for $4.6 billion" / "officials from China have agreed to
    purchase 60 Boeing 787 aircraft in a deal worth $7.2 billion")."""
    keys_a = frozenset().union(*(p.keys for p in a))
    keys_b = frozenset().union(*(p.keys for p in b))
    common = keys_a & keys_b
    if not common:
        return ""
    if _leaves_out(a, keys_b) and _leaves_out(b, keys_a):
        return ""
    initials = sorted(k for k in common if k.startswith("#"))
    return initials[0][1:].upper() if initials else sorted(common)[0]


def _leaves_out(parties: tuple[Party, ...], other: frozenset[str]) -> bool:
    return any(not p.opening and not p.keys & other for p in parties)
