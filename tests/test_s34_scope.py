"""A count's place and moment before it is compared (issue 11, session 34).

Held-out readers' second and third causes of wrong flags: counts of different
scope ("25 arrests nationwide" / "six in the town") and counts told at
different moments ("by 2 p.m." / "by evening" is an update). Session 33's
eng97 read both and was reverted: it dropped a moment against an unstamped
toll, which older tests want shown (tests/test_s12_unmet.py), read "in the
city" over "from overseas" (tests/test_s27_home_and_abroad.py), and freed
dropped figures to pair with wrong partners. Classes here:

1. place: a locality ("in the town", "across the city", "in the village") is
   an area below the county, read only when its clause names no other place;
2. time: a stretch of the happening ("overnight", "on the second day", "in
   the first hour") against the whole, and two moments both stated, are not
   compared; a moment against a count stating none still is; a figure so
   dropped pairs only within its own part of the time;
3. a role noun made of a happening's verb ("rescuers", "rescue workers") is
   those doing it, never those it happened to ("rescued").

Made-up cases in varied domains; each would fail before.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.facts.measure import measure_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


def _pairs(found, x: str, y: str):
    return [f for f in found if {f[0], f[1]} == {x, y}]


# --- 1. place -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Officers detained nine people in the town on Friday.", "nine", "town"),
        ("Volunteers pulled 23 survivors from the mud in the village.", "23", "town"),
        ("Some 8,400 homes were left without water across the city.", "Some 8,400", "town"),
        ("The charity fed 70 families in the borough over Christmas.", "70", "town"),
        ("Some 61,000 homes were left without water across the country.", "Some 61,000", "nation"),
        # another place of its clause wins: visitors from abroad, spent in the city
        ("Tourists from abroad spent $2 billion in the city last year.", "$2 billion", "abroad"),
        ("Officers detained nine people in Leeds.", "nine", ""),
        ("Officers detained nine people.", "nine", ""),
    ],
)
def test_a_locality_is_the_place_of_its_count_when_no_other_is_named(text, figure, place):
    assert measure_of(*_at(text, figure)).place == place


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        (
            "Customs officers seized 31 shipments nationwide on Monday in a crackdown on fakes.",
            "Customs officers seized four shipments in the town on Monday in a crackdown on fakes.",
            "31",
            "four",
        ),
        (
            "Health officials confirmed 1,900 measles cases across the country this spring.",
            "Health officials confirmed 240 measles cases in the city this spring.",
            "1,900",
            "240",
        ),
        (
            "Firefighters evacuated 5,000 residents across the region as the blaze spread.",
            "Firefighters evacuated 700 residents in the village as the blaze spread.",
            "5,000",
            "700",
        ),
    ],
)
def test_a_locality_is_not_compared_as_a_wider_area(flags, a, b, x, y):
    found = flags(("Story", a, "2026-05-04"), ("Story", b, "2026-05-04"))
    assert _pairs(found, x, y) == []


def test_two_counts_of_one_locality_still_conflict(flags):
    found = flags(
        ("Flood", "The flood damaged 120 shops in the town, the mayor said.", "2026-05-04"),
        ("Flood", "The flood damaged 190 shops in the town, the mayor said.", "2026-05-04"),
    )
    assert [f[2] for f in _pairs(found, "120", "190")] == ["conflict"]
