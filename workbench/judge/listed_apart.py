"""A member of a breakdown its sentence lists against the whole or against
another member (issue 11, session 39; facts/parts/listed.py).

"The chain will shut six stores in the north and four in the south" against
"the chain will shut ten stores": six is the north's share of the ten, not a
different count of the closures. Against "five stores in the south": five is
the south's figure, a different report of the four, not of the six — the row
skips the six's pair so that only the member the other report names is
compared (the four against the five: still a conflict).

The row skips (no flag) a listed member against a count of the other report
that names another member's qualifier, or names none and is the whole the
members add up to. A count naming the member's own qualifier, or naming none
and differing from the total, is still compared.
"""

from __future__ import annotations

from ..facts.parts.listed import Listing, listing_of, member_named, own_stretch
from ..facts.whose import clause_bounds
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule
from .stages_apart import _bounds, _differing


def _member_apart(listing: Listing, clause: str, other: tuple[float, float] | None) -> bool:
    named = member_named(listing, clause)
    if named >= 0:
        return named != listing.index
    return other is not None and other[0] <= listing.total <= other[1]


def member_of_a_listing(c: CandidateCase) -> bool:
    """One count is a listed member and the other is the whole or another member."""
    if not _differing(c) or not (c.x.kind == "number" and c.y.kind == "number"):
        return False
    assert c.claims is not None
    ca, cb = c.claims
    for own, claim, other, other_claim in ((c.x, ca, c.y, cb), (c.y, cb, c.x, ca)):
        listing = listing_of(claim.text, own.start - claim.start, own.end - claim.start)
        if listing is None or listing_of(
            other_claim.text, other.start - other_claim.start, other.end - other_claim.start
        ):
            continue
        s, e = other.start - other_claim.start, other.end - other_claim.start
        lo, hi = clause_bounds(other_claim.text, s, e)
        words = own_stretch(other_claim.text, s, e, lo, hi)
        if _member_apart(listing, words, _bounds(other)):
            return True
    return False


MEMBER_OF_A_LISTING = Rule(
    "member_of_a_listing",
    CANDIDATE,
    member_of_a_listing,
    Outcome.SKIP,
    "a count listed as one member of a breakdown ('six stores in the north and four in the "
    "south') against the whole the members add up to ('ten stores') or against a count the "
    "other report gives for another member ('five stores in the south'): a part, or another "
    "part, not the same figure — no flag for this pair. The member the other report names "
    "is still compared with it",
    "tests/test_s39_steps_and_breakdowns.py::test_a_listed_member_is_not_the_whole_or_another"
    "_member",
)
