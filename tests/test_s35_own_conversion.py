"""A figure whose own conversion in the same sentence is wrong (issue 11,
session 35, judge/own_conversion.py): a source disagreeing with itself,
flagged when no other report states either figure.

Cases written for this test: lengths, heights, distances at sea, volumes,
speeds, temperatures, weights, areas, clocks with zones, sums at a rate the
article states; and what must stay silent: right conversions, rounded and
hedged ones, ranges, a clock whose zone is only the story's, a sum with no
stated rate, a rate stated only by another conversion."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.model import Verdict
from workbench.thresholds import DEFAULT, Thresholds, with_value

_OTHER = "Rescue teams worked through the night, officials said on Tuesday.\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _own(tmp_path, text: str, table: Thresholds = DEFAULT):
    analysis = analyze(load_articles(pair(tmp_path, text, _OTHER)), thresholds=table)
    own = [d for d in analysis.discrepancies if d.rule == "conversion_does_not_convert"]
    return analysis, own


@pytest.mark.parametrize(
    ("sentence", "left", "right", "says"),
    [
        (
            "The jet was cruising at 11,000 metres (about 31,000 feet) when it vanished.\n",
            "11,000 metres",
            "about 31,000 feet",
            "36,089 ft",
        ),
        (
            "The trawler sank 520 nautical miles (837km) west of the islands.\n",
            "520 nautical miles",
            "837km",
            "963 km",
        ),
        (
            "The dam holds 31 million cubic metres (82 billion gallons) of water.\n",
            "31 million cubic metres",
            "82 billion gallons",
            "8.189 billion gal",
        ),
        (
            "Gusts reached 160 km/h (62 mph) on the exposed coast overnight.\n",
            "160 km/h",
            "62 mph",
            "99.4 mph",
        ),
        (
            "The thermometer showed 40C (84F) in the shade by noon.\n",
            "40C",
            "84F",
            "104 °F",
        ),
        (
            "The whale weighed 30 tonnes (3,000 pounds) according to the museum.\n",
            "30 tonnes",
            "3,000 pounds",
            "66,139 lb",
        ),
        (
            "The summit of the peak, at 4,800ft (2,400 metres), was reached by noon.\n",
            "4,800ft",
            "2,400 metres",
            "1,463 m",
        ),
    ],
)
def test_wrong_conversions_are_conflicts(tmp_path, sentence, left, right, says):
    _analysis, own = _own(tmp_path, sentence)
    assert len(own) == 1, [d.explanation for d in own]
    d = own[0]
    assert d.verdict == Verdict.CONFLICT
    assert [s.text for s in d.sides] == [left, right]
    assert d.sides[0].article == d.sides[1].article == "a"
    assert says in d.explanation and f"not {right}" in d.explanation


def test_a_clock_and_its_wrong_conversion_to_gmt(tmp_path):
    _a, own = _own(tmp_path, "The quake struck at 4:31 a.m. PDT (12:31 GMT) on Monday.\n")
    assert len(own) == 1
    assert own[0].kind == "time"
    assert "11:31 GMT" in own[0].explanation and "not 12:31 GMT" in own[0].explanation


def test_a_sum_converted_against_the_rate_the_article_states(tmp_path):
    text = (
        "The miner agreed to pay C$185m (US$150m) for the mine on Monday.\n\n"
        "The Canadian dollar was trading at C$1.37 to the US dollar.\n"
    )
    _a, own = _own(tmp_path, text)
    assert len(own) == 1
    assert own[0].kind == "money"
    assert "C$1.37 to the US dollar" in own[0].explanation
    assert "135 million USD" in own[0].explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "The jet was cruising at 9,450 metres (about 31,000 feet) when it vanished.\n",
        "The trawler sank 520 nautical miles (963km) west of the islands.\n",
        "The trawler sank 520 statute miles (837km) west of the islands.\n",
        "The walkers covered 30 miles (50km) on the first day.\n",
        "The walkers covered 5 miles (8 km) on the first day.\n",
        "The thermometer showed 40C (104F) in the shade by noon.\n",
        "Temperatures of 35-40C (95-104F) are forecast for the weekend.\n",
        "The flood covered 10 to 12 miles (16 to 19 km) of the valley.\n",
        "Gusts reached 160 km/h (100 mph) on the exposed coast overnight.\n",
        "The dam holds 31 million cubic metres (8.2 billion gallons) of water.\n",
        "The whale weighed roughly 30 tonnes (66,000 pounds) according to the museum.\n",
        "The quake struck at 4:31 a.m. PDT (11:31 GMT) on Monday.\n",
        "The plot measured 5,000 square feet (465 square metres) in all.\n",
        "Average temperatures have risen by 2C (3.6F) since records began.\n",
        "The newborn weighed 2.96 pounds (1.35 kg) at birth, the hospital said.\n",
        "The vote closes at 8 p.m. ET (0100 GMT) on Tuesday.\n",
        "Talks resumed at 10:00 local time (08:00 GMT) in the capital.\n",
    ],
)
def test_right_conversions_stay_silent(tmp_path, sentence):
    _a, own = _own(tmp_path, sentence)
    assert own == [], [d.explanation for d in own]


def test_a_sum_with_no_stated_rate_is_left_alone(tmp_path):
    _a, own = _own(tmp_path, "The miner agreed to pay C$185m (US$150m) for the mine on Monday.\n")
    assert own == []


def test_another_conversion_is_no_rate_to_hold_a_sum_to(tmp_path):
    text = (
        "The miner agreed to pay C$185m (US$150m) for the mine on Monday.\n\n"
        "It paid C$20m (US$14.6m) for a smaller stake last year.\n"
    )
    _a, own = _own(tmp_path, text)
    assert own == []


def test_a_right_sum_at_the_stated_rate_stays_silent(tmp_path):
    text = (
        "The miner agreed to pay C$185m (about US$135m) for the mine on Monday.\n\n"
        "The Canadian dollar was trading at C$1.37 to the US dollar.\n"
    )
    _a, own = _own(tmp_path, text)
    assert own == []


def test_a_wrong_conversion_is_two_versions_of_its_finding(tmp_path):
    analysis, own = _own(tmp_path, "The trawler sank 520 nautical miles (837km) off the coast.\n")
    (finding,) = [f for f in analysis.findings if own[0].id in f.discrepancies]
    assert finding.verdict == Verdict.CONFLICT
    assert sorted(v.value for v in finding.versions) == ["520 nautical miles", "837km"]


def test_a_hedged_wrong_conversion_is_two_versions_too(tmp_path):
    """'about 31,000 feet' is wide enough to overlap 11,000 m in the findings'
    own test of a conversion: the judge's conflict keeps them apart."""
    analysis, own = _own(tmp_path, "The jet flew at 11,000 metres (about 31,000 feet).\n")
    (finding,) = [f for f in analysis.findings if own[0].id in f.discrepancies]
    assert len(finding.versions) == 2


def test_the_switch_turns_it_off(tmp_path):
    off = with_value("judge.own_conversions", 0)
    _a, own = _own(tmp_path, "The trawler sank 520 nautical miles (837km) off the coast.\n", off)
    assert own == []
