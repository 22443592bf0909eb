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
    candidate_rows,
    converted,
    dated_alike,
    dated_counts,
    days,
    efforts,
    floor,
    floor_rows,
    fraction_apart,
    garbled,
    later_counts,
    like,
    lone,
    names,
    notes,
    one_moment_floor,
    place_parts,
    rate_over_days,
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
    value_rows,
)
from .ages_told import AGE_ROWS, ONE_AGE_IN_OTHER_WORDS
from .breakdowns import BREAKDOWN_ROWS
from .built import AGE_YEAR_ROWS
from .dated_both import DAYS_ONE_REPORT_TELLS_APART
from .derived import DERIVED_ROWS
from .gaps import LENGTH_AGAINST_TWO_DAYS
from .identifiers import IDENTIFIER_ROWS
from .lost_fraction import FRACTION_LOST_IN_A_COPY
from .margins import MARGIN_ROWS
from .own_figures import OWN_FIGURE_ROWS
from .own_weekday import OWN_WEEKDAY_ROWS
from .proper import PROPER_ROWS
from .questions import DAYS_IN_OTHER_WORDS_QUESTION, QUESTION_NOT_SHOWN_ONE_THING
from .rate_outliers import STORY_RATE_ROWS
from .residence import RESIDENCE_ROWS
from .said import SAID_ROWS
from .stages import (
    ALIGNMENT,
    ARTICLE_PAIR,
    ATTRIBUTION,  # noqa: F401 - read as rules.ATTRIBUTION (its rows are in said.py)
    CANDIDATE,  # noqa: F401 - read as rules.CANDIDATE (its rows are in candidate_rows.py)
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
    VALUE,  # noqa: F401 - read as rules.VALUE (its rows are in value_rows.py)
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
    candidate_rows.DIFFERENT_MODALITIES,
    candidate_rows.DIFFERENT_SCALE,
    candidate_rows.LENGTHS_OF_DIFFERENT_SCALE,
    *like.CANDIDATE_ROWS,
    *unlike.CANDIDATE_ROWS,
    candidate_rows.YEARS_APART_IN_OTHER_WORDS,
    WEEKDAY_FITS_THE_OTHER_DAY,
    WEEKDAY_AGAINST_ITS_DATE,
    QUESTION_NOT_SHOWN_ONE_THING,  # a question only of figures shown to be one thing
    candidate_rows.ONLY_VALUES_IN_OTHER_WORDS,
    candidate_rows.DIFFERENT_MEASURES,
    same_happening.NOT_SHOWN_ONE_HAPPENING,  # shown_same's sibling for dates and times
    shown_same.NOT_SHOWN_ONE_THING,  # last of the CANDIDATE rows: compared only on evidence
    garbled.GARBLED_FIGURE,  # a garbled figure kept: a question, never compared
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
    FRACTION_LOST_IN_A_COPY,  # '412 months' is '41/2 months' misprinted: first of VALUE
    DAYS_IN_OTHER_WORDS_QUESTION,  # two parts of one weekday too
    value_rows.DAYS_OF_TWO_HAPPENINGS,
    DAYS_ONE_REPORT_TELLS_APART,  # one report states both days: two happenings
    days.EVERY_VALUE_DIFFERS_ACROSS_DAYS,
    dated_alike.ONE_HAPPENING_DATED_BELOW_THE_FLOOR,  # one happening: the texts settle it
    days.DATED_ALIKE_BELOW_THE_FLOOR,
    days.ONE_WEEKDAY_WEEKS_APART,
    *days.DAY_OFF_ROWS,  # a copy not re-dated first (redated.py), then a day off
    rounded.HEDGED_APART_BELOW_THE_FLOOR,  # a question where the floor drops a conflict
    floor.CONFLICT_FLOOR,
    converted.ONE_SUM_CONVERTED,
    place_parts.PLACE_PART_AGAINST_WHOLE,
    WEEKDAY_AGAINST_ITS_DATE_VALUE,
    value_rows.MEASURED_ON_ONE_SIDE_IN_OTHER_WORDS,
    days.PUBLISHED_FAR_APART,
    floor_rows.LATER_BELOW_A_FLOOR,  # before the moving rows: no update below a floor
    efforts.TALLY_LOWER_IN_LATER_REPORT,  # a tally lower in the later report, too
    *later_counts.ROWS,  # an update a later count rules out, then moments.ROWS
    one_moment_floor.FLOOR_AT_ONE_MOMENT,  # a consistent bound: before the moving rows
    rate_over_days.RATE_AGAINST_ITS_DAYS,
    *dated_counts.ROWS,  # counts at moments the running rows do not order (session 42)
    *running.MOVING_ROWS,
    both_stated.FIGURE_ITS_ARTICLE_ALSO_STATES,  # after the moving rows: an update stays
    days.COUNTED_FROM_DIFFERENT_DAYS,
    floor.MEASURED_ALIKE_BELOW_THE_FLOOR,
    value_rows.CONSISTENT_IN_OTHER_WORDS,
    *like.VALUE_ROWS,
    value_rows.OWNER_ON_ONE_SIDE_IN_OTHER_WORDS,
    fraction_apart.ROW,  # before rounded's question: a share plainly another fraction
    *rounded.VALUE_ROWS,
    value_rows.DAY_INSIDE_A_YEAR,
    *UNSHOWN_ALIKE_ROWS,  # a question when nothing shows both measure one thing
    same_thing.DAYS_AGREE_WITHOUT_EVIDENCE,
    value_rows.WRITTEN_DIFFERENTLY,
    value_rows.IDENTICAL,
    value_rows.SAME_WORDS_UNDATED,
    *SAID_ROWS,  # who said what, and how it was quoted
    *unmet.UNMET_ROWS,  # unmet_different_modalities first
    *names.NAME_ROWS,
    *IDENTIFIER_ROWS,
    *PROPER_ROWS,
    *RESIDENCE_ROWS,
    *AGE_YEAR_ROWS,
    *TITLE_ROWS,
    *OWN_FIGURE_ROWS,  # a sentence's figures against each other
    *MARGIN_ROWS,  # a margin one report states against another's two figures
    *BREAKDOWN_ROWS,  # a breakdown one report gives against another's total
    *DERIVED_ROWS,  # a figure one report states against another's figures
    *OWN_WEEKDAY_ROWS,
    *STORY_RATE_ROWS,  # a gloss out of line with the story's rates
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
