"""Every policy of the judge as a named row, applied in order.

Each stage of judging (a fact, an alignment, a candidate pair of values, …) asks its rows in
order, top to bottom: the order is the behaviour. The first row that applies decides the case and
is recorded on the discrepancy it produced (``Discrepancy.rule``), so a false conflict names the
rule that let it through; a case no row applies to passes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..model import Verdict
from . import (
    apart_rows,
    both_stated,
    converted,
    days,
    efforts,
    floor,
    floor_rows,
    later_counts,
    like,
    lone,
    names,
    notes,
    place_parts,
    records,
    rounded,
    running,
    same_happening,
    same_thing,
    shares,
    shown_same,
    tally,
    unlike,
    unmet,
)
from . import family_helpers as fh
from .ages_told import AGE_ROWS, ONE_AGE_IN_OTHER_WORDS, only_ages
from .built import AGE_YEAR_ROWS
from .gaps import LENGTH_AGAINST_TWO_DAYS
from .identifiers import IDENTIFIER_ROWS
from .own_figures import OWN_FIGURE_ROWS
from .own_weekday import OWN_WEEKDAY_ROWS
from .proper import PROPER_ROWS
from .questions import DAYS_IN_OTHER_WORDS_QUESTION, QUESTION_NOT_SHOWN_ONE_THING
from .residence import RESIDENCE_ROWS
from .said import SAID_ROWS
from .stages import (
    ALIGNMENT,
    ARTICLE_PAIR,
    ATTRIBUTION,  # noqa: F401 - read as rules.ATTRIBUTION (its rows are in said.py)
    CANDIDATE,
    CLAIM_PAIR,  # noqa: F401 - read as rules.CLAIM_PAIR (its rows are in days.py)
    COMPARE,
    COPY,
    DUPLICATE,
    FACT,
    PAIRING,
    QUOTE,  # noqa: F401 - read as rules.QUOTE (its rows are in said.py)
    QUOTE_SPEAKER,  # noqa: F401 - read as rules.QUOTE_SPEAKER (its row is in said.py)
    RULES_OFF,
    SET_ASIDE,  # noqa: F401 - read as rules.SET_ASIDE (its row is in floor.py)
    UNMET,  # noqa: F401 - read as rules.UNMET (its rows are in unmet.py)
    VALUE,
    Outcome,
    Rule,
    record,
)
from .titles import TITLE_ROWS
from .unshown_alike import UNSHOWN_ALIKE_ROWS
from .weekdays import (
    WEEKDAY_AGAINST_ITS_DATE,
    WEEKDAY_AGAINST_ITS_DATE_KEPT,
    WEEKDAY_AGAINST_ITS_DATE_VALUE,
    WEEKDAY_FITS_THE_OTHER_DAY,
)

_CONFLICT = Verdict.CONFLICT
_IDENTICAL = Verdict.IDENTICAL
# Days and times: their stages are read by the day rows (days.py), not by modality.
TIME_POINTS = frozenset(fh.TIME_KINDS - {"duration"})

RULES: tuple[Rule, ...] = (
    Rule(
        "quoted_relative_time",
        FACT,
        lambda c: c.fact.id in c.quoted_relative,
        Outcome.SKIP,
        "'tonight' inside a quotation means the night it was said, not the night "
        "before publication; it is not compared with other articles' dates",
        "tests/test_judge_rules.py::test_rule_decides_its_case[quoted_relative_time]; "
        "seeds, tests/pairs/24_satellite_launch (commit 464c775)",
    ),
    Rule(
        "window_of_a_count",
        FACT,
        lambda c: c.fact.id in c.windows,
        Outcome.SKIP,
        "'this year' after an ordinal count ('his third fight this year') bounds the count; "
        "it does not date the story's happening and is not compared with other dates",
        "tests/test_s19_count_window.py::test_the_count_window_is_not_compared_with_the_day; "
        "ECB+ 07_ecb outside the halves (J19d)",
    ),
    Rule(
        "weakly_related_articles",
        ALIGNMENT,
        lambda c: c.score < c.t.strong_alignment and c.related < c.t.related,
        Outcome.SKIP,
        "two articles that share only a sentence or two report different events; "
        "their look-alike sentences are not the same claim (a strong alignment is)",
        "tests/test_judge_rules.py::test_rule_decides_its_case[weakly_related_articles]; "
        "MEANTIME clusters, 85 false conflicts in stock (commit 2b930e6)",
    ),
    floor.RESTATED_ALIKE_IN_WEAKLY_RELATED_ARTICLES,
    *like.COUNT_ROWS,  # before the module: 'the captain and two' is no 'two'
    LENGTH_AGAINST_TWO_DAYS,  # a duration against a date: the module compares neither
    *AGE_ROWS,  # "turns 64 in June" is 63 now; "a 31-year-old" / "Armstead, 32,"
    Rule(
        "fact_module",
        COMPARE,
        lambda c: c.module is not None,
        Outcome.KEEP,
        "two values of one family (quantities, times) are compared by that family's "
        "module, which gives the verdict",
        "tests/test_judge_rules.py::test_rule_decides_its_case[fact_module]; "
        "tests/test_seeds.py::test_miles_and_km_are_consistent",
    ),
    Rule(
        "counted_nouns_differ",
        COMPARE,
        lambda c: c.despite_nouns is not None,
        Outcome.KEEP,
        "'15% of participants' vs '18% of volunteers': different words for the thing "
        "counted, but each the only value of its kind in aligned claims",
        "tests/test_judge_rules.py::test_rule_decides_its_case[counted_nouns_differ]; "
        "tests/pairs/15_rsv_vaccine_trial",
    ),
    tally.DIFFERENT_SIDES,
    tally.ONE_SIDE,
    tally.HOURS_WITHIN_DAYS,
    records.ONE_RECORD,
    records.RECORD_APART,
    *apart_rows.APART_ROWS,  # figures their clauses say measure different things
    Rule(
        "different_modalities",
        CANDIDATE,
        lambda c: (
            c.x.kind not in TIME_POINTS
            and (not c.same_value or c.judged_apart)
            and c.modalities_differ
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
    ),
    Rule(
        "different_scale",
        CANDIDATE,
        lambda c: c.cmp.verdict == _CONFLICT and fh.different_scale(c.x, c.y),
        Outcome.SKIP,
        "'$25,000' vs '$18 billion': values over twenty-fold apart with different "
        "leading digits measure different things, not one figure misreported",
        "tests/test_judge_rules.py::test_rule_decides_its_case[different_scale]; "
        "tests/pairs/19_sulawesi_earthquake, MEANTIME stock (commit 1508ee4)",
    ),
    Rule(
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
    ),
    *like.CANDIDATE_ROWS,
    *unlike.CANDIDATE_ROWS,
    Rule(
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
    ),
    WEEKDAY_FITS_THE_OTHER_DAY,
    WEEKDAY_AGAINST_ITS_DATE,
    QUESTION_NOT_SHOWN_ONE_THING,  # a question only of figures shown to be one thing
    Rule(
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
    ),
    Rule(
        "different_measures",
        CANDIDATE,
        lambda c: (
            c.shared_frame == 0
            and not c.same_value
            and c.cmp.verdict != _IDENTICAL
            and (c.cmp.verdict == _CONFLICT or not c.lone)
            and not only_ages(c)
        ),
        Outcome.SKIP,
        "in claims holding several values of one family, two values whose surrounding "
        "words (three content words either side, within the clause) share nothing "
        "measure different things: memory vs storage, one team's offer vs another's. "
        "One value stated twice ('4am' / '04:00', 'six miles' / '10km') still pairs, "
        "and the only values of their family in both claims may agree (the day of the "
        "event told in other words) but never conflict without a shared word. Two ages, "
        "each the only figure of its sentence, measure one thing whatever the words "
        "('a 31-year-old mother was shot' / 'Unique Armstead, 32, was shot')",
        "tests/test_judge_rules.py::test_values_that_measure_different_things_do_not_pair; "
        "tests/test_judge_rules.py::test_a_frame_is_the_words_around_a_value_in_its_clause; "
        "ECB+ development half in benchmarks/realcopy_data (dropped 31 wrong and 3 right "
        "consistent flags, 9 wrong conflicts)",
    ),
    same_happening.NOT_SHOWN_ONE_HAPPENING,  # shown_same's sibling for dates and times
    shown_same.NOT_SHOWN_ONE_THING,  # last of the CANDIDATE rows: compared only on evidence
    Rule(
        "lone_values_conflict",
        PAIRING,
        notes.lone_values_conflict,
        Outcome.KEEP,
        "the only values of their family left in two aligned claims are about one "
        "thing even when the words around them agree only half as much",
        "tests/test_judge_rules.py::test_pairing_rules_weigh_the_words_around_a_conflict; "
        "tests/pairs/10_cocaine_sentencing (commit 1508ee4)",
    ),
    Rule(
        "lone_of_its_kind_conflict",
        PAIRING,
        lone.lone_of_its_kind_conflict,
        Outcome.KEEP,
        "two differing values written in one unit, each the only one of its kind left in "
        "its claim ('after a nine-month closure' / 'after a seven-month closure' beside "
        "their days), are one thing told twice even when the words around them agree "
        "only half as much: a plain clash with nothing to convert",
        "tests/test_s30_plain_clashes.py::test_a_plain_clash_beside_other_values_is_shown; "
        "authored bridge_collapse D13, trial D1",
    ),
    days.A_DAY_OFF_IN_OTHER_WORDS,
    like.ONE_STAGE_IN_OTHER_WORDS,
    like.ONE_COUNT_IN_OTHER_WORDS,
    shares.ONE_SHARE_IN_OTHER_WORDS,
    records.RECORD_PAIRED,
    WEEKDAY_AGAINST_ITS_DATE_KEPT,
    ONE_AGE_IN_OTHER_WORDS,
    Rule(
        "conflict_context",
        PAIRING,
        lambda c: c.cmp.verdict == _CONFLICT and c.context < c.t.conflict_context,
        Outcome.SKIP,
        "two differing numbers in aligned sentences are a conflict only if the words "
        "around them agree ('founded in 1968' is not the 'today' of 'lost its case')",
        "tests/test_judge_rules.py::test_pairing_rules_weigh_the_words_around_a_conflict; "
        "MEANTIME stock (commit 2b930e6)",
    ),
    Rule(
        "formulaic_daily_reports",
        ARTICLE_PAIR,
        lambda c: c.formulaic,
        Outcome.SKIP,
        "'today' vs 'today' resolving to different days: formulaic reports of different "
        "days (daily market reports), unless both date one stage of the story (daily.py)",
        "tests/test_judge_rules.py::test_rule_decides_its_case[formulaic_daily_reports]; "
        "MEANTIME stock (commit 2b930e6); tests/test_s27_stage_of_a_date.py (27_ecbplus)",
    ),
    Rule(
        "mostly_conflicting_articles",
        ARTICLE_PAIR,
        lambda c: c.conflict >= c.t.many_conflicts and c.conflict > c.agree,
        Outcome.SKIP,
        "reports of one event agree on most values; articles whose look-alike sentences "
        "disagree on most of them describe different events",
        "tests/test_judge_rules.py::test_rule_decides_its_case[mostly_conflicting_articles]; "
        "MEANTIME stock (commit 2b930e6)",
    ),
    DAYS_IN_OTHER_WORDS_QUESTION,  # two parts of one weekday too
    Rule(
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
    ),
    days.EVERY_VALUE_DIFFERS_ACROSS_DAYS,
    days.DATED_ALIKE_BELOW_THE_FLOOR,
    days.ONE_WEEKDAY_WEEKS_APART,
    *days.DAY_OFF_ROWS,  # a copy not re-dated first (redated.py), then a day off
    rounded.HEDGED_APART_BELOW_THE_FLOOR,  # a question where the floor drops a conflict
    floor.CONFLICT_FLOOR,
    converted.ONE_SUM_CONVERTED,
    place_parts.PLACE_PART_AGAINST_WHOLE,
    WEEKDAY_AGAINST_ITS_DATE_VALUE,
    Rule(
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
    ),
    days.PUBLISHED_FAR_APART,
    floor_rows.LATER_BELOW_A_FLOOR,  # before the moving rows: no update below a floor
    efforts.TALLY_LOWER_IN_LATER_REPORT,  # a tally lower in the later report, too
    *later_counts.ROWS,  # an update a later count rules out, then moments.ROWS
    *running.MOVING_ROWS,
    both_stated.FIGURE_ITS_ARTICLE_ALSO_STATES,  # after the moving rows: an update stays
    days.COUNTED_FROM_DIFFERENT_DAYS,
    floor.MEASURED_ALIKE_BELOW_THE_FLOOR,
    Rule(
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
    ),
    *like.VALUE_ROWS,
    Rule(
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
    ),
    *rounded.VALUE_ROWS,
    Rule(
        "day_inside_a_year",
        VALUE,
        lambda c: c.cmp.verdict == Verdict.CONSISTENT and fh.far_coarser(c.x, c.y),
        Outcome.SKIP,
        "'Monday morning' falls within 'this year', '1983' within 'the 1980s': that one "
        "lies inside a far coarser other tells an editor nothing (readers judged every "
        "such consistent flag wrong or borderline)",
        "tests/test_judge_rules.py::test_a_day_inside_a_year_is_not_shown; "
        "ECB+ development half in benchmarks/realcopy_data (5 wrong, 2 borderline, 0 right)",
    ),
    *UNSHOWN_ALIKE_ROWS,  # a question when nothing shows both measure one thing
    same_thing.DAYS_AGREE_WITHOUT_EVIDENCE,
    Rule(
        "written_differently",
        VALUE,
        lambda c: c.cmp.verdict == _IDENTICAL and not c.same_words,
        Outcome.CONSISTENT,
        "equal values in different words ('15%' / '15 per cent') are shown as consistent: "
        "the editor may still want one house style",
        "tests/test_judge_rules.py::test_rule_decides_its_case[written_differently]; "
        "tests/pairs/03_mayoral_election",
        notes.written_differently_note,
    ),
    Rule(
        "identical",
        VALUE,
        lambda c: c.cmp.verdict == _IDENTICAL,
        Outcome.SKIP,
        "two sources saying the same thing the same way is not a discrepancy",
        "tests/test_judge_rules.py::test_rule_decides_its_case[identical]; "
        "tests/test_quantities.py::test_identical_is_not_reported_as_a_difference",
    ),
    Rule(
        "same_words_undated",
        VALUE,
        lambda c: (c.same_words or notes.same_weekday(c)) and not c.both_dated,
        Outcome.SKIP,
        "the same words where a publication date is missing: nothing tells them apart, "
        "and 'by September' against 'by September' or 'Saturday night' against 'on "
        "Saturday' is noise",
        "tests/test_judge_rules.py::test_rule_decides_its_case[same_words_undated]; "
        "seeds (undated articles)",
    ),
    *SAID_ROWS,  # who said what, and how it was quoted
    *unmet.UNMET_ROWS,  # unmet_different_modalities first
    *names.NAME_ROWS,
    *IDENTIFIER_ROWS,
    *PROPER_ROWS,
    *RESIDENCE_ROWS,
    *AGE_YEAR_ROWS,
    *TITLE_ROWS,
    *OWN_FIGURE_ROWS,  # a sentence's figures against each other
    *OWN_WEEKDAY_ROWS,
    Rule(
        "identical_copy",
        COPY,
        lambda c: c.other_articles and c.same_bytes,
        Outcome.SKIP,
        "the same comparison in a byte-identical copy of an article is one flag",
        "tests/test_identity.py::test_byte_identical_copies_do_not_trade_reviews_on_rename",
    ),
    Rule(
        "already_flagged",
        DUPLICATE,
        lambda c: c.existing is not None,
        Outcome.SKIP,
        "one flag per comparison: a claim aligned twice (a split sentence) compares the "
        "same values again",
        "tests/test_judge_rules.py::test_a_comparison_made_twice_is_flagged_once",
    ),
)

BY_NAME = {r.name: r for r in RULES}
_STAGES = {r.stage for r in RULES}
_BY_STAGE = {s: tuple(r for r in RULES if r.stage == s) for s in _STAGES}


def decide(stage: str, case: object, count: bool = True) -> Rule | None:
    """The first row of ``stage`` that applies to ``case``, or None
    (``count``: counted as a decision; repair.py only asks ahead)."""
    off = RULES_OFF.get()
    for rule in _BY_STAGE.get(stage, ()):
        if off and rule.name in off:
            continue
        if rule.applies(case):
            if count:
                record(rule.name, rule.outcome)
            return rule
    return None


@contextmanager
def without(*names: str) -> Iterator[None]:
    """Judge with the named rows left out while the block runs: what a rule
    hides or changes is measured by running with and without it
    (``python -m benchmarks.realcopy --without NAME``)."""
    unknown = set(names) - set(BY_NAME)
    if unknown:
        raise ValueError(f"no judge rule named {', '.join(sorted(unknown))}")
    token = RULES_OFF.set(frozenset(names))
    try:
        yield
    finally:
        RULES_OFF.reset(token)
