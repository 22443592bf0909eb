"""Issue 11, session 21 (eng51): unresolved flags that ask the editor nothing.

A time spent in one role no longer than the whole time it is set against
("four seasons as director" / "19 seasons with the 76ers") is part of that
whole: readers judged such questions wrong (ECB+ 05_ecb, J20g). The rule
role_inside_a_whole_time (judge/spans.py) drops them; a role longer than the
whole time stays a question (tests/test_s20_spans.py)."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies


def _verdicts(tmp_path, left, right):
    analysis = analyse_bodies(tmp_path, left, right)
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in analysis.discrepancies}


@pytest.mark.parametrize(
    "left, right",
    [
        (  # sport: a club's front office
            "Stefanski said DiLeo has spent 19 seasons with the 76ers organisation.",
            "Stefanski said DiLeo spent four seasons as the 76ers director of player personnel.",
        ),
        (  # business: a company and its chief executive
            "Analysts noted Mason has spent 20 years at the company before the merger.",
            "Analysts noted Mason spent five years as chief executive before the merger.",
        ),
        (  # politics: a parliament and a ministry
            "Supporters say Okafor spent 14 years in parliament for the Labour party.",
            "Supporters say Okafor spent three years as minister for the Labour party.",
        ),
        (  # medicine: a hospital and a department head, whole on the right
            "Colleagues said Reyes served six years as head of cardiology at St Luke's.",
            "Colleagues said Reyes worked 25 years at the hospital at St Luke's.",
        ),
    ],
)
def test_a_role_inside_the_whole_time_is_no_flag(tmp_path, left, right):
    assert _verdicts(tmp_path, left, right) == {}


def test_the_whole_time_alone_still_compares(tmp_path):
    """Two whole times with one organisation that differ are still a conflict."""
    left = "Stefanski said DiLeo has spent 19 seasons with the 76ers organisation."
    right = "Stefanski said DiLeo has spent 17 seasons with the 76ers organisation."
    assert "conflict" in _verdicts(tmp_path, left, right).values()


@pytest.mark.parametrize(
    "left, right",
    [
        (  # courts: years of efforts against a sentence
            "Prosecutors said the sentence caps more than three years of efforts to bring Nichols "
            "to justice in Atlanta.",
            "Prosecutors said Nichols was sentenced to life plus 485 years in Atlanta.",
        ),
        (  # diplomacy: years of talks against a treaty's term
            "Officials said the treaty ends more than ten years of negotiations between the two "
            "neighbours.",
            "Officials said the treaty between the two neighbours will run for 25 years.",
        ),
        (  # labour: months of strikes against a contract's length
            "Union leaders said the deal closes more than two months of strikes at the plant.",
            "Union leaders said the deal at the plant will last 36 months.",
        ),
    ],
)
def test_lengths_of_different_things_are_not_compared(tmp_path, left, right):
    assert _verdicts(tmp_path, left, right) == {}


@pytest.mark.parametrize(
    "left, right",
    [
        (
            "The jury failed to reach a verdict after 30 hours of deliberation, the court said.",
            "The jury deliberated for 40 hours without a verdict, the court said.",
        ),
        (
            "He was freed on Monday after 12 years of imprisonment in Tehran, his family said.",
            "He was freed on Monday after serving 15 years in prison in Tehran, his family said.",
        ),
    ],
)
def test_lengths_of_one_thing_still_compare(tmp_path, left, right):
    assert "conflict" in _verdicts(tmp_path, left, right).values()


def test_compound_lengths_of_one_deal_still_compare(tmp_path):
    left = "The Red Sox made Teixeira an eight-year offer worth $184 million, sources said."
    right = (
        "The Red Sox made Teixeira a seven-year contract offer worth $184 million, sources said."
    )
    assert "conflict" in _verdicts(tmp_path, left, right).values()


@pytest.mark.parametrize(
    "left, right",
    [
        (  # both name a thing, in other words: one strike
            "Drivers at Redmoor Buses will stage a 72-hour strike from Monday, the union said.",
            "Drivers at Redmoor Buses plan a two-day stoppage from Monday, the union said.",
        ),
        (  # how long a laptop runs, told as use and as battery life
            "Apple said the new MacBook Pro gives up to 9 hours of use on one charge.",
            "Apple said the new MacBook Pro has a seven-hour battery life on one charge.",
        ),
    ],
)
def test_lengths_of_one_thing_in_other_words_still_compare(tmp_path, left, right):
    """Compared, whatever the verdict ('up to 9 hours' allows seven)."""
    assert len(_verdicts(tmp_path, left, right)) == 1
