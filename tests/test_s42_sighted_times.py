"""The moment a witness saw someone is not the moment of the deed nor of the
call to the police (issue 11, session 42, eng158, user trial 49: a neighbour's
3am sighting against police called at 8.39am; facts/sighted.py). Made-up
sentences, in other words than any copy read.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.dated_things import date_reading
from workbench.facts.sighted import SIGHTED


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _reading(sentence: str, day: str):
    i = sentence.index(day)
    return date_reading(sentence, i, i + len(day))


SEEN = [
    ("A neighbour recalled seeing the suspect in the street at 2am on Sunday.", "2am"),
    ("A witness spotted a man running from the flat shortly after midnight.", "midnight"),
    ("Her brother last saw her outside the bar at 10.30pm.", "10.30pm"),
    ("A cab driver said he saw the gunman near the bank at about 4:15 p.m.", "4:15 p.m."),
]


@pytest.mark.parametrize(("sentence", "time"), SEEN)
def test_the_time_a_witness_saw_someone_is_a_sighting(sentence, time):
    assert _reading(sentence, time).event == SIGHTED


NOT_SEEN = [
    ("Witnesses saw the plane come down at 3.15pm.", "3.15pm"),
    ("Police were called to the house at 8.39am.", "8.39am"),
    ("The gunman was shot dead by officers who saw him at 9pm.", "9pm"),
]


@pytest.mark.parametrize(("sentence", "time"), NOT_SEEN)
def test_a_happening_seen_or_a_deed_is_no_sighting(sentence, time):
    assert _reading(sentence, time).event != SIGHTED


def test_a_sighting_and_the_call_are_two_moments(tmp_path):
    a = "A neighbour recalled seeing the suspect in the lane at 2am on Sunday."
    b = "Police were called to the house in the lane at 7.52am on Sunday."
    found = courier_gazette(tmp_path, a, b, published="2024-03-18")
    assert not [d for d in found if d.kind in ("date", "time")], [d.explanation for d in found]


def test_two_times_of_one_sighting_still_conflict(tmp_path):
    a = "A neighbour recalled seeing the suspect in the lane at 2am on Sunday."
    b = "A neighbour recalled seeing the suspect in the lane at 4am on Sunday."
    found = courier_gazette(tmp_path, a, b, published="2024-03-18")
    assert [str(d.verdict) for d in found if d.kind in ("date", "time")] == ["conflict"]
