"""A count of people told by the noun of what befell them ("16 deaths",
"three arrests", "40 injuries") against a count of people whose clause names
that happening ("Fourteen people died", "two men were arrested"): one count
in other words. The quantity family keeps apart figures naming different
nouns ("deaths" / "people"), so a toll written both ways was never compared
(authored ferry D1: "confirmed 16 deaths" vs "Fourteen people died").

Only a general word for people meets the happening's noun: "three children
died" is a part of the dead, not a rival toll. The COMPARE row is
like.TOLD_BY_NOUN.

A count joined to one person named before it ("The captain, Stavros Mentis,
and two officers were arrested") counts that person too: three arrested, not
two; "Two crew members, including the captain" counts the captain among the
two. Read only for a plain count (no hedge) whose clause names a happening
to people, both sides the same happening (authored ferry D13: "two" and "Two"
were called identical). The COMPARE row is like.JOINED_COUNT."""

from __future__ import annotations

import re

from ..facts.numwords import word_number
from ..facts.quantity.terms import PEOPLE_LIKE
from ..model import Claim, Comparison, Fact, Verdict
from .family_helpers import QUANTITY_KINDS, compare_as_one_count, counted_key

# The noun of a happening (canonical counted key) and the happening the
# clause of the other figure must name (facts/measure: Measure.event).
_NOUN_OF = {"death": "killed", "injury": "injured", "arrest": "arrested", "survivor": "rescued"}
# General words for people (the quantity family's): not a part of them
# (children, crew, officers).
_PEOPLE = PEOPLE_LIKE


def told_by_noun(x: Fact, y: Fact, events: tuple[str, str], ln: str, rn: str) -> Comparison | None:
    """The two compared as one count when one names the happening by its
    noun, the other counts people, and both clauses name that happening."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return None
    ea, eb = events
    if not ea or ea != eb:
        return None
    ka, kb = counted_key(x), counted_key(y)
    pair = {ka, kb}
    nouns = [k for k in pair if _NOUN_OF.get(k) == ea]
    if len(pair) != 2 or len(nouns) != 1 or not (pair - set(nouns)) <= _PEOPLE:
        return None
    return compare_as_one_count(x, y, ln, rn)


_S = r"[ \u00a0]+"
# One person before the count, joined by "and", at the start of its clause: "The
# captain, Stavros Mentis, 58, and two officers", "the driver and two passengers",
# "Ms Ruiz and three others" (a role after a determiner, or a capitalised name;
# set off by commas, an apposition without figures but an age).
_DET = rf"(?i:the|his|her|its|their){_S}(?:[\w'’-]+'s{_S})?"
_JOINED = re.compile(
    rf"(?:^|[,;:—–(]{_S}?|\b(?i:and|as|while|when){_S})"
    rf"(?:{_DET}(?P<role>[a-z][a-z'’-]+)|(?P<name>[A-Z][a-z'’-]+(?:{_S}[A-Z][a-z'’-]+){{0,2}}))"
    rf"(?:,{_S}(?:[^,;:\d]{{1,40}}|\d{{1,3}})){{0,2}},?{_S}and{_S}"
    rf"(?:(?i:his|her|its|their){_S})?$"
)
# The count takes in whom it names: "Two crew members, including the captain".
_INCLUDES = re.compile(
    rf"^(?:{_S}[\w-]+){{0,3}},?{_S}including{_S}(?:the{_S}|his{_S}|her{_S}|its{_S})?"
    rf"(?:[\w'’-]+'s{_S})?(?P<who>[A-Za-z][a-z'’-]+)"
)
_NOT_ONE_TEXT = "all both many several some others other more people men women"
_NOT_ONE = frozenset(_NOT_ONE_TEXT.split())


def _joined_to(claim: Claim, f: Fact) -> str:
    """The person a count is joined to ("the captain … and two officers"), lower case, or ""."""
    s = f.start - claim.start
    m = _JOINED.search(claim.text[max(0, s - 90) : s])
    if m is None:
        return ""
    who = (m.group("role") or m.group("name").split()[-1]).lower()
    plural = who.endswith("s") and not who.endswith("ss")
    return "" if plural or who in _NOT_ONE or word_number(who) is not None else who


def _takes_in(claim: Claim, f: Fact) -> str:
    m = _INCLUDES.match(claim.text, f.end - claim.start)
    return m.group("who").lower() if m else ""


def joined_count(
    x: Fact,
    y: Fact,
    events: tuple[str, str],
    claims: tuple[Claim, Claim] | None,
) -> Comparison | None:
    """Two plain counts of one happening to people, one of them joined to a
    person named before it: compared with that person counted in."""
    if claims is None or not events[0] or events[0] != events[1]:
        return None
    na, nb = word_number(x.text), word_number(y.text)
    if na is None or nb is None or na != int(na) or nb != int(nb):
        return None  # a hedged or rounded figure: its own module compares it
    ca, cb = claims
    ja, jb = _joined_to(ca, x), _joined_to(cb, y)
    if bool(ja) == bool(jb):
        return None  # neither joined, or both: the counts compare as they stand
    who = ja or jb
    ta, tb = int(na) + bool(ja), int(nb) + bool(jb)
    if (_takes_in(cb, y) if ja else _takes_in(ca, x)) not in ("", who):
        return None  # the other count takes in someone else
    left = f"{ta} ('{who} and {int(na)}')" if ja else str(ta)
    right = f"{tb} ('{who} and {int(nb)}')" if jb else str(tb)
    if ta == tb:
        why = f"{left} vs {right}: the same count, the {who} counted in — consistent"
        return Comparison(Verdict.CONSISTENT, why, left, right)
    why = f"{left} vs {right}: exact counts differ, the {who} counted in — conflict"
    return Comparison(Verdict.CONFLICT, why, left, right)
