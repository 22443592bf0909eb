"""A change in per cent that does not match the two figures its own clause
gives it, and a share set off after the nearer of two "N of M" (issue 11,
session 40, judge/own_change.py, judge/own_share.py): a source disagreeing
with itself, flagged when no other report states any of its figures.

Cases written for this test in different words, numbers, units, orders and
shapes ("rose from A to B, a rise of P", "fell P from A to B", "B, down from
A, a fall of P", "Of the M … (a long clause), N — P", "N of M …: N of the M
…, or about P"); and what must stay silent: changes their figures make
(within rounding), a change the other way, points, two shares."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.model import Verdict

_OTHER = "Rescue teams worked through the night, officials said on Tuesday.\n"
_RULE = "share_against_its_counts"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _own(tmp_path, text: str):
    analysis = analyze(load_articles(pair(tmp_path, text, _OTHER)))
    return [d for d in analysis.discrepancies if d.rule == _RULE]


@pytest.mark.parametrize(
    ("sentence", "share", "part", "says"),
    [
        (
            "Burglaries rose from 1,250 in 2023 to 1,500 in 2024, a rise of 30 per cent, "
            "the force said.\n",
            "30 per cent",
            "1,500",
            "1,250 to 1,500 is a rise of 20%",
        ),
        (
            "Sales of the model fell 35% from 2,000 cars to 1,600 cars last year.\n",
            "35%",
            "1,600",
            "2,000 to 1,600 is a fall of 20%",
        ),
        (
            "Membership climbed by 25 per cent from 2,500 in 2022 to 2,800, the club said.\n",
            "25 per cent",
            "2,800",
            "2,500 to 2,800 is a rise of 12%",
        ),
        (
            "Grain exports dropped to 300 tonnes, down from 400 tonnes, a fall of 45%.\n",
            "45%",
            "300 tonnes",
            "400 tonnes to 300 tonnes is a fall of",
        ),
        (
            "The offer would lift the lowest wage from £12.00 to £12.60, an increase of 8%.\n",
            "8%",
            "£12.60",
            "£12.00 to £12.60 is a rise of 5.0%",
        ),
        # a share set off after the nearer "N of M" of two
        (
            "The cut, backed by five of the nine board members, was expected: 18 of the 30 "
            "analysts polled by the agency, or about 75%, had forecast it.\n",
            "about 75%",
            "18",
            "18 of 30 is 60%",
        ),
        # "Of the M …, N" with a long clause between
        (
            "Of the 2,400 oiled seabirds brought in by Friday evening, 600 had died — "
            "roughly 40 per cent.\n",
            "roughly 40 per cent",
            "600",
            "600 of 2,400 is 25%",
        ),
    ],
)
def test_changes_and_shares_against_their_own_figures_are_conflicts(
    tmp_path, sentence, share, part, says
):
    own = _own(tmp_path, sentence)
    assert len(own) == 1, [d.explanation for d in own]
    d = own[0]
    assert d.verdict == Verdict.CONFLICT
    assert [s.text for s in d.sides] == [share, part]
    assert says in d.explanation and f"not {share}" in d.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # changes their figures make
        "Burglaries rose from 1,250 in 2023 to 1,500 in 2024, a rise of 20 per cent.\n",
        "Sales of the model fell 20% from 2,000 cars to 1,600 cars last year.\n",
        "The resort counted 1.1 million skier days, up from 1.04 million the season "
        "before, a rise of 9 per cent.\n",  # 1.1 million may be 1.14 million
        "The offer would lift the lowest wage from £12.00 to £12.60, an increase of 5%.\n",
        # a change the other way is no reading of these figures
        "Visitors fell from 800 to 900 on Sunday, a drop of 30%.\n",
        # points, not per cent
        "Support rose from 400 to 460 members, up 12 percentage points.\n",
        # two shares: which is of what is not told
        "Jobs went from 1,000 to 1,200, a rise of 20 per cent, and pay rose 9 per cent.\n",
        # hedged shares in figures that their counts make
        "Of the 287 passengers, 24 were hurt, about 8 per cent, officials said.\n",
        "Five of the seven judges agreed and 12 of the 24 jurors, or about 50%, dissented.\n",
    ],
)
def test_changes_their_figures_make_stay_silent(tmp_path, sentence):
    own = _own(tmp_path, sentence)
    assert own == [], [d.explanation for d in own]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a share of a population is a share of its people (authored volcano D7)
        (
            "The town's 12,000 people were told to boil their water on Monday.\n\n"
            "On Tuesday, 5,400 people were moved to shelters, nearly a tenth of the "
            "town's population, officials said.\n",
            True,
        ),
        (
            "The valley's 30,000 people depend on the one road.\n\n"
            "Some 7,200 people were evacuated, about a quarter of the valley's population.\n",
            False,
        ),
    ],
)
def test_a_share_of_a_population_against_the_people_it_states(tmp_path, text, flagged):
    analysis = analyze(load_articles(pair(tmp_path, text, _OTHER)))
    own = [d for d in analysis.discrepancies if d.rule == "share_against_its_article_whole"]
    assert bool(own) is flagged, [d.explanation for d in own]
