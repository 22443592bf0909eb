"""Figures of different members of a list are no one figure (session 42,
issue 11): "Hemsley scored 31 points and Ortega added 18" against "Ortega
scored 22 points" pairs Ortega's 18 with 22, never Hemsley's 31; "revenue
rose 4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia" against "Revenue in
Asia fell 2% to $3.1bn" keeps Europe's $3.1bn from Asia's.

Read by judge/why_apart.py as "owner" (row ``different_owners``)."""

from __future__ import annotations

from ..facts.listed_owners import is_list, item_owner, item_words, other_owners
from ..facts.places import same_place

# Figures a list tells by owner: counts, sums, shares, lengths ("Cole was jailed
# for 12 years and Reed for eight"); never dates, which the members share.
_KINDS = frozenset(("number", "quantity", "money", "percent", "duration"))

Side = tuple[str, str, tuple[int, int]]  # a sentence, the figure's kind, its span


def listed_owners_differ(a: Side, b: Side) -> bool:
    """One sentence at least lists several owners' figures (facts/listed_owners.py),
    each figure's item names an owner the other figure's item does not name,
    and one list tells the other's owner as another member: two list members'
    figures."""
    (text_a, kind_a, span_a), (text_b, kind_b, span_b) = a, b
    if kind_a not in _KINDS or kind_b not in _KINDS:
        return False
    if not (is_list(text_a) or is_list(text_b)):
        return False
    own_a, own_b = item_owner(text_a, *span_a), item_owner(text_b, *span_b)
    if not own_a or not own_b:
        return False
    words_a, words_b = item_words(text_a, span_a[0]), item_words(text_b, span_b[0])
    only_a = [w for w in own_a if not any(same_place(w, t) for t in words_b)]
    only_b = [w for w in own_b if not any(same_place(w, t) for t in words_a)]
    if not only_a or not only_b:
        return False
    # and one list tells the other figure's owner as another of its members: "two in
    # Avebury" beside "three in Lorn" against "two in Lorn"; a name the list never
    # tells ("from B.C. valley towns" / "in the Elkhorn Valley") may be one place
    return _member(only_b, other_owners(text_a, *span_a)) or _member(
        only_a, other_owners(text_b, *span_b)
    )


def _member(names: list[str], members: frozenset[str]) -> bool:
    return any(same_place(w, m) for w in names for m in members)
