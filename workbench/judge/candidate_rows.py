"""The CANDIDATE rows that once stood in rules.py itself: two values of one family that
measure different things - a possibility against what happened, figures far apart in scale,
dates years apart or amounts in other words, values whose words share nothing - are no
candidate pair. Their place in the table is kept in rules.RULES; the order is the behaviour.
"""

from __future__ import annotations

from ..model import Verdict
from . import family_helpers as fh
from . import notes
from .ages_told import only_ages
from .converted_clocks import glosses_of_one_clock
from .stages import CANDIDATE, Outcome, Rule

_CONFLICT = Verdict.CONFLICT
_IDENTICAL = Verdict.IDENTICAL
# Days and times: their stages are read by the day rows (days.py), not by modality.
TIME_POINTS = frozenset(fh.TIME_KINDS - {"duration"})

DIFFERENT_MODALITIES = Rule(
    "different_modalities",
    CANDIDATE,
    lambda c: (
        c.x.kind not in TIME_POINTS and (not c.same_value or c.judged_apart) and c.modalities_differ
    ),
    Outcome.SKIP,
    "a figure stated as a possibility, a ceiling, a demand, a forecast or a condition "
    "('could be sentenced to up to 119 years', 'prosecutors sought 30 years', 'expected "
    "to rise to 100', 'if approved, would cost $2bn') is a different fact from one "
    "stated as what happened ('sentenced to 20 years', 'at least 60 dead'); two of one "
    "modality ('faces up to 20 years' / 'could get 25 years') are still compared; a "
    "view or a worry ('eight years seems reasonable') is never the figure reported",
    "tests/test_modality.py::test_figures_of_different_modality_are_not_compared; "
    "tests/test_s21_judged_figures.py; "
    "ECB+ 36_ecbplus (a maximum penalty read against the sentence given)",
)

DIFFERENT_SCALE = Rule(
    "different_scale",
    CANDIDATE,
    lambda c: c.cmp.verdict == _CONFLICT and fh.different_scale(c.x, c.y),
    Outcome.SKIP,
    "'$25,000' vs '$18 billion': values over twenty-fold apart with different "
    "leading digits measure different things, not one figure misreported",
    "tests/test_judge_rules.py::test_rule_decides_its_case[different_scale]; "
    "tests/pairs/19_sulawesi_earthquake, MEANTIME stock (commit 1508ee4)",
)

LENGTHS_OF_DIFFERENT_SCALE = Rule(
    "lengths_of_different_scale",
    CANDIDATE,
    lambda c: not c.lone and fh.lengths_of_different_scale(c.x, c.y),
    Outcome.SKIP,
    "'a four-week trial' / 'more than 15 hours' of deliberation: in claims holding other "
    "lengths, two lengths of time over twenty-fold apart are the lengths of two things, "
    "not one misreported; compared, the question the far one raises took the partner of "
    "the length it should have met ('13 hours and 40 minutes'). Each the only length of "
    "its claim, they stay a question (open_length: 'more than three years' / '485 years')",
    "tests/test_s29_scale_and_words.py::test_a_length_meets_the_length_of_its_happening_"
    "not_the_far_one; tests/test_s29_scale_and_words.py::test_lengths_far_apart_are_of_"
    "different_scale; authored development (trial D11)",
)

YEARS_APART_IN_OTHER_WORDS = Rule(
    "years_apart_in_other_words",
    CANDIDATE,
    lambda c: (
        c.lone
        and c.shared_frame == 0
        and c.cmp.verdict == _CONFLICT
        and c.x.kind in fh.TIME_KINDS
        and fh.years_apart(c.cmp.left, c.cmp.right) > 2
    ),
    Outcome.SKIP,
    "the only dates of two aligned claims, years apart, with no word around them in "
    "common ('died in prison Monday' / 'a summit of mob leaders in 1988'; 'a July 1997 "
    "conviction' / 'an April 2003 hearing') date different events of a life or a "
    "case, not one event misdated",
    "tests/test_real11_measure.py::test_dates_years_apart_in_other_words_are_not_compared; "
    "ECB+ events outside the judged set (26_ecbplus: a death against a 1988 summit)",
)

ONLY_VALUES_IN_OTHER_WORDS = Rule(
    "only_values_in_other_words",
    CANDIDATE,
    notes.only_values_in_other_words,
    Outcome.UNRESOLVED,
    "the only amounts of their family in two aligned claims differ, but the words "
    "around them share nothing ('more than 3 inches of rain' / '68mm'; 'nearly three "
    "hours' / 'about 90 minutes'): they may measure one thing told in other words, "
    "or two different things — a question for the editor, not a conflict (days and "
    "times of day so let through are dropped by days_of_two_happenings). Bare counts "
    "('two leaders' / 'dozens of children') are left out: without a shared word they "
    "count different things; so are amounts more than twice apart ('almost seven hours' of "
    "deliberation / a '12 week' pregnancy): two different figures, not one misreported",
    "tests/test_judge_rules.py::test_rule_decides_its_case[only_values_in_other_words]; "
    "tests/test_s30_things_apart.py::test_the_only_days_of_two_claims_in_other_words_"
    "are_not_compared; ECB+ development half in benchmarks/realcopy_data",
    notes.in_other_words_note,
)

DIFFERENT_MEASURES = Rule(
    "different_measures",
    CANDIDATE,
    lambda c: (
        c.shared_frame == 0
        and not c.same_value
        and c.cmp.verdict != _IDENTICAL
        and (c.cmp.verdict == _CONFLICT or not c.lone)
        and not only_ages(c)
        and not glosses_of_one_clock(c)
    ),
    Outcome.SKIP,
    "in claims holding several values of one family, two values whose surrounding "
    "words (three content words either side, within the clause) share nothing "
    "measure different things: memory vs storage, one team's offer vs another's. "
    "One value stated twice ('4am' / '04:00', 'six miles' / '10km') still pairs, "
    "and the only values of their family in both claims may agree (the day of the "
    "event told in other words) but never conflict without a shared word. Two ages, "
    "each the only figure of its sentence, measure one thing whatever the words "
    "('a 31-year-old mother was shot' / 'Unique Armstead, 32, was shot'), and two "
    "conversions in brackets of clocks that agree measure one moment ('17:42 local time "
    "(15:42 UTC)' / '17:42 CMT (16:42 UTC)', converted_clocks.py, session 40)",
    "tests/test_judge_rules.py::test_values_that_measure_different_things_do_not_pair; "
    "tests/test_judge_rules.py::test_a_frame_is_the_words_around_a_value_in_its_clause; "
    "tests/test_s40_converted_clocks.py; "
    "ECB+ development half in benchmarks/realcopy_data (dropped 31 wrong and 3 right "
    "consistent flags, 9 wrong conflicts)",
)
