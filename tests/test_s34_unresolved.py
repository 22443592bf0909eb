"""A question only when it is worth an editor's look (issue 11, session 34).
Made-up reports in several domains.

1. A temperature whose sentence leaves out its scale is read in the scale
   its sentence or story tells (facts/quantity/told_degrees.py), and a
   temperature told as a difference converts without the scale's offset.
2. A comparison that would be a question, of two figures nothing but their
   being alone shows to measure one thing, is no flag
   (judge/questions.py, the CANDIDATE row ``question_not_shown_one_thing``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import courier_gazette

from workbench.facts.registry import FAMILIES
from workbench.judge import questions, rules
from workbench.judge.questions import DAYS_IN_OTHER_WORDS_QUESTION, QUESTION_NOT_SHOWN_ONE_THING
from workbench.judge.stages import tracing as rules_traced
from workbench.model import Verdict

QUANTITY = next(f for f in FAMILIES if f.name == "quantity")


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _read(*sentences: str) -> list[list]:
    return QUANTITY.find_each(list(sentences), None)


def _temperature(sentences: list[list], text: str):
    return next(m for ms in sentences for m in ms if m.text == text)


@pytest.mark.parametrize(
    ("sentences", "figure", "unit", "where"),
    [
        (  # the scale of another temperature in its own sentence
            ["Sea surface temperatures near 81 F were about 4 degrees above normal for May."],
            "about 4 degrees",
            "dF",
            "sentence",
        ),
        (
            ["The thermometer showed 30C at noon and 12 degrees by midnight, forecasters said."],
            "12 degrees",
            "degC",
            "sentence",
        ),
        (  # the story's one scale, named in another sentence
            [
                "Highs of 104F are forecast for Phoenix on Friday.",
                "Temperatures stayed at 95 degrees after dark, the weather service said.",
            ],
            "95 degrees",
            "degF",
            "story",
        ),
        (  # the story's metric units: Celsius
            [
                "Winds gusted to 110 km/h and 80mm of rain fell in the hills.",
                "Temperatures fell to 9 degrees overnight, forecasters said.",
            ],
            "9 degrees",
            "degC",
            "units",
        ),
        (  # the story's imperial units: Fahrenheit
            [
                "The storm brought gusts of 60 mph and 3 inches of rain to the county.",
                "The heat index reached 101 degrees on Tuesday, forecasters said.",
            ],
            "101 degrees",
            "degF",
            "units",
        ),
    ],
)
def test_a_temperature_takes_the_scale_its_sentence_or_story_tells(sentences, figure, unit, where):
    m = _temperature(_read(*sentences), figure)
    assert (m.unit, m.told_scale) == (unit, where)


def test_a_story_of_both_systems_or_two_scales_settles_nothing():
    both = _read(
        "The flood rose 3 metres (10 feet) overnight as the hot weather broke.",
        "Temperatures of 35 degrees were forecast for the weekend.",
    )
    assert _temperature(both, "35 degrees").unit == "deg"
    scales = _read(
        "Forecasters expect highs of 40C, or 104F, on Sunday.",
        "By Monday temperatures of 38 degrees are still expected.",
    )
    assert _temperature(scales, "38 degrees").unit == "deg"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The lake was 6F warmer than its long-term average, the weather agency said.", "6F"),
        ("Highs were expected to rise by 9 degrees F as the hot air arrived.", "9 degrees F"),
    ],
)
def test_a_fahrenheit_difference_converts_without_the_offset(text, figure):
    m = _temperature(_read(text), figure)
    assert m.unit == "dF"
    assert m.low < m.value * 5 / 9 < m.high  # Celsius degrees of difference, no -32


def test_a_fahrenheit_reading_keeps_its_offset():
    m = _temperature(_read("Temperatures reached 95F in the city on Monday afternoon."), "95F")
    assert m.unit == "degF" and 34 < m.low < 35.5


def _verdicts(tmp_path, a: str, b: str, without=()) -> dict:
    found = courier_gazette(tmp_path, a, b, without)
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in found}


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict"),
    [
        (  # a warming told in two scales: one figure
            "Forecasters said sea temperatures near 79 F were about 5 degrees above "
            "normal for October.",
            "Meteorologists said the sea was about 3C warmer than normal for October.",
            {"about 5 degrees", "about 3C"},
            "consistent",
        ),
        (  # a reading in a metric story against one in Fahrenheit
            "Winds of 40 km/h fanned the fires as temperatures hit 41 degrees on Monday.",
            "Winds fanned the fires as temperatures hit 106F on Monday.",
            {"41 degrees", "106F"},
            "consistent",
        ),
        (
            "Winds of 40 km/h fanned the fires as temperatures hit 41 degrees on Monday.",
            "Winds fanned the fires as temperatures hit 96F on Monday.",
            {"41 degrees", "96F"},
            "conflict",
        ),
    ],
)
def test_the_scale_a_story_tells_settles_the_question(tmp_path, a, b, pair, verdict):
    assert _verdicts(tmp_path, a, b).get(frozenset(pair)) == verdict


def test_a_scale_nothing_tells_stays_a_question_saying_what_to_check(tmp_path):
    found = courier_gazette(
        tmp_path,
        "The heat wave pushed temperatures to 38 degrees on Sunday.",
        "The heat wave pushed temperatures to 100F on Sunday.",
    )
    (d,) = [d for d in found if str(d.verdict) == "unresolved"]
    assert "check which scale '38 degrees' is in" in d.explanation


def test_the_row_is_a_candidate_row_with_no_flag():
    assert QUESTION_NOT_SHOWN_ONE_THING in rules.RULES
    assert QUESTION_NOT_SHOWN_ONE_THING.stage == rules.CANDIDATE
    assert QUESTION_NOT_SHOWN_ONE_THING.outcome == rules.Outcome.SKIP
    names = [r.name for r in rules.RULES if r.stage == rules.CANDIDATE]
    assert names.index(QUESTION_NOT_SHOWN_ONE_THING.name) < names.index(
        "only_values_in_other_words"
    )


def _case(kind: str, dim: str, verdict: str):
    fact = SimpleNamespace(kind=kind, mention=None)
    cmp = SimpleNamespace(verdict=Verdict(verdict))
    return SimpleNamespace(x=fact, y=fact, cmp=cmp, dim=dim)


@pytest.mark.parametrize(
    ("dim", "found", "verdict", "dropped"),
    [
        ("count", ("only",), "unresolved", True),  # two counts, each alone: nothing to check
        ("percent", ("only",), "unresolved", True),
        ("count", ("only", "counted"), "unresolved", False),  # one counted thing: a question
        ("percent", ("words",), "unresolved", False),
        ("currency", ("only",), "unresolved", False),  # a sum alone in its sentence
        ("length", ("only",), "unresolved", False),
        ("count", ("only",), "conflict", False),  # a conflict is not this row's
        ("count", (), "consistent", False),
    ],
)
def test_a_question_of_figures_not_shown_one_thing_is_not_shown(
    monkeypatch, dim, found, verdict, dropped
):
    monkeypatch.setattr(questions.shown_same, "evidence", lambda c: found)
    monkeypatch.setattr(questions, "dimension_of", lambda f: dim)
    monkeypatch.setattr(questions.notes, "only_values_in_other_words", lambda c: False)
    case = _case("number", dim, verdict)
    assert questions.question_not_worth_a_look(case) is dropped


def test_a_question_of_one_counted_thing_is_still_shown(tmp_path):
    # 'at least six' / 'nine' dead: one happening, a bound that allows the other
    found = _verdicts(
        tmp_path,
        "The storm has killed at least six people in the two regions, officials said.",
        "The storm has killed nine people in the two regions, officials said.",
    )
    assert found.get(frozenset({"at least six", "nine"})) in ("unresolved", "consistent")


@pytest.mark.parametrize(
    ("a", "b", "places"),
    [
        (
            "Marta Oyelaran, 51, of Ohio, was among the shoppers hurt.",
            "Marta Oyelaran, 51, of Dayton, was among the shoppers hurt in the blast.",
            ("Ohio", "Dayton"),
        ),
        (
            "Leon Brandt, 29, of Maine, was among the climbers rescued.",
            "Leon Brandt, 29, of Bangor, was among the climbers rescued on the ridge.",
            ("Maine", "Bangor"),
        ),
    ],
)
def test_a_home_that_may_hold_the_other_says_what_to_check(tmp_path, a, b, places):
    found = [d for d in courier_gazette(tmp_path, a, b) if d.rule == "home_may_be_inside"]
    assert len(found) == 1, found
    said = found[0].explanation
    assert "check whether" in said and all(f"'{p}'" in said for p in places), said


# Two parts of one weekday, each the only day of its sentence, the words
# around them sharing nothing: a question without the VALUE row, no flag with it.
PARTS_OF_ONE_WEEKDAY = [
    (
        "The storm knocked out power to 40,000 homes across Dunmore County, the utility "
        "said, and the wind dropped on Tuesday morning.",
        "The storm knocked out power to 40,000 homes across Dunmore County, the utility "
        "said, and lines came down on Tuesday afternoon.",
    ),
    (
        "Striking dockworkers blocked the gates of the Port of Halvik, union officials "
        "said, and pickets gathered on Friday evening.",
        "Striking dockworkers blocked the gates of the Port of Halvik, union officials "
        "said, and talks broke down on Friday morning.",
    ),
    (
        "Firefighters battled the warehouse blaze on the Carnmore industrial estate, the "
        "fire service said, with smoke seen on Saturday night.",
        "Firefighters battled the warehouse blaze on the Carnmore industrial estate, the "
        "fire service said, after an alarm sounded on Saturday afternoon.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PARTS_OF_ONE_WEEKDAY)
def test_two_parts_of_one_weekday_in_other_words_are_no_question(tmp_path, a, b):
    name = DAYS_IN_OTHER_WORDS_QUESTION.name
    before = courier_gazette(tmp_path, a, b, (name,))
    assert [(str(d.verdict), d.rule) for d in before] == [
        ("unresolved", "only_values_in_other_words")
    ]
    with rules_traced() as decided:
        after = courier_gazette(tmp_path, a, b)
    assert after == ()
    assert decided[(name, "skip")] == 1


def test_the_day_row_is_asked_before_days_of_two_happenings():
    values = [r.name for r in rules.RULES if r.stage == rules.VALUE]
    assert values.index(DAYS_IN_OTHER_WORDS_QUESTION.name) < values.index("days_of_two_happenings")
