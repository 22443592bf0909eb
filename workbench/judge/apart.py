"""Whether two figures' clauses say they measure different things: different
owners, distances from different places, changes of different things, or
clauses that tell of different events (read from ``facts.measure.Measure``
and the two sentences; used by judge/pairing.py and the CANDIDATE rows)."""

from __future__ import annotations

import re

from ..facts.measure import Measure
from ..facts.whose import named_in, names_in_clause, pronoun_owner, sentence_names


def things_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two figures of changes of different things ("profit rose" / "revenue rose"),
    neither of which the other sentence names."""
    if not a.thing or not b.thing or a.thing[:5] == b.thing[:5]:
        return False
    return not named_in((a.thing,), text_b) and not named_in((b.thing,), text_a)


def owners_differ(
    a: Measure,
    text_a: str,
    b: Measure,
    text_b: str,
    taken: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> bool:
    """Two figures of different owners: both name one, they share no word,
    and neither owner is named anywhere in the other's sentence (which may
    name it away from the figure) except as the owner of another figure there
    (``taken``: the owner words of each sentence's other figures; "Miller
    scored 19 points and Johnson had 11 rebounds" names Johnson as the owner
    of the rebounds, so the 19 points are Miller's, not Johnson's 24). A
    listed figure ("the Nationals (eight years)") also differs from one whose
    sentence never names its owner."""
    if (a.listed and not named_in(a.owner, text_b)) or (b.listed and not named_in(b.owner, text_a)):
        return True
    if _named_apart(a.owner or a.subject, text_a, b.owner or b.subject, text_b, taken):
        return True
    # one team's two players: "Jones has rushed for 1,203 yards for the Bears" /
    # "Smith has rushed for 980 yards for the Bears" (session 14)
    return _named_apart(a.subject, text_a, b.subject, text_b, taken)


def _named_apart(
    own_a: tuple[str, ...],
    text_a: str,
    own_b: tuple[str, ...],
    text_b: str,
    taken: tuple[frozenset[str], frozenset[str]],
) -> bool:
    if not own_a or not own_b or set(own_a) & set(own_b):
        return False
    free_a = tuple(w for w in own_a if w not in taken[1])
    free_b = tuple(w for w in own_b if w not in taken[0])
    return not named_in(free_a, text_b) and not named_in(free_b, text_a)


def references_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two distances measured from different named places, neither of which the
    other sentence names ("two miles from Dunmore" / "three miles from Kilbeg")."""
    if not a.reference or not b.reference or set(a.reference) & set(b.reference):
        return False
    return not named_in(a.reference, text_b) and not named_in(b.reference, text_a)


def names_apart(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Each value's clause names someone or something the other sentence never
    names ("When Hurricane George destroyed the clinic in 1998" / "destroyed in
    Hurricane Katrina in 2005"): the two clauses tell of different events."""
    own_a = [w for w in names_in_clause(text_a, *span_a) if not named_in((w,), text_b)]
    own_b = [w for w in names_in_clause(text_b, *span_b) if not named_in((w,), text_a)]
    return bool(own_a) and bool(own_b)


def places_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two counts made in different named places ("1,200 cases in Fulton County" /
    "3,400 cases in Georgia"), neither of which the other sentence names: two
    scopes, not one figure misreported."""
    if not a.where or not b.where or set(a.where) & set(b.where):
        return False
    return not named_in(a.where, text_b) and not named_in(b.where, text_a)


# A sentence opening on a subject pronoun: one person ("He must serve at least 35
# years") or several ("They have received sentences ranging from six to 75 years").
_OPENING_PRONOUN = re.compile(r"[\"'“‘ ]*(He|She|They)\b")


def pronouns_differ(text_a: str, text_b: str) -> bool:
    """Two sentences that open on subject pronouns of different number, one
    person and several: their figures are not one person's."""
    a, b = _OPENING_PRONOUN.match(text_a), _OPENING_PRONOUN.match(text_b)
    if a is None or b is None:
        return False
    return (a.group(1) == "They") != (b.group(1) == "They")


def sentences_name_apart(text_a: str, text_b: str) -> bool:
    """Each sentence names someone or something the other never names ("selling
    the Samsung Galaxy S4, pushing the ordering date back to April 29" /
    "carrying the Q10, with pre-registration starting on April 29th")."""
    own_a = [w for w in sentence_names(text_a) if not named_in((w,), text_b)]
    own_b = [w for w in sentence_names(text_b) if not named_in((w,), text_a)]
    return bool(own_a) and bool(own_b)


def resolved_owners_differ(
    owners: tuple[tuple[str, ...], tuple[str, ...]],
    sides: tuple[tuple[str, int, int, str], tuple[str, int, int, str]],
) -> bool:
    """Two figures of different people once a "He" or "She" opening a figure's
    sentence is read as the one person the article named just before
    (whose.pronoun_owner): "He has rushed for 150 yards" after "Bush missed
    eight games" is Bush's, not the 793 yards of a "He" who is Thomas.
    ``owners``: each figure's own owner words (Measure.owner or subject);
    ``sides``: each figure's sentence, span and the article before that
    sentence. A pronoun only tells owners apart; it never makes two figures one
    owner's, and an owner the other sentence names is no different owner."""
    (ta, sa, ea, before_a), (tb, sb, eb, before_b) = sides
    own_a = owners[0] or pronoun_owner(ta, sa, ea, before_a)
    own_b = owners[1] or pronoun_owner(tb, sb, eb, before_b)
    if not own_a or not own_b or (owners[0] and owners[1]) or set(own_a) & set(own_b):
        return False
    return not named_in(own_a, tb) and not named_in(own_b, ta)
