"""The alignment a conflict needs (issue 11, session 14): rows of the rule
table about the conflict floor, and what a value pair must say of itself to
be shown a little below it.

A conflict needs an alignment strong enough to say both sentences state one
claim. Real copy restates a figure in sentences that share little else
("She returned to her home town 12 weeks ago after …" / "… they had moved
back to Millom around six weeks ago"): their alignment falls just below the
floor although both figures say alike what they measure. Such a pair is
shown when the figures themselves say they are one fact — the same counted
thing, the same happening and the same owner, or for days the same words
around them — and the alignment is within ``JudgeThresholds.below_floor`` of
the floor.
"""

from __future__ import annotations

from ..facts.measure import Measure
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS, counted_key, far_coarser
from .stages import SET_ASIDE, VALUE, Outcome, Rule, is_off

# Stages too common to say two days date one thing: nearly every sentence
# announces or says something ("announced it has lost $6 billion in the first
# quarter" dates the loss, not the announcement).
_WEAK_STAGES = frozenset({"", "announced"})


def measured_alike(
    x: Fact,
    y: Fact,
    ma: Measure,
    mb: Measure,
    counted: bool,
    shared: int,
    wholes: tuple[str, str] = ("", ""),
) -> bool:
    """Whether two figures say alike what they measure, beyond their words
    merely overlapping: for counts and amounts the same counted thing
    (``counted``), the same named happening ("killed", "injured") and the
    same owner; for two shares one named whole (``wholes``: "turnout was
    almost 90%" / "turnout reached 93.87 percent"; shares.py) in one place, of
    one owner, nothing else told apart; for days and lengths of time one kind
    at a like precision (not a day against a quarter) and the same named stage
    of the story ("returned", "sentenced"), or none named on either side and
    at least two words around them in common (``shared``)."""
    if ma.role != mb.role or ma.owner != mb.owner or ma.subject != mb.subject:
        return False
    if ma.year != mb.year or ma.where != mb.where:
        return False
    if shares_of_one_whole(x, y, ma, mb, wholes):
        return True
    if ma.scope != mb.scope:
        return False
    if x.kind == y.kind == "number" and ma.role == "age" and not ma.owner:  # ages_told.py
        return True
    if x.kind in QUANTITY_KINDS and y.kind in QUANTITY_KINDS:
        return counted and bool(ma.event) and ma.event == mb.event
    if x.kind not in TIME_KINDS or x.kind != y.kind or far_coarser(x, y) or far_coarser(y, x):
        return False
    if ma.event != mb.event:
        return False
    return ma.event not in _WEAK_STAGES or (not ma.event and shared >= 2)


def shares_of_one_whole(
    x: Fact, y: Fact, ma: Measure, mb: Measure, wholes: tuple[str, str]
) -> bool:
    """Two shares of one named whole ("turnout"; "traffic") whose clauses tell
    nothing apart: not another happening, role, period or place (Measure.differs).
    A share names what it measures by its whole, so no happening need be named
    (trial 33: 'turnout reached 93.87 percent' / 'turnout was almost 90%',
    aligned at 0.45, were never compared)."""
    if x.kind != "percent" or y.kind != "percent" or not wholes[0] or wholes[0] != wholes[1]:
        return False
    return ma.event == mb.event and ma.place == mb.place and not ma.differs(mb)


def restated_alike(x: Fact, y: Fact, ma: Measure, mb: Measure) -> bool:
    """Two counts or amounts that say alike whose they are and what they cover:
    one named owner (named in both clauses, or the name opening both sentences
    and having the figure; no two owners named), the same role, the same named happening or the same
    period ("now has 2,301 career points" / "now has 2,302 for his career"),
    year, place and changed thing, and no different counted nouns. What lets a
    figure of weakly related articles still be compared (SET_ASIDE rows)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    if ma.owner and mb.owner and ma.owner != mb.owner:
        return False
    if not (ma.subject and ma.subject == mb.subject) and not (ma.owner and ma.owner == mb.owner):
        return False
    if ma.role != mb.role or ma.event != mb.event or ma.scope != mb.scope:
        return False
    if ma.year != mb.year or ma.where != mb.where or ma.place != mb.place or ma.thing != mb.thing:
        return False
    ka, kb = counted_key(x), counted_key(y)
    return bool(ma.event or ma.scope) and (not ka or not kb or ka == kb)


def measured_alike_below_the_floor(c: ValueCase) -> bool:
    return (
        c.cmp.verdict == Verdict.CONFLICT
        and c.floor - c.below_floor <= c.score < c.floor
        and c.measured_alike
        and not c.said_once
        and not c.owned_once
    )


# Asked after the rows that may still make such a pair a question or drop it
# (days.PUBLISHED_FAR_APART, days.COUNT_MOVED_BETWEEN_DAYS, …); CONFLICT_FLOOR
# lets it through.
MEASURED_ALIKE_BELOW_THE_FLOOR = Rule(
    "measured_alike_below_the_floor",
    VALUE,
    measured_alike_below_the_floor,
    Outcome.KEEP,
    "a figure restated in sentences aligned just below the conflict floor ('returned to "
    "her home town 12 weeks ago' / 'had moved back to Millom around six weeks ago') is "
    "still compared when both figures say alike what they measure: the same counted "
    "thing, happening and owner (counts), or the same stage and words around them (days)",
    "tests/test_s14_below_the_floor.py::test_a_figure_measured_alike_just_below_the_floor_is_"
    "a_conflict; ECB+ development half in benchmarks/realcopy_data "
    "(32_ecbplus: how long ago a family moved back, aligned at 0.46)",
)

CONFLICT_FLOOR = Rule(
    "conflict_floor",
    VALUE,
    lambda c: (
        c.cmp.verdict == Verdict.CONFLICT
        and c.score < c.floor
        and (is_off(MEASURED_ALIKE_BELOW_THE_FLOOR.name) or not measured_alike_below_the_floor(c))
    ),
    Outcome.SKIP,
    "a conflict is a strong statement: it needs an alignment strong enough to say "
    "both sentences state the same claim (align limits' conflict score); just below "
    "it, figures that say alike what they measure go on (measured_alike_below_the_floor)",
    "tests/test_judge_rules.py::test_a_weak_alignment_carries_no_conflict; "
    "tests/pairs/21_mull_ferry_aground (commit 464c775)",
)


# Asked of each value pair of a claim pair the ALIGNMENT row weakly_related_articles
# set aside (judge/engine.py); with the row left out, nothing of it is compared.
RESTATED_ALIKE_IN_WEAKLY_RELATED_ARTICLES = Rule(
    "restated_alike_in_weakly_related_articles",
    SET_ASIDE,
    lambda c: c.by == "weakly_related_articles" and c.restated_alike,
    Outcome.KEEP,
    "of two articles that share few claims, one named owner's figure restated alike "
    "('Hansbrough now has 2,301 career points' / 'Hansbrough ... now has 2,302 for his "
    "career': the same owner, role, happening or period, no different counted nouns) is "
    "still one fact; only such pairs of their look-alike sentences are compared (the "
    "conflict floor still applies)",
    "tests/test_s16_weakly_related.py::test_one_owners_figure_restated_in_weakly_related_"
    "articles_is_compared; ECB+ 31_ecb (all fourteen reports of one game: "
    "a career total read 2,301 and 2,302, aligned in articles related 0.23)",
)


def may_keep_values(aside: str) -> bool:
    """Whether a claim pair the ALIGNMENT row ``aside`` set aside may still
    have value pairs compared (a SET_ASIDE row reads it and is in force)."""
    return aside == "weakly_related_articles" and not is_off(
        RESTATED_ALIKE_IN_WEAKLY_RELATED_ARTICLES.name
    )
