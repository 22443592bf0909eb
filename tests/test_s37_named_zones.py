"""Session 37 (issue 11, "misread"): a clock's zone named by a place ("3.40am UK
time", "1pm Brussels time", "10:30 a.m. Beijing time") or written after the day
the clock is on ("12:22 a.m. Tuesday, Pacific time") was left to the story: the
British clock in a report on an Italian flood was read as Italy's, an hour off
"4.40am" local time, and "Pacific time" after the weekday was not seen, seven
hours off "07:22 GMT". Readers of two development events named four such flags
"misread". Own cases: other places, clocks, days and orders.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.time.family import TimeFamily
from workbench.facts.time.named_zone import named_place, zone_after_day

TIME = TimeFamily()


def _clock(sentence: str, published: date):
    found = TIME.find_each([sentence], published)[0]
    return next(m for m in found if m.type == "TIME")


@pytest.mark.parametrize(
    ("sentence", "published", "offset"),
    [
        ("The river burst its banks at 3.40am UK time yesterday.", date(2025, 10, 15), 60),
        ("The river burst its banks at 3.40am UK time yesterday.", date(2025, 12, 15), 0),
        ("Kick-off was moved to 19:45 U.K. time on Saturday.", date(2026, 4, 9), 60),
        ("The vote closes at 10pm London time.", date(2027, 1, 20), 0),
        ("Ministers meet at 1pm Brussels time on Thursday.", date(2026, 3, 10), 60),
        ("Ministers meet at 1pm Brussels time on Thursday.", date(2026, 7, 10), 120),
        ("The probe launched at 10:30 a.m. Beijing time.", date(2024, 5, 3), 480),
        ("Markets reopen at 9am Tokyo time.", date(2024, 5, 3), 540),
        ("The ferry left at 6.15pm Athens time.", date(2024, 8, 3), 180),
    ],
)
def test_a_place_named_before_time_is_the_clocks_zone(sentence, published, offset):
    assert _clock(sentence, published).tz == offset


@pytest.mark.parametrize(
    ("sentence", "published", "offset"),
    [
        (
            "The jet touched down at 12:22 a.m. Tuesday, Pacific time, and stopped.",
            date(2025, 10, 15),
            -420,
        ),
        ("The polls closed at 7 p.m. Sunday, Eastern time.", date(2024, 1, 16), -300),
        ("The match ended at 9.50pm on Saturday, UK time.", date(2026, 6, 1), 60),
        ("Power returned at 4:05 a.m. yesterday, Central time.", date(2023, 8, 2), -300),
    ],
)
def test_a_zone_after_the_clocks_day_is_the_clocks_zone(sentence, published, offset):
    assert _clock(sentence, published).tz == offset


@pytest.mark.parametrize(
    "sentence",
    [
        "They met at 10 a.m. Tuesday, Mountain View officials said.",  # a town, no "time"
        "The shuttle left at 6 p.m. Friday, Harbour time permitting.",  # no place of one zone
        "The ship docked at 8am on Monday, the port said.",
    ],
)
def test_no_zone_from_words_after_the_day_that_name_none(sentence):
    assert _clock(sentence, date(2025, 5, 5)).tz is None


def test_names_that_are_no_one_zone_place():
    assert named_place("Timbuktu") is None  # not in the table: the story's zone, as before
    assert named_place("Mountain View") is None
    assert named_place("UK").zone == "GMT"
    assert zone_after_day("at 5pm on Friday, local time", 6) is None  # "local time": zones.py


def _verdicts(tmp_path, a: str, pa: str, b: str, pb: str) -> list[str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return [str(d.verdict) for d in found.discrepancies if d.kind == "time"]


def test_a_british_clock_and_the_local_clock_of_one_moment_are_no_conflict(tmp_path):
    a = "MILAN - The dam above the town gave way at 2.10am on Tuesday, flooding the valley."
    b = "The dam above the Italian town gave way at 1.10am UK time on Tuesday, flooding the valley."
    assert _verdicts(tmp_path, a, "2026-09-16", b, "2026-09-16") == ["consistent"]


def test_a_british_clock_an_hour_off_the_local_one_is_still_a_conflict(tmp_path):
    a = "MILAN - The dam above the town gave way at 2.10am on Tuesday, flooding the valley."
    b = "The dam above the Italian town gave way at 2.10am UK time on Tuesday, flooding the valley."
    assert "conflict" in _verdicts(tmp_path, a, "2026-09-16", b, "2026-09-16")


def test_a_pacific_clock_after_its_day_meets_the_same_moment_in_gmt(tmp_path):
    a = "The jet landed in Reykjavik at 06:40 GMT on Wednesday after an engine failed."
    b = "The jet landed in Reykjavik at 11:40 p.m. Tuesday, Pacific time, after an engine failed."
    assert _verdicts(tmp_path, a, "2026-05-14", b, "2026-05-14") == ["consistent"]
