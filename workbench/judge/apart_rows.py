"""The rule rows of figures their clauses say measure different things (moved
from rules.py in session 27, eng78, when the table reached its 500-line limit;
their order in the table is unchanged): different happenings or roles, nested
scopes (a question), different periods or named places, different owners,
games, offers, plays, spans, changed things and reference points. Each row
skips a pair, but nested scopes', which asks."""

from __future__ import annotations

from . import (
    areas_apart,
    backdated,
    clock_phrase,
    day_twin,
    games,
    group_told,
    listed_apart,
    offers,
    partitive,
    peak_moment,
    periods_apart,
    phases,
    plays,
    repetitions_apart,
    revised_apart,
    scopes,
    spans,
    stages_apart,
    subgroups,
    time_parts,
    whole_told,
    wider_owners,
)
from .day_after import DAY_OF_WHAT_IT_FOLLOWS
from .stages import CANDIDATE, Outcome, Rule
from .stamped_counts import STATES_OF_DIFFERENT_COUNTS

APART_ROWS: tuple[Rule, ...] = (
    clock_phrase.FRAME_OF_A_CLOCK,  # '23:40 on Sunday' / '10.40pm last night': the clocks
    Rule(
        "different_happenings",
        CANDIDATE,
        lambda c: c.measured_apart in ("event", "role"),
        Outcome.SKIP,
        "two figures of aligned claims that count different happenings ('shooting three people, "
        "killing one': the shot and the dead), two days that date different stages of a story "
        "('sentenced on Tuesday' / 'convicted Thursday'), or two figures in different roles of a "
        "change ('dropped $100 to $1,199': the cut and the price; 'up from 40') are different "
        "facts, whatever their values",
        "tests/test_measure.py::test_the_shot_are_not_compared_with_the_dead; "
        "tests/test_measure.py::test_a_price_cut_is_not_compared_with_a_price; "
        "tests/test_measure.py::test_days_of_different_stages_are_not_compared; "
        "tests/test_s28_bases_and_background.py::test_a_base_period_is_not_compared_with_the_"
        "period_reported; "
        "ECB+ development half in benchmarks/realcopy_data "
        "(people shot vs people killed, a price cut read against a price)",
    ),
    phases.TWO_PHASES,  # 'closed at 7am' / 'reopened at 4pm'
    STATES_OF_DIFFERENT_COUNTS,  # '40 still missing this morning' / 'As of Thursday, 35 hurt'
    DAY_OF_WHAT_IT_FOLLOWS,  # 'this morning …, a day after regulators fined' / 'last Tuesday'
    subgroups.SUBGROUP_OF_TOTAL,
    stages_apart.GROUP_OF_A_KIND,  # '21 British passengers' / '44 passengers'
    stages_apart.STAGES_OF_ONE_PLAN,  # 'will initially hold 40,000' / '60,000'
    stages_apart.MOMENT_AGAINST_AN_UNTOLD_ONE,  # 'fell 2% by midday' / 'fell 1.2%'
    revised_apart.STEPS_OF_ONE_FIGURE,  # 'raised its offer to $45' / 'offered $40'
    listed_apart.MEMBER_OF_A_LISTING,  # 'six in the north and four in the south' / 'ten'
    stages_apart.EXCHANGE_RATE_APART,  # 'the euro traded at $1.08' / '$1.20 a share'
    repetitions_apart.REPETITIONS_OF_DIFFERENT_THINGS,  # 'monthly total' / 'annual rate'
    day_twin.DAY_STATED_ELSEWHERE,  # 'on Wednesday' / 'on Sunday after … Wednesday'
    wider_owners.MARKET_AGAINST_A_COMPANY,  # 'a $30 billion market' / '$7.3 billion in sales'
    wider_owners.SPREAD_OF_SEVERAL,  # 'all the offers were $140m-$160m' / 'offered $150m'
    partitive.PART_OF_A_GROUP,  # 'Twenty-one of the injured were passengers' / '26 hurt'
    areas_apart.PART_OF_THE_AREA,  # 'in the province' / 'in the affected area'
    periods_apart.COUNTS_OF_DIFFERENT_PERIODS,  # 'between Monday and Wednesday' / '… Friday'
    periods_apart.ENDS_OF_COUNTING_PERIODS,
    whole_told.WHOLE_TOLD_BESIDE,  # '1,140 recovered, 310 of them dead' / '830 alive'
    scopes.PART_WITHIN_WHOLE,
    group_told.GROUP_TOLD_ADDS_UP,  # '40 passengers, excluding the driver' / '41 people'
    scopes.WIDER_SCOPE,
    areas_apart.PART_LARGER_THAN_ITS_AREA,  # after wider_scope: its question first
    time_parts.TIME_PART_OF_A_WHOLE,  # '40 arrested by 2 p.m.' / '130 arrested'
    peak_moment.PEAK_AGAINST_A_MOMENT,  # 'peaked at 6.30pm, when 1.38m' / '1.21m still'
    Rule(
        "different_periods",
        CANDIDATE,
        lambda c: c.measured_apart == "scope",
        Outcome.SKIP,
        "two figures that cover different periods ('30 homers in each of the past five "
        "seasons' / '13 home runs in 54 games'; 'this season' / 'in Sunday's game'; 'so "
        "far' / 'in the final') are different statistics, whatever their values; so are "
        "counts made in different named places ('1,200 cases in Fulton County' / '3,400 "
        "cases in Georgia') when neither sentence names the other's place",
        "tests/test_real11_measure.py::test_statistics_of_different_periods_are_not_compared; "
        "tests/test_s13_measured_apart.py::test_counts_made_in_different_named_places_are_not_"
        "compared; "
        "tests/test_s28_bases_and_background.py::test_an_earlier_storms_toll_is_not_compared_"
        "with_this_ones; "
        "ECB+ development half in benchmarks/realcopy_data (a season's home runs read "
        "against one stint's runs batted in)",
    ),
    backdated.TOLD_AS_BACKGROUND,  # 'a fire in 2012 that injured three' / '14 injured'
    Rule(
        "different_owners",
        CANDIDATE,
        lambda c: c.measured_apart == "owner" or c.pronoun_owners_differ,
        Outcome.SKIP,
        "two figures that belong to different owners ('Smith's 86-yard run' / 'Jones's "
        "40-yard pass'; 'the Orioles (seven years, $140 million)' / 'the Nationals (eight "
        "years, $160 million)'; 'the new MacBook Air' / 'the 15-inch portables'), where "
        "neither sentence names the other's owner, are figures of different things, and so "
        "are figures each clause binds to its own name ('X shares fell 2%' / 'shares in Y "
        "jumped 34%', 'the US pledged $1.5m' / 'the EU pledged $2.9m') when neither figure's "
        "clause names the other's; so are "
        "those of sentences opening on 'He' and on 'They' (one person's term, several's), "
        "a 'He' read as the one person named just before against another person, and one "
        "size of two product lines ('the 13-inch' beside 'the 11-inch Air' / 'the MacBook "
        "Pro line'), and two people sharing a surname ('Kathryn Jenkin, 20' / 'John "
        "Jenkin, 23'; a bare 'Jenkin' is whoever its sentence ties it to)",
        "tests/test_real11_measure.py::test_figures_of_different_owners_are_not_compared; "
        "tests/test_s13_pronoun_owners.py; "
        "tests/test_s13_owners.py::test_two_owners_figures_are_not_compared; "
        "tests/test_s13_owners.py::test_one_person_and_several_are_not_one_owner; "
        "tests/test_s19_product_lines.py::test_one_size_of_two_lines_is_no_one_figure; "
        "tests/test_s28_figure_binding.py::test_two_donors_sums_are_not_compared; "
        "tests/test_s42_namesakes.py::test_figures_of_two_namesakes_are_apart; "
        "ECB+ development half in benchmarks/realcopy_data (one laptop's clock speed "
        "against another's, two teams' offers)",
    ),
    games.DIFFERENT_GAMES,
    offers.DIFFERENT_OFFERS,
    plays.DIFFERENT_PLAYS,
    plays.DIFFERENT_STATS,
    *spans.SPAN_ROWS,
    Rule(
        "different_things_changed",
        CANDIDATE,
        lambda c: c.measured_apart == "thing",
        Outcome.SKIP,
        "two figures of changes of different things ('profit rose 12% to $4.1 billion' / "
        "'revenue rose 8% to $20.3 billion'), neither of which the other sentence names, "
        "measure two things, not one misreported",
        "tests/test_s13_measured_apart.py::test_changes_of_different_things_are_not_compared; "
        "tests/test_s28_figure_binding.py::test_two_accounts_of_one_sentence_are_not_compared",
    ),
    Rule(
        "different_reference_points",
        CANDIDATE,
        lambda c: c.measured_apart == "reference",
        Outcome.SKIP,
        "two distances measured from different named places ('two miles from Dunmore' / "
        "'three miles from Kilbeg'), neither of which the other sentence names, are two "
        "distances, not one misreported",
        "tests/test_real14_reading.py::test_distances_from_different_places_are_not_compared; "
        "tests/test_s28_figure_binding.py::test_distances_from_two_places_named_in_one_sentence_"
        "are_not_compared",
    ),
)
