"""Issue 11, trial 29 (ECB+ 05_ecb): a team's record and a game's score are no
ranges, a record compares only over the same span, a winning percentage is no
count of games, and a contract's figure belongs to the one signed to it."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.facts.quantity.family import QuantityFamily
from workbench.facts.quantity.records import find_records, record_span

_Q = QuantityFamily()


def _analyse(tmp_path, *bodies):
    return analyse_bodies(tmp_path, *bodies)


def _verdicts(analysis):
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in analysis.discrepancies}


def _read(sentence):
    return [(m.text, m.counted, m.value_high, m.record) for m in _Q.find(sentence, None)]


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("The Kings have opened 4-11 under their new coach.", [("4", "win"), ("11", "loss")]),
        ("After an 18-30 start, the Bulls recovered.", [("18", "win"), ("30", "loss")]),
        ("Torre compiled a 103-59 record with New York.", [("103", "win"), ("59", "loss")]),
        ("Belichick is 61-35 in six seasons with the club.", [("61", "win"), ("35", "loss")]),
        ("The Flyers are just 1-7 in their last eight.", [("1", "win"), ("7", "loss")]),
        ("The Mets wound up at 89-73, a game out.", [("89", "win"), ("73", "loss")]),
        ("He guided the Rams to a 10-6 mark and a wild card.", [("10", "win"), ("6", "loss")]),
        ("The Penguins are 20-25 on the road.", [("20", "win"), ("25", "loss")]),
    ],
)
def test_a_record_is_read_where_its_words_say_so(sentence, counts):
    assert [(m.text, m.counted) for m in find_records(sentence)] == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kings have opened 4-11 under their new coach.",
        "Belichick is 61-35 in six seasons with the club.",
        "The Flyers are just 1-7 in their last eight.",
        "The Mets wound up at 89-73, a game out.",
    ],
)
def test_a_record_is_never_a_range(sentence):
    assert all(high is None for _, _, high, _ in _read(sentence))
    assert any(record for *_, record in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "It came after Friday's dispirited 88-72 setback at Cleveland.",
        "Friday night's 101-95 loss in Boston was the last straw.",
        "The Oilers beat the Flames 5-2 on Saturday.",
        "The Ravens blew a 17-3 lead in the fourth quarter.",
    ],
)
def test_a_score_is_no_range_and_no_record(sentence):
    assert not any(high is not None or record for _, _, high, record in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Between 10-15 people were hurt.", "Temperatures of 3-5 degrees are forecast."],
)
def test_ranges_stay_ranges(sentence):
    assert any(high is not None for _, _, high, _ in _read(sentence))


def test_a_winning_percentage_is_no_count_of_games():
    found = _read("The Sixers went over .500 after a mark of 122-147 (.454) last season.")
    shares = [c for t, c, _, _ in found if ".500" in t or ".454" in t]
    assert shares == ["winning percentage", "winning percentage"]


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Cheeks has an overall record of 284-286 as a coach.", "overall"),
        ("The Sixers are just 2-8 in their last ten.", "last ten"),
        ("Cheeks is 122-147 in three-plus seasons.", ""),
    ],
)
def test_the_span_a_record_covers(sentence, span):
    pos = find_records(sentence)[0].start
    assert record_span(sentence, pos) == span


def test_records_over_different_spans_are_not_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "Coach Maurice Cheeks has an overall record of 284-286 after his firing on Saturday.",
        "Coach Maurice Cheeks is 122-147 in three-plus seasons after his firing on Saturday.",
    )
    assert not any({a, b} & {"284", "286"} for a, b in _verdicts(an))


def test_one_owners_records_over_one_span_are_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "Coach Maurice Cheeks is 122-147 in three-plus seasons in Philadelphia, the team said.",
        "Coach Maurice Cheeks compiled a 162-139 record in three-plus seasons in Philadelphia, "
        "the team said.",
    )
    assert _verdicts(an).get(("122", "162")) == "conflict"


def test_a_record_is_not_a_count_of_playoff_games(tmp_path):
    an = _analyse(
        tmp_path,
        "The Sixers won 40 games and took Detroit to six games in the first round last season.",
        "The Sixers won 18 of their next 23 games and wound up at 40-42 last season.",
    )
    assert not any({a, b} & {"six", "42"} == {"six", "42"} for a, b in _verdicts(an))


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        ("The Sixers signed free agent Elton Brand to an $82 million deal.", "$82",
         ("elton", "brand")),
        ("The Yankees signed pitcher CC Sabathia to a seven-year, $161 million contract.",
         "$161", ("cc", "sabathia")),
        ("They re-signed Iguodala and Williams for $80 million and $25 million, respectively.",
         "$80", ("iguodala",)),
        ("They re-signed Iguodala and Williams for $80 million and $25 million, respectively.",
         "$25", ("williams",)),
    ],
)  # fmt: skip
def test_a_deals_figure_belongs_to_the_one_signed(sentence, figure, owner):
    start = sentence.index(figure)
    assert measure_of(sentence, start, start + len(figure) + 8).owner == owner


def test_a_verb_after_and_is_no_second_counted_thing():
    s = "The team signed Brand to an $82 million deal and re-signed Iguodala last summer."
    start = s.index("$82")
    assert measure_of(s, start, start + 11).inclusion == ""
    s = "The fund paid 300 staff and contractors last year."
    # a group another report often counts apart: "others" since session 23 ("more" before)
    assert measure_of(s, s.index("300"), s.index("300") + 3).inclusion == "others"
    s = "The school evacuated 40 students and teachers last year."
    assert measure_of(s, s.index("40"), s.index("40") + 2).inclusion == "more"


def test_a_contract_is_compared_with_the_same_players_contract(tmp_path):
    an = _analyse(
        tmp_path,
        "The team had signed free agent Elton Brand to an $82 million deal and re-signed "
        "Iguodala and Williams for $80 million and $25 million, respectively, last summer.",
        "The team signed free-agent forward Elton Brand to a five-year deal worth nearly "
        "$80 million last summer.",
    )
    v = _verdicts(an)
    assert v.get(("$82 million", "nearly $80 million")) == "conflict"
    assert ("$80 million", "nearly $80 million") not in v
