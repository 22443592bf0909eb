"""Whether two figures' clauses say they measure different things: different
owners, distances from different places, changes of different things, or
clauses that tell of different events (read from ``facts.measure.Measure``
and the two sentences; used by judge/pairing.py and the CANDIDATE rows)."""

from __future__ import annotations

import re

from ..facts.accounts import accounts_differ
from ..facts.bound_subject import bound_subject
from ..facts.lines import lines_apart
from ..facts.measure import Measure
from ..facts.opponent import opponent_of, without_opponents
from ..facts.places import figure_places, names_place, same_place
from ..facts.whose import (
    clause_bounds,
    named_in,
    names_in_clause,
    pronoun_owner,
    sentence_names,
)


def things_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two figures of changes of different things ("profit rose" / "revenue rose"),
    neither of which the other sentence names."""
    if not a.thing or not b.thing:
        return False
    # "net profit" / "operating profit", "revenue" / "profit": two accounts, even
    # when one sentence names both; "net profit" / "profit" may be one figure
    # named less precisely (facts/accounts.py)
    accounts = accounts_differ(a.thing, b.thing)
    if accounts is not None:
        return accounts
    if a.thing[:5] == b.thing[:5]:
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
    # one size of two product lines: "the 13-inch" of the Air / of the MacBook Pro
    if lines_apart(a.owner, text_a, b.owner, text_b):
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
    # "in the loss to the Lakers" names the Lakers as the opponent, no owner (opponent.py)
    text_a, text_b = without_opponents(text_a), without_opponents(text_b)
    return not named_in(free_a, text_b) and not named_in(free_b, text_a)


def references_differ(
    a: Measure,
    text_a: str,
    b: Measure,
    text_b: str,
    taken: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> bool:
    """Two distances measured from different named places, neither of which the
    other sentence names ("two miles from Dunmore" / "three miles from Kilbeg")
    except as the place another of its figures is measured from (``taken``:
    "11 miles southwest of Guamote and 34 miles south of Riobamba" names
    Guamote for the 11 miles, not for the 34)."""
    return _named_apart(a.reference, text_a, b.reference, text_b, taken)


def bound_subjects_differ(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two figures each bound by its own clause to a name (facts/bound_subject.py:
    "Veldhoven shares fell 2.1%", "Shares in Caldera jumped 34%"; "The United
    States pledged $1.5 million" / "The European Union pledged $2.9 million")
    that share no word, neither named in the other figure's own clause: two
    owners' figures, even when the other sentence names the owner in a clause
    of its own ("…, while Veldhoven shares rose 2.1%"; "…, and Britain, the
    United States and Japan also announced assistance")."""
    own_a, own_b = bound_subject(text_a, *span_a), bound_subject(text_b, *span_b)
    if not own_a or not own_b or set(own_a) & set(own_b):
        return False
    lo_a, hi_a = clause_bounds(text_a, *span_a)
    lo_b, hi_b = clause_bounds(text_b, *span_b)
    text_a, text_b = without_opponents(text_a), without_opponents(text_b)
    return not named_in(own_a, text_b[lo_b:hi_b]) and not named_in(own_b, text_a[lo_a:hi_a])


def opponents_differ(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two figures made against different sides, each named in its own clause
    and neither anywhere in the other sentence ("17 points against the Chiefs" /
    "31 points against the Broncos"): figures of two games (facts/opponent.py)."""
    own_a, own_b = opponent_of(text_a, *span_a), opponent_of(text_b, *span_b)
    if not own_a or not own_b or set(own_a) & set(own_b):
        return False
    return not named_in(own_a, text_b) and not named_in(own_b, text_a)


def names_apart(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Each value's clause names someone or something the other sentence never
    names ("When Hurricane George destroyed the clinic in 1998" / "destroyed in
    Hurricane Katrina in 2005"): the two clauses tell of different events."""
    own_a = [w for w in names_in_clause(text_a, *span_a) if not named_in((w,), text_b)]
    own_b = [w for w in names_in_clause(text_b, *span_b) if not named_in((w,), text_a)]
    return bool(own_a) and bool(own_b)


def places_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two figures of different named places ("1,200 cases in Fulton County" /
    "3,400 cases in Georgia"; "82 percent in India" / "Up to 80 percent … in
    Egypt"), neither of which the other sentence names except as the place of
    another of its figures ("52 percent in Egypt, and 82 percent in India"
    names Egypt as the 52's): two scopes, not one figure misreported."""
    wa, wb = _where(a), _where(b)
    if not wa or not wb:
        return False
    if any(same_place(x, y) for x in wa for y in wb):
        return False
    return not names_place(wa, text_b, figure_places(text_b) - set(wb)) and not (
        names_place(wb, text_a, figure_places(text_a) - set(wa))
    )


def _where(m: Measure) -> tuple[str, ...]:
    """The place a figure is of: a named one, else "worldwide", "nationwide" …;
    not "in the town" or "in the city", which may be the other's named town
    (judge/scopes.py nests it under wider areas)."""
    return m.where or ((m.place,) if m.place and m.place != "town" else ())


def share_of_one_place(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two shares, one of a named place's whole ("less than 1 per cent of
    Australian PC users", "80 percent in Egypt"), the other of a whole whose
    sentence never names that place ("1 in 500 users of Internet Explorer", "70%
    of internet traffic between the continents"): two populations, not one
    share misreported (issue 11, trial 24). Shares only: a toll "in Padang"
    and a toll with no place may well be one."""
    if bool(_where(a)) == bool(_where(b)) or not (a.where or b.where):
        return False  # "worldwide" against no place at all is the same whole
    own, other = (a.where, text_b) if a.where else (b.where, text_a)
    return not names_place(own, other, frozenset())


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
