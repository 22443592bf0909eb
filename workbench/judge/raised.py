"""Sums raised only grow too (issue 11, session 43).

"The appeal has now raised 150,000 pounds" on Tuesday and "So far the appeal
has raised 120,000 pounds" on Friday: money raised, donated or pledged to an
appeal, like the dead or the arrested (judge/grows.py), is a tally that only
grows, so the later report's figure told as current below the earlier one's is
an old figure (dated_counts.told_current_after_a_higher). So is an effort's
tally ("There are now 380 confirmed cases" after "climbed to 412"). Kept apart from
grows.only_grows: 'raised' there would make a bank's raised rate or forecast a
tally for every row that asks it.
"""

from __future__ import annotations

import re

from ..model import Fact
from .efforts import tally_kind
from .grows import at_in, is_floor, moved_as_it_may, only_grows

# a sum given to an appeal: "has raised", "donations", "pledged", "collected"
_RAISED = re.compile(
    r"(?i)\b(?:raised|rais(?:es|ing)|donat\w+|pledged|pledges|collected|fundrais\w+|crowdfund\w*)\b"
)
_NEAR = 60


def _sum_raised(f: Fact, sentence: str) -> bool:
    if getattr(f.mention, "dimension", "") != "currency":
        return False
    at = at_in(f, sentence)
    if at < 0:
        return False
    near = sentence[max(0, at - _NEAR) : at + len(f.text) + _NEAR]
    return _RAISED.search(near) is not None and "rate" not in near.lower()


def grows_only(f: Fact, sentence: str) -> bool:
    """A tally that only grows: the dead, the arrested (grows.only_grows), an
    effort's tally (efforts.tally_kind: confirmed cases, flights cancelled) or a
    sum raised."""
    return only_grows(f, sentence) or bool(tally_kind(f, sentence)) or _sum_raised(f, sentence)


def fell(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """The later figure below what the earlier gave, so no update of a tally
    that only grows: for counts as grows.moved_as_it_may reads them, for sums
    raised by their values (a floor below a floor too)."""
    (fe, se), (fl, sl) = earlier, later
    if only_grows(fe, se) and only_grows(fl, sl):
        return not moved_as_it_may(earlier, later)
    lo, hi = getattr(fe.mention, "low", None), getattr(fl.mention, "high", None)
    if lo is None or hi is None:
        return False
    if is_floor(fl) and not is_floor(fe):
        return False  # 'more than 100,000 pounds' may be above the earlier sum
    return float(hi) < float(lo)
