"""A count never meets a measurement (issue 11, session 36).

A unit written with a word the quantity family does not read with it ("about
450 statute miles", "300 sea miles", "200 flying hours") left a count of
"miles" or "hours", which met a bare count of people ("bringing the total to
26" injured) as one count (authored development emergency_landing). A count
whose noun names a unit of length, area, volume, speed, temperature or time
is a measurement in that unit (facts/quantity/compare.py); "statute miles"
are miles (units.py).
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.quantity.family import QUANTITY
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    found = courier_gazette(tmp_path, a, b)
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in found}


@pytest.mark.parametrize(
    "text",
    [
        "about 300 sea miles away",
        "some 15 road miles north of the town",
        "nearly 200 flying hours",
        "an area of 12 square nautical miles",
        "roughly 90 crow-fly kilometres",
    ],
)
def test_a_count_of_unit_words_never_meets_a_count_of_people(text):
    (measured,) = QUANTITY.find(text, None)
    (people,) = QUANTITY.find("26 were hurt", None)
    assert QUANTITY.compare(measured, people, "Courier", "Gazette") is None
    assert QUANTITY.compare(people, measured, "Courier", "Gazette") is None


def test_statute_miles_are_miles():
    (m,) = QUANTITY.find("a diversion to Keflavik, about 450 statute miles away", None)
    assert (m.dimension, m.unit) == ("length", "mi")
    (km,) = QUANTITY.find("about 720 kilometres south of Keflavik", None)
    assert QUANTITY.compare(m, km, "Courier", "Gazette").verdict == Verdict.CONSISTENT


def test_injured_and_a_distance_are_never_compared(tmp_path):
    a = "Three more passengers came forward with minor injuries, bringing the total injured to 26."
    b = "The crew diverted to Keflavik, about 450 sea miles away, where 21 were treated."
    found = _flags(tmp_path, a, b)
    assert frozenset(("26", "about 450")) not in found


def test_a_count_of_unit_words_is_no_count_of_people_in_other_words():
    (measured,) = QUANTITY.find("about 300 sea miles away", None)
    (people,) = QUANTITY.find("26 people were hurt", None)
    assert QUANTITY.compare_as_one_count(measured, people, "Courier", "Gazette") is None
    assert QUANTITY.compare_counting_apart(people, measured, "Courier", "Gazette") is None
