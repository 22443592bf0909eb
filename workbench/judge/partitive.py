"""A count told as some of a group: "N of the injured", "N of them" (issue 11,
session 36).

"Twenty-one of the injured were passengers and two were members of the cabin
crew" / "Twenty-six people were hurt, 24 of them passengers": the 21 counts
the passengers among the injured, not the injured; "A dozen of the dead were
children" / "At least 27 people were killed": the dozen are children among
the dead, not the toll (authored emergency_landing and stadium_crush: four
such flags, subgroup against total, judged wrong by readers).

A count followed by "of the …", "of them", "of whom", "of those" is a part of
the group named after it. Against a count of no such part that is no
smaller, the two are a part and its whole, not one figure misreported: no
flag, and the part is left to pair with a part of the other sentence ("24 of
them passengers"). A key figure of a story (judge/story.py) is never such a
part.
"""

from __future__ import annotations

import re

from ..model import Fact, Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule

_OF_A_GROUP = re.compile(
    r"(?i:[ \u00a0]+of[ \u00a0]+(?:the|them|whom|those|these|its|their)\b(?![ \u00a0]+(?:year|day|"
    r"week|month|time|way|total)s?\b))"
)


def told_as_a_part(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` of ``text`` counts some of a group."""
    return _OF_A_GROUP.match(text, end) is not None


def _part(f: Fact, sentence: str, start: int) -> bool:
    return told_as_a_part(sentence, f.end - start)


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def part_of_a_group(c: CandidateCase) -> bool:
    """One count told as some of a group, the other told as no part, no smaller."""
    if c.claims is None or c.cmp.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT):
        return False
    if getattr(c.x.mention, "dimension", "") != "count":
        return False
    if getattr(c.y.mention, "dimension", "") != "count":
        return False
    parts = [_part(f, cl.text, cl.start) for f, cl in zip((c.x, c.y), c.claims, strict=True)]
    if parts[0] == parts[1]:
        return False
    part, whole = (c.x, c.y) if parts[0] else (c.y, c.x)
    bp, bw = _bounds(part), _bounds(whole)
    return bp is not None and bw is not None and bp[0] <= bw[1]


PART_OF_A_GROUP = Rule(
    "part_of_a_group_against_its_whole",
    CANDIDATE,
    part_of_a_group,
    Outcome.SKIP,
    "a count told as some of a group ('Twenty-one of the injured were passengers', 'A "
    "dozen of the dead were children') against a count told as no part, no smaller "
    "('Twenty-six people were hurt'): a part and its whole, not one figure misreported — "
    "no flag; the part pairs with a part of the other sentence ('24 of them passengers') "
    "(session 36, authored emergency_landing, stadium_crush: judged wrong as conflicts)",
    "tests/test_s36_count_stages.py::test_a_count_of_some_of_a_group_is_not_the_group",
)
