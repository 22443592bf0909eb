"""Told to be ready to leave is not told to leave (issue 11, session 39;
facts/undergone.py, the stage "alerted").

"900 properties remain on evacuation alert" counts homes whose people must be
ready to go; "evacuation orders cover 1,780 properties" counts those told to
go (development wildfire, R28a: "should not be raised at all"). A count of
each is another measure, kept apart by `different_happenings`; two counts of
one stage still compare.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.measure import measure_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _numbers(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    found = courier_gazette(tmp_path, a, b, without, published="2026-08-12")
    return [(str(d.verdict), d.rule) for d in found if d.kind == "number"]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("About 1,200 residents were told to be ready to leave as the river rose.", "1,200"),
        ("Some 3,000 homes were placed under an evacuation warning on Tuesday.", "3,000"),
        ("Another 450 properties remain on evacuation alert, the district said.", "450"),
        ("Nearly 80 households were asked to prepare to evacuate overnight.", "80"),
        # past an aside set off by commas
        ("Another 450 homes in Eastvale, home to about 1,100 people, remain on alert.", "450"),
        # told before the count, by the alert that covers it
        ("An evacuation alert covering 900 homes was issued on Tuesday.", "900"),
    ],
)
def test_a_count_told_to_be_ready_is_alerted(sentence, figure):
    at = sentence.index(figure)
    assert measure_of(sentence, at, at + len(figure)).event == "alerted"


APART = [
    (
        "Some 3,000 homes were placed under an evacuation warning on Tuesday as the fire spread.",
        "Some 5,000 homes were evacuated on Tuesday as the fire spread.",
    ),
    (
        "About 400 residents were evacuated on Tuesday as the river rose.",
        "About 1,200 residents were told to be ready to leave on Tuesday as the river rose.",
    ),
]
_ALERTED = ("were placed under an evacuation warning", "were told to be ready to leave")


@pytest.mark.parametrize("a, b", APART)
def test_alerted_and_evacuated_are_not_compared(tmp_path, a, b):
    assert _numbers(tmp_path, a, b) == []
    # the same two figures both told as evacuated are compared (a conflict)
    for words in _ALERTED:
        a, b = a.replace(words, "were evacuated"), b.replace(words, "were evacuated")
    assert [v for v, _ in _numbers(tmp_path, a, b)] == ["conflict"]


def test_a_count_an_order_covers_is_evacuated():
    s = "Evacuation orders now cover about 2,300 homes in Ridgeway, officials said."
    at = s.index("2,300")
    assert measure_of(s, at, at + 5).event == "evacuated"


def test_more_homes_on_alert_are_not_an_increment_of_those_under_order(tmp_path):
    # (development wildfire, R28a: 'another 900 on alert' against 'orders cover 1,780'
    # was asked as an increment against a total; the two count different homes)
    a = (
        "Another 450 homes in Eastvale, home to about 1,100 people, remain on evacuation "
        "alert, officials said on Wednesday."
    )
    b = "Evacuation orders now cover about 2,300 homes in Ridgeway, officials said on Wednesday."
    assert _numbers(tmp_path, a, b) == []
    told_as_ordered = a.replace("remain on evacuation alert", "remain under evacuation order")
    assert [r for _, r in _numbers(tmp_path, told_as_ordered, b)] == ["increment_against_total"]


def test_two_alerted_counts_still_compare(tmp_path):
    flags = _numbers(
        tmp_path,
        "About 1,200 residents were told to be ready to leave on Tuesday as the river rose.",
        "About 1,900 residents were told to be ready to leave on Tuesday as the river rose.",
    )
    assert [v for v, _ in flags] == ["conflict"]
