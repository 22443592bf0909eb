"""A count of a group its own words mark as some of another report's total
(issue 11, session 31): "46 passengers and crew" / "42 passengers"; "35
residents and nine firefighters had been treated" / "44 people had been
injured". The narrower count is not the total misreported.

A subgroup is kept apart only when its own words mark it as one — the brief
of a session before (eng85) lost right flags by keeping apart any two counts
of different sizes:

- **a noun joined to another** (``joined_whole``): the total counts its noun
  and another group ("46 passengers and crew", "300 staff plus
  contractors"), the other count that noun alone ("42 passengers"), no larger
  than the total. "nine people, including crew" / "seven people" is no such
  case: "seven people" does not say it leaves the crew out (a question, as
  before: ``scopes.wider_scope``);
- **an "and" list whose parts add up** (``listed_part``): the count is one
  item of a list of counts sharing one predicate ("35 residents and nine
  firefighters") whose sum is the other figure ("44").

A count larger than the total it would be part of stays compared.
"""

from __future__ import annotations

import re

from ..facts.quantity.compare import canonical_counted, plural_of
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import counted_key, same_value
from .parts import rest_of_a_total
from .stages import CANDIDATE, Outcome, Rule

_S = r"[ \u00a0]+"
# The total's noun joined to another group's right after it: "46 passengers and crew"
_JOINED = re.compile(rf"{_S}[a-z][\w-]*,?{_S}(?:and|plus|as{_S}well{_S}as){_S}(?:the{_S})?[a-z]")
# Between two items of a list of counts sharing one predicate: "35 residents and
# nine" (not "14 were killed and 29": two predicates; not "44 people, nine of them")
_NOUN = r"(?!(?:were|was|is|are|had|have|has|been|being|be|will|would)\b)(?![\w-]+(?:ed|ing)\b)"
_LIST_GAP = re.compile(rf"{_S}(?:{_NOUN}[a-z][\w-]*{_S})?{_NOUN}[a-z][\w-]*,?{_S}and{_S}$")
# How far a total may be from the sum of a list and still be that sum: a figure,
# not a bound ("more than 100" is no sum of "112 passengers and six crew").
_CLOSE = 0.1


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def _count(f: Fact) -> bool:
    return f.kind == "number" and _bounds(f) is not None


def joined_whole(c: CandidateCase) -> bool:
    """One count joins its noun to another group's ("46 passengers and crew"),
    the other counts that noun alone and no more ("42 passengers")."""
    if c.claims is None or c.measures is None or not (_count(c.x) and _count(c.y)):
        return False
    sides = ((c.claims[0], c.x, c.measures[0]), (c.claims[1], c.y, c.measures[1]))
    for (cw, whole, mw), (_, part, mp) in (sides, sides[::-1]):
        if mw.inclusion not in ("more", "others") or mp.inclusion:
            continue
        noun = counted_key(whole)
        if not noun or noun != counted_key(part):
            continue
        if not _JOINED.match(cw.text, whole.end - cw.start):
            continue
        # as written, not within rounding: "160 passengers" is more than "150 … and crew"
        pv, wv = getattr(part.mention, "value", None), getattr(whole.mention, "value", None)
        if isinstance(pv, (int, float)) and isinstance(wv, (int, float)) and pv <= wv:
            return True
    return False


def _list_of(claim: Claim, f: Fact, facts: list[Fact]) -> list[Fact]:
    """The counts of ``f``'s list ("35 residents and nine firefighters"), in
    order, ``f`` among them; [f] when it stands in none."""
    counts = sorted((g for g in facts if _count(g)), key=lambda g: g.start)
    if f not in counts:
        return [f]
    i = counts.index(f)
    lo = hi = i
    while lo > 0 and _LIST_GAP.fullmatch(
        claim.text, counts[lo - 1].end - claim.start, counts[lo].start - claim.start
    ):
        lo -= 1
    while hi + 1 < len(counts) and _LIST_GAP.fullmatch(
        claim.text, counts[hi].end - claim.start, counts[hi + 1].start - claim.start
    ):
        hi += 1
    return counts[lo : hi + 1]


def listed_part(a: tuple[Claim, Fact, list[Fact]], b: tuple[Claim, Fact, list[Fact]]) -> bool:
    """One count is an item of a list of counts whose sum the other figure is
    ("35 residents and nine firefighters" / "44 people"), the other no item of
    a list itself."""
    for (ca, x, fa), (cb, y, fb) in ((a, b), (b, a)):
        if not (_count(x) and _count(y)) or len(_list_of(cb, y, fb)) > 1:
            continue
        items = _list_of(ca, x, fa)
        if len(items) < 2:
            continue
        spans = [_bounds(g) for g in items]
        total = _bounds(y)
        if total is None or any(s is None for s in spans):
            continue
        if not total[1] - total[0] <= _CLOSE * max(total[0], 1.0):
            continue  # a bound or a vague amount is no sum
        low = sum(s[0] for s in spans if s is not None)
        high = sum(s[1] for s in spans if s is not None)
        if low <= total[1] and total[0] <= high:
            return True
    return False


def subgroup_of_total(c: CandidateCase) -> bool:
    """A differing count its own words mark as some of the other's total."""
    if c.cmp.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT) or c.same_value:
        return False
    return joined_whole(c)


SUBGROUP_OF_TOTAL = Rule(
    "subgroup_of_total",
    CANDIDATE,
    subgroup_of_total,
    Outcome.SKIP,
    "a count that joins its noun to another group's ('46 passengers and crew') against a "
    "count of that noun alone, no larger ('42 passengers'): the total and a group within "
    "it, not one figure misreported — no flag. 'nine people, including crew' / 'seven "
    "people' stays a question (the seven do not say they leave the crew out)",
    "tests/test_s31_measures.py::test_a_subgroup_its_words_mark_is_not_its_total",
)


_Side = tuple[Claim, Fact, list[Fact], dict]
# How far before a count its sentence may name the group it is some of ("Among
# the children on board, three died").
_GROUP_REACH = 80


def _names_group(claim: Claim, f: Fact, noun: str) -> bool:
    """Whether ``f``'s sentence names the group ``noun`` right before it or as
    its own noun ("Among the children on board, three died"; "three children")."""
    words = {noun, plural_of(noun, 2)}
    start = f.start - claim.start
    before = claim.text[max(0, start - _GROUP_REACH) : start].lower()
    if any(re.search(rf"\b{re.escape(w)}\b", before) for w in words):
        return True
    return canonical_counted(str(getattr(f.mention, "counted", "") or "")) == noun


def member_told_apart(a: _Side, b: _Side) -> bool:
    """One sentence names a group within its count ("Twelve died, including
    three children"), the other gives that group's count, naming the group
    ("Among the children on board, three died"): that figure is the group, not
    the whole misreported."""
    for (_, x, fa, ma), (cb, y, _, mb) in ((a, b), (b, a)):
        if mb.get(y.id) is not None and mb[y.id].role == "member":
            continue
        for g in fa:
            if g.id == x.id or g.start < x.end or ma.get(g.id) is None:
                continue
            if ma[g.id].role != "member" or not same_value(g, y):
                continue
            noun = canonical_counted(str(getattr(g.mention, "counted", "") or ""))
            if noun and _names_group(cb, y, noun):
                return True
    return False


def part_reason(a: _Side, b: _Side) -> str:
    """ "part" when one figure is the other's total less the parts its sentence
    states (parts.rest_of_a_total: sums of money), one item of a list of counts
    that adds up to the other (``listed_part``), or the count of a group the
    other's sentence names within its total (``member_told_apart``), else ""."""
    (ca, x, fa, ma), (cb, y, fb, mb) = a, b
    if rest_of_a_total((x, fa, ma), (y, fb, mb)) or listed_part((ca, x, fa), (cb, y, fb)):
        return "part"
    return "part" if member_told_apart(a, b) else ""
