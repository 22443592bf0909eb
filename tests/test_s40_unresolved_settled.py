"""Questions the text settles (session 40, issue 11: unresolved precision).

Readers of the eight authored events opened this session judged these
questions wrong: a figure's scale its story names, with a conversion in
parentheses for readers abroad ("48.1C (118.6F)"), and "it emerged today", the
day the news came out, held against the happening's day. Cases are made up; the
patterns are the readers'."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.dated_things import date_reading
from workbench.facts.emerged import made_known
from workbench.facts.measure import date_measure, measure_of
from workbench.facts.registry import FAMILIES
from workbench.facts.stamped import FOUND, KNOWN

QUANTITY = next(f for f in FAMILIES if f.name == "quantity")


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _temperature(sentences: list[str], text: str):
    found = QUANTITY.find_each(sentences, None)
    return next(m for ms in found for m in ms if m.text == text)


@pytest.mark.parametrize(
    ("sentences", "figure", "unit"),
    [
        (
            [
                "The thermometer at Ecija reached 48.1C (118.6F) on Wednesday.",
                '"48 degrees will not be the ceiling," the forecaster said.',
                "The old record, 47.6C, stood for four years.",
            ],
            "48 degrees",
            "degC",
        ),
        (  # the other way round: a Fahrenheit story converting for abroad
            [
                "Phoenix hit 118F (about 48C) on Sunday, the weather service said.",
                "Forecasters said 115 degrees was likely again on Monday.",
            ],
            "115 degrees",
            "degF",
        ),
        (  # a conversion hedged in its parentheses, the scale named in another sentence
            [
                "Highs of 41C ( roughly 106F) are forecast for Seville.",
                "Lows will stay near 27 degrees, forecasters said.",
                "Cordoba recorded 44C last summer.",
            ],
            "27 degrees",
            "degC",
        ),
    ],
)
def test_a_conversion_in_parentheses_leaves_the_story_one_scale(sentences, figure, unit):
    m = _temperature(sentences, figure)
    assert (m.unit, m.told_scale) == (unit, "story")


def test_two_scales_each_written_first_still_settle_nothing():
    m = _temperature(
        [
            "Highs of 40C are forecast for Seville on Sunday.",
            "In Phoenix it was 112 degrees Fahrenheit.",
            "Temperatures of 38 degrees are still expected on Monday.",
        ],
        "38 degrees",
    )
    assert m.unit == "deg"


def test_a_quoted_temperature_its_copy_reads_in_the_same_scale_is_no_question(tmp_path):
    found = courier_gazette(
        tmp_path,
        'The town reached 46.2C (115.2F) on Monday. "It is the summer of now, and 46 '
        'degrees will not be the ceiling," the forecaster said on Monday.',
        'The town reached 46.2 degrees on Monday, beating the 45.9C of 2019. "It is the summer of '
        'now, and 46 degrees will not be the ceiling," the forecaster said on Monday.',
    )
    assert not [d for d in found if str(d.verdict) == "unresolved"]


@pytest.mark.parametrize(
    "head",
    [
        "A skier was among four people killed when an avalanche hit the piste, it emerged ",
        "It was revealed on ",
        "The minister resigned, it has emerged ",
        "it was learned ",
    ],
)
def test_an_impersonal_telling_of_when_news_came_out(head):
    assert made_known(head)


@pytest.mark.parametrize(
    "head",
    [
        "The avalanche struck on ",
        "She emerged from the rubble on ",
        "it emerged that the pilot flew on ",
    ],
)
def test_a_happening_s_own_day_is_not_when_news_came_out(head):
    assert not made_known(head)


def test_the_day_the_news_came_out_is_never_the_happening_s_day():
    text = (
        "A skier was among four people killed when an avalanche engulfed a piste, it "
        "emerged today, as rescuers called off the search."
    )
    at = text.index("today")
    known = date_reading(text, at, at + 5)
    assert known.event == KNOWN
    other = "An avalanche swept across a ski run on Tuesday, killing two people."
    day = date_measure(other, other.index("Tuesday"), other.index("Tuesday") + 7)
    assert known.differs(day) == "event"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Salvors hope to begin pumping the remaining 85,600 tonnes of cargo at the weekend.",
            "85,600",
        ),
        ("The tanker still has 850 tonnes of oil left in the tanks, the coastguard said.", "850"),
        ("Crews flew the 40 passengers still aboard to the mainland on Friday.", "40"),
        ("Police said about 300 remaining in the building would be moved on Sunday.", "300"),
        ("The last remaining 12 residents were told to leave the village.", "12"),
    ],
)
def test_a_remainder_is_read_as_what_is_left_of_a_whole(text, figure):
    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).role == "remaining"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The tanker was carrying about 92,000 tonnes of crude oil to the refinery.", "92,000"),
        ("Twelve people remaining in hospital were said to be stable on Monday.", "Twelve"),
        ("Some 20 people remaining missing were feared dead.", "20"),
    ],
)
def test_a_whole_or_a_state_is_no_remainder(text, figure):
    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).role != "remaining"


def test_a_remainder_and_the_whole_are_no_question(tmp_path):
    found = courier_gazette(
        tmp_path,
        "The freighter was carrying about 61,000 tonnes of grain when it ran aground on Monday.",
        "Salvors will unload the remaining 54,300 tonnes of grain from the freighter this week.",
    )
    assert not [d for d in found if d.kind in ("number", "quantity")], [
        d.explanation for d in found
    ]


def test_a_thing_that_came_to_light_on_a_day_was_found_out_then():
    text = "The breach came to light on Monday, the company said."
    at = text.index("Monday")
    assert date_reading(text, at, at + 6).event == FOUND
