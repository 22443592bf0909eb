"""Session 43 (eng161, issue 11): a margin one report states against the two
figures another gives it between.

Held-out readers found a wrong subtraction left unchecked: finishing times
2:05:41 and 2:06:19 in one report, "won by 48 seconds" (38) in another; and
so for votes, scores and seats. The sentences are seldom aligned (one tells a
margin, the other two figures); they are read where they name one person or
side alike. Each case is our own pair of sentences.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _margins(tmp_path, a: str, b: str):
    found = analyze(load_articles(pair(tmp_path, a, b))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found if d.rule.startswith("margin_")]


@pytest.mark.parametrize(
    ("a", "b", "says"),
    [
        (
            "Kiprop won in 2:05:41, ahead of Bekele in 2:06:19.",
            "Kiprop won by 48 seconds from Bekele.",
            "2:05:41 and 2:06:19 are 38 seconds apart (Courier), not the 48 seconds",
        ),
        (
            "Obiri crossed the line in 2:21:38, with Lokedi second in 2:22:01.",
            "Obiri finished 33 seconds ahead of Lokedi.",
            "are 23 seconds apart",
        ),
        (
            "Verstappen finished in 1:32:05, with Norris next in 1:32:17.",
            "Verstappen beat Norris by 21 seconds.",
            "are 12 seconds apart",
        ),
        (
            "Hassan clocked 14:21:07 to beat Gidey, who finished in 14:21:51.",
            "Hassan was 54 seconds clear of Gidey at the line.",
            "are 44 seconds apart",
        ),
        (
            "Harris took 14,212 votes to Patel's 13,980.",
            "Harris won by 332 votes.",
            "14,212 against 13,980 is a margin of 232",
        ),
        (
            "Okafor polled 5,210 votes and Briggs 4,870 votes.",
            "Okafor received 440 more votes than Briggs.",
            "is a margin of 340",
        ),
        (
            "Labour won 412 seats to the Conservatives' 121.",
            "Labour finished 281 seats ahead of the Conservatives.",
            "is a margin of 291",
        ),
        (
            "The Hawks beat the Lions 98-87 on Saturday.",
            "The Hawks beat the Lions by 13 points on Saturday.",
            "98-87 is a margin of 11 (Courier), not the 13",
        ),
        (
            "United won 4-1 at home to City on Sunday.",
            "United beat City by two goals at home on Sunday.",
            "4-1 is a margin of 3",
        ),
        (
            "The Tigers edged the Sharks 24-21 in the final.",
            "The Tigers won the final by five points against the Sharks.",
            "24-21 is a margin of 3",
        ),
    ],
)
def test_margins_against_their_figures(tmp_path, a, b, says):
    got = _margins(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the subtraction right
        ("Kiprop won in 2:05:41, ahead of Bekele in 2:06:19.", "Kiprop won by 38 seconds."),
        ("Harris took 14,212 votes to Patel's 13,980.", "Harris won by 232 votes."),
        ("The Hawks beat the Lions 98-87 on Saturday.", "The Hawks beat the Lions by 11 points."),
        ("United won 4-1 at home to City on Sunday.", "United beat City by three goals."),
        # a margin in whole minutes, read to the half minute
        ("Kiprop won in 2:05:41, ahead of Bekele in 2:07:39.", "Kiprop won by two minutes."),
        # hedged: 'more than 300', 'about 200'
        ("Harris took 14,212 votes to Patel's 13,980.", "Harris won by more than 300 votes."),
        ("Harris took 14,212 votes to Patel's 13,980.", "Harris won by about 200 votes."),
        # times of two races: one time each, or a margin far from their difference
        (
            "Kiprop won the men's race in 2:05:41. Obiri won the women's race in 2:21:38.",
            "Kiprop won by 48 seconds.",
        ),
        (
            "Kiprop won the men's race in 2:05:41, while Obiri won the women's race in 2:21:38.",
            "Kiprop won the men's race by 48 seconds.",
        ),
        # another seat, other people
        ("Harris took 14,212 votes to Patel's 13,980.", "In Southgate, Green won by 4,120 votes."),
        ("Kiprop won in 2:05:41, ahead of Bekele in 2:06:19.", "Obiri won by 48 seconds."),
        # two scorelines: which one the margin is of is not told
        (
            "The Hawks beat the Lions 98-87 and the Bears 101-90 this week.",
            "The Hawks beat the Lions by 13 points.",
        ),
        # a change, no margin
        ("Shares closed at 412 pence, after opening at 398 pence.", "Shares rose by 12 pence."),
    ],
)
def test_margins_that_match_stay_silent(tmp_path, a, b):
    assert _margins(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "says"),
    [
        (
            "Harris, 54, beat Patel, 47, in the final on Sunday.",
            "Patel, nine years younger than Harris, lost the final on Sunday.",
            "Harris, 54, and Patel, 47, are 7 years apart in age (Courier), not the nine years",
        ),
        (
            "Mendes (38) replaced Silva (29) as captain.",
            "Mendes, eleven years older than Silva, takes over as captain.",
            "are 9 years apart in age",
        ),
        (
            "Okoye, 31, and her sister Ada, 26, opened the shop in May.",
            "Ada, three years younger than Okoye, opened the shop with her sister.",
            "are 5 years apart in age",
        ),
        (
            "The pilot, Grant, 45, and co-pilot Shah, 33, were unhurt.",
            "Shah, 15 years younger than Grant, was at the controls.",
            "are 12 years apart in age",
        ),
        (
            "Lopez, 62, faces Moreno, 58, in the run-off.",
            "Lopez, six years older than Moreno, is the favourite in the run-off.",
            "are 4 years apart in age",
        ),
        (
            "The couple, Tom Reid, 71, and Ann Reid, 64, were rescued.",
            "Ann Reid is ten years younger than her husband Tom, rescuers said.",
            "are 7 years apart in age",
        ),
    ],
)
def test_an_age_gap_against_the_two_ages(tmp_path, a, b, says):
    got = _margins(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    "b",
    [
        "Patel, seven years younger than Harris, lost the final on Sunday.",
        # two ages a year either side of a birthday apart
        "Patel, eight years younger than Harris, lost the final on Sunday.",
        "Patel, about nine years younger than Harris, lost the final.",
        # two other people
        "Jones, nine years younger than Smith, won the other semi-final.",
    ],
)
def test_age_gaps_the_ages_allow_or_of_others_stay_silent(tmp_path, b):
    assert _margins(tmp_path, "Harris, 54, beat Patel, 47, in the final on Sunday.", b) == []


def test_an_age_gap_needs_both_ages(tmp_path):
    a = "Lopez, 62, faces Moreno in the run-off."
    b = "Lopez, six years older than Moreno, is the favourite in the run-off."
    assert _margins(tmp_path, a, b) == []
