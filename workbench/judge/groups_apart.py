"""Whether two counts name different groups of people (issue 11, eng71).

When the only counts of two aligned claims name different nouns, the judge
may still compare them (``counted_nouns_differ``, ``lone_values_conflict``):
"15% of participants" against "18% of volunteers" counts one group of a trial
in other words. But two nouns of people are not one group because both are
people: "12 officers were injured" against "30 protesters were injured" counts
two sides of a clash, "12 children were among those killed" against "57 people
were killed" counts a part of the dead against all of them. An explanation
that names two different groups cannot end in "conflict": nothing shows the
two figures count the same people.

Two counts whose nouns the quantity family does not read as one thing (not
``same_thing.COUNTED``) and are not both words for whoever takes part
(participants, volunteers, subjects, respondents) are a question that names
both groups.
"""

from __future__ import annotations

import re

from ..facts.quantity.compare import canonical_counted, plural_of
from ..model import Verdict
from .cases import ValueCase
from .same_thing import COUNTED
from .stages import VALUE, Outcome, Rule

# Words for whoever takes part in a trial (its patients), a survey or an event: one group told
# in other words ("participants" / "volunteers"; tests/pairs/15_rsv_vaccine_trial).
_TAKING_PART = frozenset(
    canonical_counted(w)
    for w in ("participants", "volunteers", "subjects", "respondents", "enrollees", "patients")
)
# what the quantity family said of two nouns it compared as one
_JOINED = re.compile(r" \([^()]* read as one (?:group of people|count)\)")
# General words for people: against a role they are that role's people told
# again ("Two of the men" / "Three of the miners"; tests/pairs/17).
_GENERAL = frozenset(canonical_counted(w) for w in ("people", "persons", "individuals", "men"))
# Words for a part of people by age or sex: against "people" a part of them.
_PART_OF_PEOPLE = frozenset(
    canonical_counted(w)
    for w in ("children", "women", "girls", "boys", "teenagers", "minors", "infants", "babies")
)


def _counted(c: ValueCase) -> tuple[str, str] | None:
    a = getattr(c.x.mention, "counted", None)
    b = getattr(c.y.mention, "counted", None)
    if not a or not b:
        return None
    return a, b


def groups_apart(c: ValueCase) -> bool:
    """A conflict the quantity family found by reading two nouns of people as
    one group (its explanation says so), where the nouns are two groups: two
    roles or kinds ("officers" / "protesters", "crew" / "passengers"), or a
    part of people against people ("children" / "people"). A general word for
    people against a role ("Two of the men" / "Three of the miners") and two
    words for whoever takes part stay one group."""
    if c.cmp.verdict != Verdict.CONFLICT or COUNTED in c.evidence:
        return False
    if not _JOINED.search(c.cmp.explanation):
        return False
    nouns = _counted(c)
    if nouns is None:
        return False
    ka, kb = (canonical_counted(n) for n in nouns)
    if ka == kb or (ka in _TAKING_PART and kb in _TAKING_PART):
        return False
    if ka in _GENERAL or kb in _GENERAL:
        # people against a part of them is a part and its whole
        return {ka, kb} & {"person"} != set() and bool({ka, kb} & _PART_OF_PEOPLE)
    return True


def explain(c: ValueCase) -> str:
    nouns = _counted(c)
    assert nouns is not None
    said = _JOINED.sub("", c.cmp.explanation.removesuffix(" — conflict"))
    na, nb = (plural_of(n, 2) for n in nouns)
    return (
        f"{said}; but one counts {na} and the other {nb}: different groups, "
        "or one part of the other, as far as the text shows — check whether both count the "
        "same people or things — unresolved"
    )


# Asked after every VALUE row that keeps a conflict for a reason or drops it.
COUNTED_GROUPS_APART = Rule(
    "counted_groups_apart",
    VALUE,
    groups_apart,
    Outcome.UNRESOLVED,
    "two counts that differ are a conflict only when both count one group: '12 officers "
    "were injured' against '30 protesters were injured', or '12 children were among those "
    "killed' against '57 people were killed', name two groups (or a part and its whole) — a "
    "question naming both, not a conflict. Words for whoever takes part ('participants' / "
    "'volunteers') are one group",
    "tests/test_s26_groups_apart.py::test_counts_of_different_groups_are_a_question",
    explain,
)
