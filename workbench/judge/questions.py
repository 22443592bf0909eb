"""A question is shown only when it is worth an editor's look (issue 11,
session 34).

An unresolved flag asks the editor to check something. Readers of held-out
copy found about nine in ten such questions wrong: most paired two figures
nothing showed to be one thing — each merely the only figure of its kind
left in its sentence ("5.6%" / "less than half", a count of the missing in
one country / in two, "Thursday" of a forecast / "through Thursday") — so
there was nothing to check. Here a comparison that would end as a question,
the family's own ("only a bound against a figure nine times beyond it") or
the row ``only_values_in_other_words``'s, is asked first whether the two
figures are shown to measure one thing:

- two counts or percentages by the evidence of ``shown_same.evidence``
  other than ``only`` (each the only count of its sentence says nothing of
  what it counts: a question needs more than a conflict's elimination, since
  it is shown with no answer); a sum, a length or a temperature alone in its
  sentence is shown one thing by that (two conversions of one sum, "€1.4bn"
  / "$1.6bn", stay a question);
- two days or times of day (not lengths of time): the question the row
  ``only_values_in_other_words`` raises is exactly of two that share no
  word around them. ``days_of_two_happenings`` drops it, save two parts of
  one weekday ("into Thursday" / "through Thursday", "Tuesday morning" /
  "Tuesday afternoon"), which it kept as a question; readers judged none
  of those right on the open events, so the VALUE row
  ``days_in_other_words_question`` drops them too. It is asked at VALUE, not
  CANDIDATE: the pair still counts as compared for the articles' tally and
  spends its figures (freed, "Wednesday" met another sentence's "Friday" as
  a conflict and the row ``mostly_conflicting_articles`` left a whole
  article pair out); a time's own question (a publication date, a zone) is
  left as it is.

Not shown one thing: no candidate, no flag, and each figure stays free for
its partner. Questions of other families (a quotation's wording, a home, a
title) and a time's own question (a zone, a publication date) are left as
they are.
"""

from __future__ import annotations

from ..model import Verdict
from . import notes, shown_same
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS, dimension_of
from .stages import CANDIDATE, VALUE, Outcome, Rule

# figures that being alone in a sentence does not show to measure one thing
_BARE = frozenset(("count", "percent", ""))
# days and times of day; a length of time ("nearly three hours" / "about 90
# minutes" of one rescue) is a figure with a unit, shown one thing by being alone
_POINTS = frozenset(TIME_KINDS - {"duration"})


def shown_one_thing(c: CandidateCase) -> bool:
    """Evidence beyond being alone that the two figures measure one thing. A
    figure with a unit of its own (a sum of money, a length, a temperature)
    alone in its sentence is evidence enough; a bare count or a percentage
    alone is not ("5.6%" / "less than half")."""
    if c.x.kind in QUANTITY_KINDS and c.y.kind in QUANTITY_KINDS:
        found = set(shown_same.evidence(c))
        if dimension_of(c.x) in _BARE or dimension_of(c.y) in _BARE:
            found.discard(shown_same.ONLY)
        return bool(found)
    return True


def question_not_worth_a_look(c: CandidateCase) -> bool:
    """A comparison that would be a question, of two figures not shown to
    measure one thing."""
    question = c.cmp.verdict == Verdict.UNRESOLVED or notes.only_values_in_other_words(c)
    return question and not shown_one_thing(c)


QUESTION_NOT_SHOWN_ONE_THING = Rule(
    "question_not_shown_one_thing",
    CANDIDATE,
    question_not_worth_a_look,
    Outcome.SKIP,
    "a question asks the editor to check something; two figures that are each only the "
    "last of their kind in their sentences ('5.6%' / 'less than half'; 'four remain "
    "missing' / 'one person is still missing'; the only days of two sentences sharing no "
    "word) are not shown to measure one thing, so there is nothing to check: no flag, and "
    "each figure stays free for its partner. Evidence is shown_same's, less 'only'",
    "tests/test_s34_unresolved.py::test_a_question_of_figures_not_shown_one_thing_is_"
    "not_shown; authored development (unresolved flags judged wrong: "
    "different things or scopes) and real-copy development halves",
)


def days_in_other_words_question(c) -> bool:
    """A question ``only_values_in_other_words`` raised on two parts of one
    weekday (``c``: a ValueCase); other days and times of day so raised are
    ``days_of_two_happenings``'s."""
    return (
        bool(c.route)
        and c.route[-1] == "only_values_in_other_words"
        and c.x.kind in _POINTS
        and c.y.kind in _POINTS
        and notes.same_weekday(c)  # the rest: days_of_two_happenings
    )


DAYS_IN_OTHER_WORDS_QUESTION = Rule(
    "days_in_other_words_question",
    VALUE,
    days_in_other_words_question,
    Outcome.SKIP,
    "the only days or times of two claims whose words share nothing are not shown to date "
    "one happening, two parts of one weekday neither ('would bring heavy rain into "
    "Thursday' / 'flooding rain through Thursday'; 'reports on Tuesday morning' / "
    "'disrupted on Tuesday afternoon'): no question (the pair still counts as compared)",
    "tests/test_s34_unresolved.py::test_two_parts_of_one_weekday_in_other_words_are_no_"
    "question; authored development (cyclone: wrong), real-copy test half (30_ecbplus: "
    "borderline)",
)
