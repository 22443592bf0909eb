"""The VALUE rows that once stood in rules.py itself: two values already paired are shown or
dropped by their verdict and their words - days of two happenings, a bound or an owner on one
side only in other words, a day inside a year, equal values written alike or differently, the
same words where a date is missing. Their place in the table is kept in rules.RULES; the order is
the behaviour.
"""

from __future__ import annotations

from ..model import Verdict
from . import family_helpers as fh
from . import notes
from .stages import VALUE, Outcome, Rule

_IDENTICAL = Verdict.IDENTICAL

DAYS_OF_TWO_HAPPENINGS = Rule(
    "days_of_two_happenings",
    VALUE,
    notes.days_of_two_happenings,
    Outcome.SKIP,
    "the only days or times of two claims differ and the words around them share "
    "nothing ('a notice of intent issued in May' / 'a fine imposed the same day'; "
    "'charges booked in the fourth quarter' / 'savings from 2028'; an order given "
    "'at 7:25 a.m.' / lifted 'at 8.10pm'): they date two happenings of one story, "
    "not one misdated — no flag (session 30: none of ten such questions readers "
    "judged was right). The pair still counts as compared for the articles' tally",
    "tests/test_s30_things_apart.py::test_the_only_days_of_two_claims_in_other_words_"
    "are_not_compared; authored development (breach, carmaker_cuts, plant_explosion)",
)

MEASURED_ON_ONE_SIDE_IN_OTHER_WORDS = Rule(
    "measured_on_one_side_in_other_words",
    VALUE,
    notes.measured_on_one_side_in_other_words,
    Outcome.SKIP,
    "one clause says what its date dates ('convicted in June 1998'), the other does "
    "not ('returned to prison in June 1999'), and the sentences are not close "
    "paraphrases: nothing says both date one thing, so no conflict or question is "
    "shown. Agreements are left alone (on a labelled pair the row hid a right "
    "'at 5am' / 'from 05:00'), and so are counts: read on counts too, the row hid "
    "a right conflict on the held-out half",
    "tests/test_real11p_judge.py::test_a_date_of_a_named_stage_is_not_held_against_"
    "an_unnamed_one; development half (a registration day against an announcement); "
    "ECB+ 03_ecbplus (a conviction against a return to prison: hidden on the lexical "
    "path; with sentence vectors it aligns at 0.66, above judge.paraphrase, and shows)",
)

CONSISTENT_IN_OTHER_WORDS = Rule(
    "consistent_in_other_words",
    VALUE,
    notes.consistent_in_other_words,
    Outcome.SKIP,
    "two figures (not dates) that agree only through a bound or a range ('2.3GHz' in one "
    "laptop's sentence, 'up to 2.7GHz' in another's), in sentences that are not close "
    "paraphrases and whose words do not say alike what each measures, may agree by "
    "chance about different things: a consistent pairing of different things is "
    "noise, and so is the question a bound far beyond the figure raises ('4 GB' / 'up "
    "to 16GB of memory'). One value stated twice ('10 miles' / '16km') is still shown",
    "tests/test_real11_measure.py::test_an_agreement_through_a_bound_is_shown_only_"
    "when_the_figures_say_what_they_measure; tests/test_real11p_judge.py::test_a_far_"
    "bound_in_other_words_is_no_question; ECB+ development half in benchmarks/realcopy_data",
)

OWNER_ON_ONE_SIDE_IN_OTHER_WORDS = Rule(
    "owner_on_one_side_in_other_words",
    VALUE,
    notes.owner_on_one_side_in_other_words,
    Outcome.SKIP,
    "an agreement where one clause says whose figure it is ('the 13-inch model', 'the "
    "Aero's battery') and the other does not, in sentences that are not close "
    "paraphrases, may be two products or two teams agreeing by chance: a consistent "
    "pairing of different things is noise (conflicts are kept); so is the question a "
    "bound far beyond the figure raises ('64 GB' in the entry-level models / the MacBook "
    "Pro's 'up to 768GB')",
    "tests/test_real11p_judge.py::test_an_agreement_owned_on_one_side_in_other_words_"
    "is_not_shown; tests/test_s13_owners.py::test_a_far_bound_of_one_named_product_"
    "raises_no_question; ECB+ development half (40_ecbplus: two laptops' battery lives)",
)

DAY_INSIDE_A_YEAR = Rule(
    "day_inside_a_year",
    VALUE,
    lambda c: c.cmp.verdict == Verdict.CONSISTENT and fh.far_coarser(c.x, c.y),
    Outcome.SKIP,
    "'Monday morning' falls within 'this year', '1983' within 'the 1980s': that one "
    "lies inside a far coarser other tells an editor nothing (readers judged every "
    "such consistent flag wrong or borderline)",
    "tests/test_judge_rules.py::test_a_day_inside_a_year_is_not_shown; "
    "ECB+ development half in benchmarks/realcopy_data (5 wrong, 2 borderline, 0 right)",
)

WRITTEN_DIFFERENTLY = Rule(
    "written_differently",
    VALUE,
    lambda c: c.cmp.verdict == _IDENTICAL and not c.same_words,
    Outcome.CONSISTENT,
    "equal values in different words ('15%' / '15 per cent') are shown as consistent: "
    "the editor may still want one house style",
    "tests/test_judge_rules.py::test_rule_decides_its_case[written_differently]; "
    "tests/pairs/03_mayoral_election",
    notes.written_differently_note,
)

IDENTICAL = Rule(
    "identical",
    VALUE,
    lambda c: c.cmp.verdict == _IDENTICAL,
    Outcome.SKIP,
    "two sources saying the same thing the same way is not a discrepancy",
    "tests/test_judge_rules.py::test_rule_decides_its_case[identical]; "
    "tests/test_quantities.py::test_identical_is_not_reported_as_a_difference",
)

SAME_WORDS_UNDATED = Rule(
    "same_words_undated",
    VALUE,
    lambda c: (c.same_words or notes.same_weekday(c)) and not c.both_dated,
    Outcome.SKIP,
    "the same words where a publication date is missing: nothing tells them apart, "
    "and 'by September' against 'by September' or 'Saturday night' against 'on "
    "Saturday' is noise",
    "tests/test_judge_rules.py::test_rule_decides_its_case[same_words_undated]; "
    "seeds (undated articles)",
)
