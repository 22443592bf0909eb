"""A breakdown that does not add up to the total its own sentence gives
(issue 11, session 36, judge/own_sum.py): a source disagreeing with itself.

Cases written for this test, in different words, numbers and shapes: a
dash, a colon, a bracket, ", with", a bare total, "N of them"; parts by
place, by kind, by role. And what must stay silent: breakdowns that add up,
a list of figures that is no breakdown ("20 points, 12 rebounds and 10
assists"), tolls of different happenings, a list that may name only the
largest parts, parts told with a bound or a hedge, a list including others."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.model import Verdict
from workbench.thresholds import DEFAULT, Thresholds, with_value

_OTHER = "Rescue teams worked through the night, officials said on Tuesday.\n"
_RULES = {"breakdown_over_its_total", "breakdown_short_of_its_total"}


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _own(tmp_path, text: str, table: Thresholds = DEFAULT):
    analysis = analyze(load_articles(pair(tmp_path, text, _OTHER)), thresholds=table)
    return [d for d in analysis.discrepancies if d.rule in _RULES]


@pytest.mark.parametrize(
    ("sentence", "total", "parts", "says", "rule"),
    [
        (
            "Health officials put the number of patients at 212, 171 adults and 41 "
            "children, with 87 in France, 51 in Germany, 34 in Belgium, 22 in the "
            "Netherlands, 17 in Spain and 10 in Poland.\n",
            "212",
            "87 in France, 51 in Germany, 34 in Belgium, 22 in the Netherlands, 17 in Spain and 10",
            "87 + 51 + 34 + 22 + 17 + 10 = 221",
            "breakdown_over_its_total",
        ),
        (
            "The company hired seven workers — four from Alder, two from Brook and two "
            "from Cole.\n",
            "seven",
            "four from Alder, two from Brook and two",
            "4 + 2 + 2 = 8",
            "breakdown_over_its_total",
        ),
        (
            "The flight carried 300 people (287 passengers and 14 crew) when it left.\n",
            "300",
            "287 passengers and 14",
            "287 + 14 = 301",
            "breakdown_over_its_total",
        ),
        (
            "By Wednesday the service had 14 aircraft on the fire: five air tankers and "
            "eight helicopters.\n",
            "14",
            "five air tankers and eight",
            "5 + 8 = 13",
            "breakdown_short_of_its_total",
        ),
        (
            "Thirty people were hurt, 24 of them passengers and eight cabin crew.\n",
            "Thirty",
            "24 of them passengers and eight",
            "24 + 8 = 32",
            "breakdown_over_its_total",
        ),
    ],
)
def test_breakdowns_that_do_not_add_up_are_conflicts(tmp_path, sentence, total, parts, says, rule):
    own = _own(tmp_path, sentence)
    assert len(own) == 1, [d.explanation for d in own]
    d = own[0]
    assert d.verdict == Verdict.CONFLICT and d.rule == rule
    assert [s.text for s in d.sides] == [total, parts]
    assert d.sides[0].article == d.sides[1].article == "a"
    assert says in d.explanation and f"not {total}" in d.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "Health officials put the number of patients at 212, 171 adults and 41 "
        "children, with 78 in France, 51 in Germany, 34 in Belgium, 22 in the "
        "Netherlands, 17 in Spain and 10 in Poland.\n",
        "By Wednesday the service had 14 aircraft on the fire — five air tankers and "
        "nine helicopters — working out of the base.\n",
        "Twenty-six people were hurt, 24 of them passengers and two cabin crew.\n",
        "Police arrested nine people: two managers, two clerks, three guards and two "
        "fabricators.\n",
        # a list of figures, not a breakdown of the first
        "He scored 20 points, 12 rebounds and 10 assists in the final.\n",
        # three tolls, not one broken down
        "The storm left 150 dead, 80 injured and 90 missing across the region.\n",
        # may name only the largest parts
        "Across Europe, 212 patients fell ill, with 87 in France, 51 in Germany and "
        "34 in Belgium.\n",
        "The blast injured 40 people, 12 of them seriously and 3 critically.\n",
        # a toll and another happening's count joined by "and"
        "A total of 612 people were injured, 489 of them in the north, and 150 people "
        "were still missing, all in the north.\n",
        # bounds and hedges are no parts to add
        "The ferry carried 300 people — about 280 passengers and at least 25 crew.\n",
        # a list that takes in others
        "The team of 12 included four doctors and nine nurses from the city.\n",
    ],
)
def test_breakdowns_that_add_up_stay_silent(tmp_path, sentence):
    own = _own(tmp_path, sentence)
    assert own == [], [d.explanation for d in own]


def test_the_switch_turns_it_off(tmp_path):
    off = with_value("judge.own_sums", 0)
    text = "The company hired seven workers — four from Alder, two from Brook and two from Cole.\n"
    assert _own(tmp_path, text, off) == []
