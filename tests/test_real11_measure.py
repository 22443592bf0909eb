"""Whose figure and over what period (issue 11, real copy): figures of
different owners or periods are different facts, however close their values.

The sentences are made up; the patterns come from the ECB+ development half
(two laptops in one launch story, two teams' offers, a season's statistics
against one stint's)."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.measure import Measure, measure_of
from workbench.judge import rules
from workbench.judge.apart import owners_differ


def _measure(sentence: str, value: str) -> Measure:
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value))


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, rule: str = ""):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        with judge.tracing() as decided:
            found = analyze_paths(paths).discrepancies
        if rule:
            assert (rule, "skip") in decided, dict(decided)
        return [d for d in found if d.kind != "attribution"]

    return run


BIDS = "The Rovers (three years, $12 million) and United (two years) bid."


@pytest.mark.parametrize(
    "sentence, value, owner",
    [
        ("Smith's 86-yard run sealed the win in the fourth quarter.", "86-yard", {"smith"}),
        ("Then Jones's 40-yard pass set up the first score.", "40-yard", {"jones"}),
        ("Reviewers liked the tablet's 4GB of memory.", "4GB", {"tablet"}),
        (BIDS, "two years", {"united"}),
        (BIDS, "$12 million", {"rovers"}),
        ("Prices start at $899 for the 11-inch model, the firm said.", "$899", {"11-inch"}),
        ("The new Pixelbook Go features a 1.6GHz processor.", "1.6GHz", {"pixelbook", "go"}),
        ("There's a quad-core chip up to 3.1GHz in the box.", "up to 3.1GHz", set()),
        ("It's about 40 miles north of the capital.", "about 40 miles", set()),
        ("In March the company hired 300 engineers.", "300", set()),
        ("Senators want to use some of the $700 billion fund.", "$700 billion", set()),
        ("The Rovers scored 31 goals in the league.", "31", {"rovers"}),
    ],
)
def test_the_owner_of_a_figure_is_read_from_its_clause(sentence, value, owner):
    assert set(_measure(sentence, value).owner) == owner


@pytest.mark.parametrize(
    "sentence, value, scope",
    [
        ("He has scored at least 20 goals in each of the past four seasons.", "20", "season"),
        ("He scored 3 goals and 5 assists in 12 games with the club.", "3", "game"),
        ("She has run for 1,200 yards this season.", "1,200", "season"),
        ("He threw for 312 yards in Sunday's game.", "312", "game"),
        ("The striker has 140 goals in his career.", "140", "career"),
        ("Eleven people have died so far, officials said.", "Eleven", "total"),
        ("The fire destroyed 40 homes near the river.", "40", ""),
    ],
)
def test_the_period_a_figure_covers_is_read_from_its_clause(sentence, value, scope):
    assert _measure(sentence, value).scope == scope


def test_owners_differ_only_when_neither_sentence_names_the_other():
    a = "The new Pixelbook Go features a 1.6GHz processor."
    b = "The 13- and 15-inch laptops run up to 2.4GHz chips."
    c = "The 15-inch laptop, like the Pixelbook Go, runs a 2.4GHz chip."
    ma, mb, mc = _measure(a, "1.6GHz"), _measure(b, "up to 2.4GHz"), _measure(c, "2.4GHz")
    assert owners_differ(ma, a, mb, b)
    assert not owners_differ(ma, a, mc, c)  # c names the Pixelbook Go elsewhere
    unknown = "The chip runs at up to 2.4GHz."
    assert not owners_differ(ma, a, _measure(unknown, "up to 2.4GHz"), unknown)


def test_a_listed_figure_is_its_owners_only():
    """'United (two years, $9 million)' in a list of bids is United's: a sentence
    about an offer that never names United is about someone else's."""
    a = "Rovers (three years, $12 million) and United (two years, $9 million) made bids."
    b = "The deal is believed to be an offer of two years and about $9 million."
    c = "United made an offer of two years and about $9 million, the paper said."
    m = _measure(a, "$9 million")
    assert m.listed
    assert owners_differ(m, a, _measure(b, "about $9 million"), b)
    assert not owners_differ(m, a, _measure(c, "about $9 million"), c)


LAUNCH = (
    "comes with a {} processor, a backlit keyboard and a battery that lasts all day, "
    "the maker said at its launch event in London on Tuesday."
)


def test_figures_of_different_owners_are_not_compared(flags):
    a = "The new Pixelbook Go " + LAUNCH.format("1.6GHz")
    b = "The 13-inch Chromebook Pro " + LAUNCH.format("2.4GHz")
    assert flags(a, b, "different_owners") == []


def test_figures_of_one_owner_are_still_compared(flags):
    a = "The new Pixelbook Go " + LAUNCH.format("1.6GHz")
    b = "The new Pixelbook Go " + LAUNCH.format("2.4GHz")
    assert [(str(d.verdict), d.sides[0].text, d.sides[1].text) for d in flags(a, b)] == [
        ("conflict", "1.6GHz", "2.4GHz")
    ]


def test_statistics_of_different_periods_are_not_compared(flags):
    said = ", coach Lee Park told reporters after training at the club's ground."
    a = "Striker Ana Ramos has scored at least 25 goals in each of the past four seasons" + said
    b = "Striker Ana Ramos has scored 11 goals in 19 games since joining" + said
    assert flags(a, b, "different_periods") == []


def test_a_count_of_acronyms_counts_them():
    """'43 RBIs' counts runs batted in, not a bare number that pairs with anything."""
    from workbench.facts.quantity import find_quantities

    counted = {m.text: m.counted for m in find_quantities("He hit 13 home runs and 43 RBIs.")}
    assert counted == {"13": "run", "43": "rbi"}


def test_dates_years_apart_in_other_words_are_not_compared(flags):
    said = ", the family's lawyer told reporters outside the courthouse."
    a = "The former union boss Dino Ruggiero died in a prison hospital on Monday" + said
    b = "The former union boss Dino Ruggiero met rival bosses at a Queens summit in 1988" + said
    # session 37 (eng126): a year two or more before publication is an earlier
    # happening, told as background, and that row decides first now
    assert flags(a, b, "told_as_background") == []
    with rules.without("told_as_background"):
        assert flags(a, b, "years_apart_in_other_words") == []


def test_dates_a_year_apart_in_other_words_are_still_flagged(flags):
    said = " by the church's elders, the family's lawyer told reporters."
    a = "Bishop Carl Winter was excommunicated in 2002" + said
    b = "Bishop Carl Winter was ejected in 2003" + said
    assert [str(d.verdict) for d in flags(a, b)] == ["conflict"]


EVENT = "At the launch event {}, the company said on Monday."


def test_an_agreement_through_a_bound_is_shown_only_when_the_figures_say_what_they_measure(
    flags,
):
    """'2.38 pounds' of one laptop and 'under 4.5 pounds' of its rival agree only
    through a bound, in sentences that are not close paraphrases: not shown."""
    a = EVENT.format("the cheaper laptop weighs 2.38 pounds")
    b = "At the launch event its bigger rival comes in under 4.5 pounds, the firm said on Monday."
    assert flags(a, b, "consistent_in_other_words") == []


def test_one_value_stated_twice_in_other_words_is_still_shown(flags):
    a = EVENT.format("the cheaper laptop weighs 2.38 pounds")
    b = EVENT.format("its rival comes in at 1.08 kg")
    assert [str(d.verdict) for d in flags(a, b)] == ["consistent"]


def test_a_bound_that_rounds_the_figure_is_one_figure():
    from workbench.facts.quantity import find_quantities
    from workbench.facts.quantity.family import QUANTITY

    def q(s: str):
        return find_quantities(s)[0]

    assert QUANTITY.same_figure(q("A crowd of 61,482 watched."), q("more than 60,000 fans"))
    assert QUANTITY.same_figure(q("speeds up to 120 mph"), q("more than 100 mph"))
    assert not QUANTITY.same_figure(q("a 2.5GHz chip"), q("up to 2.7GHz"))
    assert not QUANTITY.same_figure(q("at least 35 years"), q("75 years"))


def test_an_explanation_names_what_each_figure_measures(flags):
    said = ", the coach told reporters after training at the club's ground."
    a = "Striker Ana Ramos has scored 25 goals this season" + said
    b = "Striker Ana Ramos has scored 27 goals this season" + said
    (d,) = flags(a, b)
    assert str(d.verdict) == "conflict"
    # the same on both sides is said once (session 34, trial 40)
    assert "(what both measure: of Ana Ramos; over a season)" in d.explanation
    assert d.explanation.endswith(" — conflict")


def test_a_measure_describes_itself_for_an_editor():
    s = "Smith's 86-yard run in 2011 won the game."
    assert _measure("The blast killed 13 people in 1997.", "13").describe() == "killed; in 1997"
    assert _measure(s, "86-yard").describe() == "of Smith; in 2011"
    # (session 30: a workforce says what it counts)
    assert _measure("The firm employs 40 staff.", "40").describe() == "workforce"
