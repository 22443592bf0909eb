"""Session 43 (eng161, issue 11): a change told after its figure ("£12 dearer
than last year", "3,100 lower than a year earlier") against the two levels
another report gives ("cost £45, up from £35"): a difference the stated figures
contradict, for prices as for counts. judge/derived.py read only a change told
before its figure ("rose by", "an increase of") and levels told "from A to B".
Each case is our own pair of sentences.
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
            "Season tickets cost £45, up from £35 last year, the club said.",
            "Season tickets are £12 dearer than last year, the club said.",
            "£35 to £45 is a change of 10 GBP (Courier), not the £12",
        ),
        (
            "The average house price rose to £286,000 from £271,000 last year.",
            "The average house price is £25,000 higher than last year.",
            "is a change of 15,000 GBP",
        ),
        (
            "The club's wage bill stood at £182m, down from £205m, the accounts showed.",
            "The club's wage bill was £13m lower than the previous year, the accounts showed.",
            "£205m to £182m is a change of 23 million GBP",
        ),
        (
            "Ticket prices rose from €60 to €75 this season, the club confirmed.",
            "Ticket prices are €20 more than last season, the club confirmed.",
            "is a change of 15 EUR",
        ),
        (
            "Attendance at the park fell from 41,200 to 38,900 in 2023, the trust said.",
            "Attendance at the park was 3,100 lower than a year earlier in 2023, the trust said.",
            "41,200 to 38,900 is a change of 2,300",
        ),
    ],
)
def test_a_change_told_after_its_figure_against_the_levels(tmp_path, a, b, says):
    got = _derived(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Season tickets cost £45, up from £35 last year, the club said.",
            "Season tickets are £10 dearer than last year, the club said.",
        ),
        # another thing's change
        (
            "Season tickets cost £45, up from £35 last year, the club said.",
            "Parking is £12 dearer than last year, the club said.",
        ),
        # the other direction: no change of these levels
        (
            "Ticket prices rose from €60 to €75 this season, the club confirmed.",
            "Ticket prices are €20 less than last season, the club confirmed.",
        ),
        # a difference from another place, not from an earlier time
        (
            "Average rents in the city rose from £1,150 to £1,240, the agency said.",
            "Average rents in the city are £120 higher than in Leeds, the agency said.",
        ),
    ],
)
def test_changes_told_after_that_match_or_are_of_other_things_stay_silent(tmp_path, a, b):
    assert _derived(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "says"),
    [
        (
            "The resort recorded 1.1 million skier days last winter, up from 1.04 million the "
            "season before.",
            "The resort counted 1.1 million skier days last season, a 9 per cent rise on the "
            "winter before.",
            "1.04 million to 1.1 million is a change of 5.8% (Courier), not the 9 per cent",
        ),
        (
            "Passenger numbers at the airport rose from 2.4 million to 2.9 million last year.",
            "Passenger numbers at the airport saw a 12% increase last year.",
            "is a change of 20.8%",
        ),
        (
            "Membership of the club grew to 5,600, up from 4,900 in 2022.",
            "Membership of the club now stands at 5,600, a 20 per cent increase on 2022.",
            "4,900 to 5,600 is a change of 14.3%",
        ),
        (
            "Exports of wine rose from €1.2bn to €1.5bn last year, the ministry said.",
            "Exports of wine posted a 20% gain last year, the ministry said.",
            "is a change of 25.0%",
        ),
        (
            "Sales at the chain fell to £410m from £455m in the year, the company said.",
            "Sales at the chain fell to £410m in the year, a 4% drop, the company said.",
            "£455m to £410m is a change of 9.9%",
        ),
    ],
)
def test_a_share_of_change_told_before_its_noun_against_the_levels(tmp_path, a, b, says):
    got = _derived(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The resort recorded 1.1 million skier days last winter, up from 1.04 million the "
            "season before.",
            "The resort counted 1.1 million skier days last season, a 6 per cent rise on the "
            "winter before.",
        ),
        (
            "Passenger numbers at the airport rose from 2.4 million to 2.9 million last year.",
            "Passenger numbers at the airport saw a 21% increase last year.",
        ),
        # another thing at one place: the cargo, not the passengers
        (
            "Passenger numbers at the airport rose from 2.4 million to 2.9 million last year.",
            "Cargo volumes at the airport saw a 12% increase last year.",
        ),
        (
            "The resort recorded 1.1 million skier days last winter, up from 1.04 million the "
            "season before.",
            "The resort sold 80,000 season passes last season, a 9 per cent rise on the "
            "winter before.",
        ),
        # a share, no change
        (
            "Exports of wine rose from €1.2bn to €1.5bn last year, the ministry said.",
            "Exports of wine made up a 20% share of farm exports last year, the ministry said.",
        ),
    ],
)
def test_changes_told_before_their_noun_that_match_or_are_of_other_things(tmp_path, a, b):
    assert _derived(tmp_path, a, b) == []
