"""Ages listed in two aligned sentences: whose each one is, by elimination.

Trial 25: "police found the bodies of two women -- 68 and 48-years-old" (one
report) against "61-year-old Kathryn Gomes and 48-year-old Robin Mendes"
(another). Pairing put 48 with 48 and 68 with 61, but the rule that drops a
difference when only one side says whose figure it is
(``owner_on_one_side_conflict_in_other_words``) hid 68 vs 61: "68" names no
owner. When both sentences give the same number of ages (two or more), every
age of each is paired, and all but one pair agree, the last pair is the
remaining person of both lists: its owner is known by elimination, both
figures measure one thing (the age of one person), and the difference is
shown like any other - also just below the conflict floor
(``measured_alike_below_the_floor``), as for a figure measured alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..model import Claim, Fact, Verdict

# judge.pairing.Paired, not imported: pairing imports this module
Paired = Any

_S = r"[ \u00a0]"
# after the figure: "-year-old", " years old", "-years-old", " and 48-years-old"
_AGE_AFTER = re.compile(
    rf"(?:(?:[-\u2010]|{_S}+)years?)?(?:[-\u2010]|{_S}+)old\b"
    rf"|(?:,?{_S}+(?:and{_S}+)?\d{{1,3}})+(?:[-\u2010]|{_S}+)years?(?:[-\u2010]|{_S}+)old\b",
    re.IGNORECASE,
)
# before it: "aged 68", "aged 61 and"
_AGED_BEFORE = re.compile(rf"\baged{_S}+(?:\d{{1,3}},?{_S}+(?:and{_S}+)?)*$", re.IGNORECASE)
_AGREE = (Verdict.IDENTICAL, Verdict.CONSISTENT)


def is_age(claim: Claim, f: Fact) -> bool:
    """A figure of a claim written as someone's age in years."""
    return _age_at(claim.text, f.start - claim.start, f.end - claim.start)


@lru_cache(maxsize=1 << 14)
def _age_at(text: str, start: int, end: int) -> bool:
    """:func:`is_age`, read once per figure, not twice for every claim its
    claim is compared with (session 33: 38,018 readings at 200 articles)."""
    if not re.match(r"\d{1,3}(?:\b|[-\u2010 ]years?$)", text[start:end]):
        return False
    return bool(_AGE_AFTER.match(text, end)) or bool(
        _AGED_BEFORE.search(text[max(0, start - 40) : start])
    )


def owners_by_elimination(
    ca: Claim, cb: Claim, fa: Sequence[Fact], fb: Sequence[Fact], paired: list[Paired]
) -> list[Paired]:
    """``paired`` with the last differing pair of two lists of ages marked as
    of one known owner (module docstring)."""
    ages_a = {f.id for f in fa if is_age(ca, f)}
    ages_b = {f.id for f in fb if is_age(cb, f)}
    if len(ages_a) < 2 or len(ages_a) != len(ages_b):
        return paired
    ages = [p for p in paired if p.x.id in ages_a and p.y.id in ages_b]
    if len(ages) != len(ages_a):
        return paired  # an age of one list paired with something else, or with nothing
    rest = [p for p in ages if p.cmp.verdict not in _AGREE]
    if len(rest) != 1:
        return paired
    # by elimination: one person's age on both sides, one fact whatever the alignment;
    # a happening one clause names ("the bodies of two women -- 68 and …") is not what
    # an age measures
    known = rest[0]._replace(
        owner_unknown=False, owned_once=False, said_once=False, measured_alike=True
    )
    return [known if p is rest[0] else p for p in paired]


_AGE_MARK = frozenset({"‹age›"})
Frames = dict[str, set[str]]


def listed_ages(
    ca: Claim,
    cb: Claim,
    facts: tuple[Sequence[Fact], Sequence[Fact]],
    frames: tuple[Frames, Frames],
) -> tuple[Frames, Frames]:
    """The frames (words saying what a figure measures) of two claims' facts,
    with what the ages of two lists of as many ages (two or more) measure as a
    word each shares with the other list's: an age. Their surrounding words
    may share nothing ("two women -- 68 and 48-years-old" / "61-year-old
    Kathryn Gomes and 48-year-old Robin Mendes"), which alone would keep the
    ages apart (rule ``different_measures``)."""
    ages_a = {f.id for f in facts[0] if is_age(ca, f)}
    ages_b = {f.id for f in facts[1] if is_age(cb, f)}
    if len(ages_a) < 2 or len(ages_a) != len(ages_b):
        return frames
    fa, fb = frames
    return (
        {k: v | _AGE_MARK if k in ages_a else v for k, v in fa.items()},
        {k: v | _AGE_MARK if k in ages_b else v for k, v in fb.items()},
    )
