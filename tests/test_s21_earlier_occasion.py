"""Issue 11, session 21 (eng51): a value after "the last time" / "the previous
time" dates or counts an earlier occasion, not the story's own ("The last time a
Fulton County jury issued a death sentence was eight years ago" against the
sentencing "on Saturday" was a question readers judged wrong: ECB+ 03_ecb, J20d).
facts/background.py: earlier_happening."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.background import earlier_happening


def _at(sentence, value):
    i = sentence.index(value)
    return earlier_happening(sentence, i, i + len(value))


@pytest.mark.parametrize(
    "sentence, value, earlier",
    [
        (
            "The last time a county jury issued a death sentence was eight years ago.",
            "eight years ago",
            True,
        ),
        ("The previous time the river flooded the town was in 1998.", "1998", True),
        ("The most recent occasion the bank cut rates, in March 2020, shares fell 5%.", "5%", True),
        ("The only other time the cup was stolen was in 1966.", "1966", True),
        ("The court sentenced him on Saturday to life in prison.", "Saturday", False),
        ("He addressed the fans for the last time on Saturday.", "Saturday", False),
        ("On Saturday, for the last time, 40,000 fans filled the old ground.", "40,000", False),
    ],
)
def test_a_value_after_the_last_time_is_of_an_earlier_occasion(sentence, value, earlier):
    assert _at(sentence, value) is earlier


@pytest.mark.parametrize(
    "left, right",
    [
        (  # courts
            "Nichols was sentenced to life in prison in Atlanta on Saturday, the court said.",
            "The last time an Atlanta jury sentenced a man to death was eight years ago, the "
            "court said.",
        ),
        (  # weather
            "The river burst its banks in Carlisle on Sunday, flooding 300 homes, officials said.",
            "The previous time the river burst its banks in Carlisle, in 2015, it flooded 2,000 "
            "homes, officials said.",
        ),
    ],
)
def test_the_earlier_occasion_is_not_compared_with_the_story(tmp_path, left, right):
    analysis = analyse_bodies(tmp_path, left, right)
    assert [d.explanation for d in analysis.discrepancies] == []
