"""A figure of a part of the area against one of the whole, each told as such
(issue 11, session 41; `facts/area_told.py` reads the width).

"In Halvik itself, all 14 hospitals in the province" / "23 hospitals in the
affected area"; "some 38 per cent of demand in the north" / "roughly 15% of
national demand"; "8% of its German workforce" / "3% of the group's
workforce". Readers judged every conflict between such figures wrong,
"different scope" (opened blackout event): they are not one figure misreported.

- Two shares of wholes told as areas of different widths are shares of two
  wholes: no flag, whatever the values (equal shares of two wholes are no
  agreement either).
- Two counts or sums: the narrower no larger than the wider is a part within
  its whole, no flag (equal ones too: the part may be all of the whole, or the
  same number by chance; neither is an agreement to show). The narrower larger
  than the wider is a question naming both scopes, never a conflict.

Areas of one width told in other words ("in the affected area" / "across the
north") may be one area and are left to the other rows.
"""

from __future__ import annotations

from ..facts.area_told import area_told, width_words
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule


def _area(claim: Claim, f: Fact) -> tuple[int, str]:
    return area_told(claim.text, f.start - claim.start, f.end - claim.start)


def area_width(text: str, start: int, end: int) -> int:
    """The width of the area a figure is told of (0: none told), for judge/dropped.py."""
    return area_told(text, start, end)[0]


def areas_differ(ca: Claim, x: Fact, cb: Claim, y: Fact) -> bool:
    """Whether two figures are told of areas of different widths (bound.py asks
    it of two shares bound to one agreeing figure: '3,150 MW, some 38 per cent of
    demand in the north' / '3,150MW, roughly 15% of national demand')."""
    a, b = _area(ca, x), _area(cb, y)
    return bool(a[0] and b[0]) and a[0] != b[0]


def _areas(c: CandidateCase) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """Each figure's area, when both are told and their widths differ."""
    if c.claims is None or c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return None
    a, b = _area(c.claims[0], c.x), _area(c.claims[1], c.y)
    if not (a[0] and b[0]) or a[0] == b[0]:
        return None
    return a, b


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def _shares(c: CandidateCase) -> bool:
    return all(getattr(f.mention, "dimension", "") == "percent" for f in (c.x, c.y))


def _part_within(c: CandidateCase, widths: tuple[int, int]) -> bool | None:
    """Whether the figure of the narrower area is no larger than the other's
    (None when either has no bounds)."""
    part, whole = (c.x, c.y) if widths[0] < widths[1] else (c.y, c.x)
    pb, wb = _bounds(part), _bounds(whole)
    if pb is None or wb is None:
        return None
    return pb[0] <= wb[1]


def part_of_the_area(c: CandidateCase) -> bool:
    """Two shares of wholes of different widths, or a count of a narrower area no
    larger than one of a wider area."""
    areas = _areas(c)
    if areas is None:
        return False
    if _shares(c):
        return True
    return bool(_part_within(c, (areas[0][0], areas[1][0])))


def part_larger_than_its_area(c: CandidateCase) -> bool:
    """A conflict between counts of areas of different widths, the narrower area's
    the larger: a question, never a conflict."""
    if c.cmp.verdict != Verdict.CONFLICT or _shares(c):
        return False
    areas = _areas(c)
    return areas is not None and _part_within(c, (areas[0][0], areas[1][0])) is False


def _note(c: CandidateCase) -> str:
    areas = _areas(c)
    assert areas is not None
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    (wa, sa), (wb, sb) = areas
    return (
        f"{found}; different areas: '{c.x.text}' {sa} ({width_words(wa)}), '{c.y.text}' {sb} "
        f"({width_words(wb)}) — the figure of the narrower area is the larger; check which "
        "area each source counts — unresolved"
    )


PART_OF_THE_AREA = Rule(
    "part_of_the_area",
    CANDIDATE,
    part_of_the_area,
    Outcome.SKIP,
    "a figure of a part of the area against one of the whole, each told as such ('all 14 "
    "hospitals in the province' / '23 hospitals in the affected area'; 'some 38 per cent of "
    "demand in the north' / 'roughly 15% of national demand'; '8% of its German workforce' "
    "/ '3% of the group's workforce'): shares of two wholes, or a part no larger than its "
    "whole — no flag, neither a conflict nor an agreement",
    "tests/test_s41_areas_and_periods.py::test_a_part_of_the_area_against_the_whole; "
    "authored blackout T9, T12 (development: readers' cause different-scope)",
)
PART_LARGER_THAN_ITS_AREA = Rule(
    "part_larger_than_its_area",
    CANDIDATE,
    part_larger_than_its_area,
    Outcome.UNRESOLVED,
    "a count of a narrower area larger than the count of the wider area it lies in ('40 "
    "hospitals in the province' / '23 hospitals across the north'): a question naming "
    "both areas, never a conflict",
    "tests/test_s41_areas_and_periods.py::test_a_part_larger_than_its_area_is_a_question",
    _note,
)
