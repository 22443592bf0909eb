"""Session 28, eng80: the base of a change and an earlier happening's figures.

"Operating profit fell to €1.18 billion from €2.0 billion a year earlier": the
€2.0 billion and "a year earlier" are the base of the change, not the current
figure or period. "In 2021 a station recorded more than 700mm", "memories of
April 2016, when a quake killed more than 650", "Storm Alex, which killed at
least 10 people five years ago": an earlier happening's figures, not this
event's. Neither is compared with the story's own figures. Our own cases.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.background import earlier_happening
from workbench.facts.dated_things import date_reading
from workbench.facts.measure import measure_of
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def conflicts(tmp_path):
    def run(a: str, b: str) -> list[set[str]]:
        front = "---\ntitle: T\noutlet: {}\npublished: 2025-11-14\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [{s.text for s in d.sides} for d in found if d.verdict == Verdict.CONFLICT]

    return run


def _at(text: str, value: str) -> tuple[int, int]:
    i = text.index(value)
    return i, i + len(value)


# --- an earlier happening's figures -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In 2019 a gauge at Corte recorded more than 400mm of rain in a day.", "400mm"),
        ("In March 2011 the river rose 6.2 metres in Tarrow.", "6.2 metres"),
        (
            "The crash revives memories of 1998, when a train left the rails at Hollin and "
            "killed 23 people.",
            "23",
        ),
        (
            "The mayor recalled Cyclone Ida, which destroyed 300 homes in the valley six years "
            "ago.",
            "300",
        ),
        ("It recalled the 2015 floods, which left 2,000 people homeless a decade ago.", "2,000"),
    ],
)
def test_a_figure_of_an_earlier_happening_is_read_as_earlier(sentence, value):
    assert earlier_happening(sentence, *_at(sentence, value))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # told of the last election elsewhere as "at the last election, in 2020"
        (
            "Turnout at the last mayoral election four years ago was just 31 per cent.",
            "31 per cent",
        ),
        ("The ferry entered service three years ago.", "three years ago"),
        ("In the fourth quarter, sales rose 5%.", "5%"),
        ("Four people were killed on Tuesday, police said.", "Four"),
        ("In 2021 a station recorded 700mm of rain.", "2021"),  # the year itself
    ],
)
def test_a_figure_of_the_story_is_not_read_as_earlier(sentence, value):
    assert not earlier_happening(sentence, *_at(sentence, value))


def test_an_earlier_storms_toll_is_not_compared_with_this_ones(conflicts):
    a = (
        "Five people died in Spain and three in Andorra, where the storm struck the Valira "
        "valley, scene of deadly floods six years ago."
    )
    b = (
        '"The river rose faster than in 2019," said the mayor of Encamp, referring to Storm '
        "Gloria, which killed at least 11 people in the valley six years ago."
    )
    assert {"three", "at least 11"} not in conflicts(a, b)


def test_an_earlier_years_record_is_not_compared_with_this_storms_rain(conflicts):
    a = "A gauge at Corte recorded 380mm of rain in 12 hours, the agency said."
    b = "In 2019 a gauge at Corte recorded more than 600mm of rain in 12 hours, a record."
    assert {"380mm", "more than 600mm"} not in conflicts(a, b)


# --- the base of a change -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pre-tax profit was £88m, down 12% on a year earlier.", "a year earlier"),
        ("The margin fell to 4.1% from 6.3% a year earlier.", "a year earlier"),
        ("Exports were 9% higher than a year ago.", "a year ago"),
        ("Bookings rose 14% compared with the previous quarter.", "the previous quarter"),
        ("Sales were up 6 percent compared to the same time in 2019.", "2019"),
    ],
)
def test_a_period_a_change_is_counted_from_is_its_base(sentence, value):
    assert date_reading(sentence, *_at(sentence, value)).role == "before"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He was arrested a year earlier in Lyon.", "a year earlier"),
        ("The pin-up days lasted from 1951-1957.", "1951"),
        ("Sales fell 8% in 2019.", "2019"),
        ("The plant opened a year ago and now employs 300.", "a year ago"),
    ],
)
def test_a_period_of_its_own_is_no_base(sentence, value):
    assert date_reading(sentence, *_at(sentence, value)).role == "level"


def test_a_base_sum_past_a_decimal_is_the_earlier_figure():
    text = "Operating profit for July to September fell to €1.18 billion from €2.0 billion."
    assert measure_of(text, *_at(text, "€2.0 billion")).role == "before"


def test_a_base_period_is_not_compared_with_the_period_reported(conflicts):
    a = (
        "Operating profit for April to June fell 18% to €2.4bn (£2.1bn), while net profit "
        "fell 30% to €900m."
    )
    b = (
        "The company reported an operating profit of £2.1 billion for the three months to "
        "June, down 18% on a year earlier."
    )
    assert {"April", "a year earlier"} not in conflicts(a, b)
