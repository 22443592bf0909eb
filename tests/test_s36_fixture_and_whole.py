"""Two real-copy readings a new user met on ECB+ clusters (issue 11, session 36).

1. A fixture told in the present, its object before the day: "The Saints (11-5)
   face the Seattle Seahawks (7-9) in a wildcard game at 3:30 p.m. Saturday" in a
   Wednesday story read as the Saturday gone, while another report's "plays at
   Seattle on Saturday" got the coming one: a conflict a week apart.
   facts/time/fixture.py reads the coming weekday under a present fixture verb.
2. A figure's whole taken for the figure when an owner's possessive stands
   between "of" and the whole: "missing 10 of the Saints' 16 games" shown as
   stating 16 games. facts/parts/counts.py reads the whole past the possessive.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.facts.parts import read_part
from workbench.facts.time import find_times

WED = date(2011, 1, 5)  # a Wednesday


def _day(sentence: str, expr: str, pub: date = WED) -> str:
    found = {m.text: m.timex for m in find_times(sentence, pub)}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        (
            "The Saints (11-5) face the Seattle Seahawks (7-9) in a wildcard game at 3:30 p.m. "
            "Saturday at Qwest Field.",
            "Saturday",
            "2011-01-08",
        ),
        (
            "When the Saints open the playoffs in Seattle on Saturday, only two backs will be fit.",
            "Saturday",
            "2011-01-08",
        ),
        ("Arsenal host Chelsea at the Emirates on Sunday.", "Sunday", "2011-01-09"),
        ("The two finance ministers meet again in Geneva on Friday.", "Friday", "2011-01-07"),
        ("The Yankees take on the Red Sox at Fenway Park on Monday.", "Monday", "2011-01-10"),
        (
            "Labour faces the Tories in a televised debate at 8 p.m. Thursday.",
            "Thursday",
            "2011-01-06",
        ),
        (
            "Sharapova plays Williams in the final of the tournament on Sunday.",
            "Sunday",
            "2011-01-09",
        ),
        ("The Raptors (12-20) host the Heat (25-9) at 7:30 p.m. Friday.", "Friday", "2011-01-07"),
        (
            "Barcelona open their title defence at home to Sevilla on Saturday.",
            "Saturday",
            "2011-01-08",
        ),
    ],
)
def test_a_present_fixture_dates_the_coming_weekday(sentence, expr, value):
    assert _day(sentence, expr) == value


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        # the past of the fixture verb, or a past word between, keeps the day gone
        ("The Saints faced Seattle in a wildcard game on Saturday.", "Saturday", "2011-01-01"),
        ("Thomas was hurt when the Saints played Atlanta on Sunday.", "Sunday", "2011-01-02"),
        ("He faces charges that were filed in court on Monday.", "Monday", "2011-01-03"),
        ("Lawmakers meet the governor, who resigned on Monday.", "Monday", "2011-01-03"),
        ("The company opens its books after it reported losses on Monday.", "Monday", "2011-01-03"),
        # a store opening is no fixture: left to the tense reader
        ("Apple opens its new store in Chicago on Saturday.", "Saturday", "2011-01-01"),
        # not the verb: "to face", "the meet"
        ("Coaches hoped to face Seattle healthy after the win on Sunday.", "Sunday", "2011-01-02"),
    ],
)
def test_a_past_or_no_fixture_keeps_the_day_gone(sentence, expr, value):
    assert _day(sentence, expr) == value


def test_two_reports_of_one_fixture_agree_on_its_day(tmp_path):
    analysis = analyse_bodies(
        tmp_path,
        "The Saints (11-5) face the Seattle Seahawks (7-9) in a wildcard game at 3:30 p.m. "
        "Saturday at Qwest Field.",
        "New Orleans plays at Seattle on Saturday at 3:30 p.m. in the wildcard round.",
        published="2011-01-05",
    )
    assert [d.verdict for d in analysis.discrepancies if str(d.verdict) == "conflict"] == []


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Thomas missed 10 of the Saints' 16 games with a sprain.", "16"),
        ("He started three of Apple's 12 product launches.", "12"),
        ("Two of the company's five plants will close next year.", "five"),
        ("Labour won four of the region's nine seats.", "nine"),
        ("She scored 7 of the Lakers' 20 points in the quarter.", "20"),
        ("Most of New York City's 8,000 buses run on diesel.", "8,000"),
    ],
)
def test_the_whole_past_an_owner_is_read_as_the_whole(sentence, whole):
    at = sentence.index(whole)
    assert read_part(sentence, at, at + len(whole)).kind == "whole"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Saints' 16 games were all televised this season.",
        "Apple's 12 stores in China reopened on Monday.",
        "All of the company's plants will close; its five plants employ 900.",
    ],
)
def test_an_owner_s_figure_with_no_part_before_it_is_plain(sentence):
    figure = next(w for w in ("16", "12", "five") if w in sentence)
    at = sentence.index(figure)
    assert read_part(sentence, at, at + len(figure)).kind == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Thomas suffered through an injury-plagued season, missing 10 of the Saints' 16 "
            "games with an ankle sprain.",
            "Thomas was hurt in September and missed 10 games with the ankle sprain.",
        ),
        (
            "The strike shut three of the carmaker's 11 plants in the region.",
            "The strike shut three plants in the region, the union said.",
        ),
    ],
)
def test_a_whole_past_an_owner_is_not_held_against_the_count(tmp_path, a, b):
    analysis = analyse_bodies(tmp_path, a, b)
    shown = [{s.text for s in d.sides} for d in analysis.discrepancies]
    assert not any(("16" in t or "11" in t) for sides in shown for t in sides), shown


# 3. A figure of a person's earlier stint (facts/stint.py): "He played at Wayne
#    State, where he finished with 6,728 yards rushing" is his college record,
#    not a season's figure to hold against a team-mate's 716 NFL yards.


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("He played at Wayne State, where he finished with 6,728 yards rushing.", "6,728 yards"),
        ("He coached at Boise State, where his teams won 92 games.", "92"),
        ("She worked for Goldman Sachs, where she earned $4 million a year.", "$4 million"),
        ("In college, she scored 2,100 points for the Huskies.", "2,100 points"),
        ("During his college career, he threw 87 touchdown passes.", "87"),
    ],
)
def test_a_figure_of_an_earlier_stint_is_of_an_earlier_happening(sentence, figure):
    at = sentence.index(figure)
    assert measure_of(sentence, at, at + len(figure)).scope == "earlier"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a venue's "where", not a person's past stint
        ("The team played at Wembley, where 80,000 fans watched on Saturday.", "80,000"),
        ("He rushed for 716 yards in 12 games this season.", "716 yards"),
        ("At Apple, he oversees 2,000 engineers.", "2,000"),
    ],
)
def test_a_figure_of_no_earlier_stint_keeps_its_scope(sentence, figure):
    at = sentence.index(figure)
    assert measure_of(sentence, at, at + len(figure)).scope != "earlier"
