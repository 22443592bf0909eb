"""Session 42 (eng152, issue 11): arithmetic two reports invite, checked.

Fresh readers of a held-out results story found a figure one report works out
from its own figures left unchecked against the figure another report states:
'12 of 21 shots' against 'shot 67%', a part and its share, 'rose from 4,200 to
5,100' against 'an increase of 1,000'. Each case is our own pair of sentences;
the flag gives the sum ('12 of 21 is 57%').
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _derived(tmp_path, a: str, b: str):
    found = analyze(load_articles(pair(tmp_path, a, b))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found if d.rule.startswith("derived_")]


@pytest.mark.parametrize(
    ("a", "b", "says"),
    [
        (
            "Smith made 12 of 21 shots in the win on Sunday.",
            "Smith shot 67% in the win on Sunday.",
            "12 of 21 is 57% (Courier), not the 67% Gazette states",
        ),
        (
            "Jones hit 9 of 12 free throws in the second half.",
            "Jones hit 50 per cent of his free throws in the second half.",
            "9 of 12 is 75%",
        ),
        (
            "The retailer will shut 38 of its 120 stores by March.",
            "The retailer will shut nearly half of its stores by March.",
            "38 of 120 is 32%",
        ),
        (
            "Staff numbers rose from 4,200 to 5,100 last year, the company said.",
            "Staff numbers rose by 1,000 last year, the company said.",
            "4,200 to 5,100 is a change of 900",
        ),
        (
            "Revenue rose from $4.2 billion to $5.1 billion in the year, the company said.",
            "Revenue rose 25% in the year, the company said.",
            "$4.2 billion to $5.1 billion is a change of 21.4%",
        ),
        (
            "Net profit fell to £310m from £450m, the bank said.",
            "Net profit fell by £150m, the bank said.",
            "£450m to £310m is a change of 140 million GBP",
        ),
        (
            "Three people died in Alton, four in Brent and two in Carby, officials said.",
            "Ten people died in Alton, Brent and Carby, officials said.",
            "3 + 4 + 2 = 9",
        ),
        (
            "Floods destroyed 120 homes in the east of the county and 80 in the west.",
            "Floods destroyed 250 homes in the east and west of the county.",
            "120 + 80 = 200",
        ),
    ],
)
def test_derived_figures_against_their_figures(tmp_path, a, b, says):
    got = _derived(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # 38 of 120 is 31.7%: nearly a third
            "The chain will close 38 of its 120 stores, the company said Tuesday.",
            "The chain will close nearly a third of its stores, the company said Tuesday.",
        ),
        (  # 45 of 60 is three quarters
            "Some 45 of the 60 board members voted for the plan.",
            "Three quarters of the board members voted for the plan.",
        ),
        (  # 21.4%, told as 21%
            "Revenue rose from $4.2 billion to $5.1 billion in the year, the company said.",
            "Revenue rose 21% in the year, the company said.",
        ),
        (  # 700
            "Membership grew from 12,400 to 13,100 last year.",
            "Membership grew by 700 last year.",
        ),
        (  # a fall is no reading of a rise's figures
            "Membership grew from 12,400 to 13,100 last year.",
            "Membership fell by 500 last year.",
        ),
        (  # six and four are ten
            "The chain will shut six stores in the north and four in the south.",
            "The chain will shut ten stores, the company said.",
        ),
        (  # a share of the vote is no share of the seats
            "The Liberal bloc won 58 of the 150 seats in the chamber.",
            "The Liberal bloc took 34.6 per cent of the vote and 58 seats in the chamber.",
        ),
        (  # a rate is no share of the members
            "Two of the nine board members voted to hold the rate.",
            "Board members Anna Reis and Tom Vale voted to hold the rate at 5.5 per cent.",
        ),
        (  # the share is its own sentence's sum ('17 of the 24 ... or about 71%')
            "Two of the nine board members voted to hold the rate.",
            "17 of the 24 board members polled, or about 71%, had expected the cut.",
        ),
        (  # levels of one account, a change of another
            "Operating profit fell to €1.2 billion from €2.1 billion, the group said.",
            "Net profit dropped 52% to €640 million, the group said.",
        ),
        (
            "Operating profit fell to €1.2 billion from €2.1 billion, the group said.",
            "Revenue fell 7.2% to €33.6 billion, the group said.",
        ),
        (  # a whole of an earlier happening
            "Seven people died in Liguria and two in Provence, officials said.",
            "The storm of 2020 killed at least 10 people in the area five years ago.",
        ),
        (  # a whole that names none of the members and says no 'in all'
            "Seven people died in Liguria and two in Provence, officials said.",
            "The bridge collapse of 2018 killed 43 people, officials said.",
        ),
        (  # a share of another noun
            "Police arrested 12 of the 40 protesters on Monday.",
            "Turnout was 67% across the city on Monday.",
        ),
        (  # a change in per cent is no share of the part
            "The firm cut 120 of its 900 jobs this year.",
            "The firm cut jobs by 13% this year.",
        ),
    ],
)
def test_derived_figures_that_match_stay_silent(tmp_path, a, b):
    assert _derived(tmp_path, a, b) == []
