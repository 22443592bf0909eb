"""The age of the story's vessel, aircraft or structure across whole articles
(issue 11, session 40; judge/thing_ages.py). Authored oil_spill D12: "The
23-year-old vessel" / "The 27-year-old tanker", in sentences never aligned,
were never compared: only a named person's age was a key figure. Cases written
for this test."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.thing_ages import thing_age


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


_SHARED = (
    "Coastguard crews worked through the night off the northern cape.\n"
    "Oil had reached two beaches by Friday morning, officials said.\n"
    "Fishing in the bay was suspended until further notice.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "age"),
    [
        ("The 23-year-old vessel, owned by a Greek firm, sank.", "23-year", ("the vessel", "", 23)),
        (
            "It said the 31-year-old oil tanker had passed inspection.",
            "31-year",
            ("the vessel", "", 31),
        ),
        ("The 40-year-old bridge was last inspected in May.", "40-year", ("the bridge", "", 40)),
        ("the 19-year-old plane had flown 40,000 hours", "19-year", ("the aircraft", "", 19)),
        ("A 12-year-old ferry came to help.", "12-year", None),  # any ferry
        ("The 58-year-old captain was arrested.", "58-year", None),  # a person
        ("The 27-year-old ship's master was questioned.", "27-year", None),  # the master's
    ],
)
def test_the_age_of_the_story_s_thing(text, figure, age):
    at = text.index(figure)
    assert thing_age(text, at, at + len(figure)) == age


def _ages(tmp_path, a: str, b: str):
    found = analyze_paths(pair(tmp_path, _SHARED + a, _SHARED + b)).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found if "age" in d.rule]


def test_two_ages_of_the_vessel_are_a_conflict(tmp_path):
    found = _ages(
        tmp_path,
        "The 31-year-old ferry, registered in Malta, had changed hands twice since 2010.\n",
        "Investigators will ask why the 34-year-old ship was still sailing in winter storms.\n",
    )
    assert found == [("31-year", "34-year", "conflict")]


def test_a_vessel_s_age_and_an_aircraft_s_are_not_compared(tmp_path):
    found = _ages(
        tmp_path,
        "The 31-year-old ferry, registered in Malta, had changed hands twice since 2010.\n",
        "Investigators said the 12-year-old helicopter was grounded on Friday for checks.\n",
    )
    assert found == []
