"""A hedged clock time reaches less than half the step it is written to
(issue 11, session 18, class 5 of the fresh editor trials: "about 1:00 am"
against "1:30 a.m." was called consistent). Made-up sentences.

A writer who knew the time was half past would have written "about 1:30":
"about 1:00" reaches less than half an hour either side, "around 10:15"
less than a quarter's half, "about 10:20" less than five minutes. With a
day or without one, the same reach.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.compare import compare
from workbench.facts.time.slack import around_minutes
from workbench.model import Verdict

PUB = date(2024, 3, 4)


def _one(text: str, published: date | None = PUB):
    (m,) = [m for m in find_times(text, published) if m.type == "TIME"]
    return m


def _verdict(a: str, b: str, published: date | None = PUB) -> Verdict:
    return compare(_one(a, published), _one(b, published), "A", "B").verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fire broke out at about 1:00 am.", "The fire broke out at 1:30 a.m."),
        ("Shots rang out around 11 p.m. on Friday.", "Shots rang out at 11:30 p.m. on Friday."),
        ("The ferry sank at about 6:30 a.m.", "The ferry sank at 6:45 a.m."),
        ("The quake hit at around 10:20 local time.", "The quake hit at 10:27 local time."),
        ("The plane landed at roughly 4:15 pm.", "The plane landed at 4:25 pm."),
    ],
)
def test_hedged_times_past_half_their_step_differ(a, b):
    assert _verdict(a, b) == Verdict.CONFLICT
    assert _verdict(a, b, None) == Verdict.CONFLICT  # no day: the time of day decides


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fire broke out at about 1:00 am.", "The fire broke out at 1:20 a.m."),
        ("Shots rang out around 11 p.m. on Friday.", "Shots rang out at 10:50 p.m. on Friday."),
        ("The ferry sank at about 6:30 a.m.", "The ferry sank at 6:37 a.m."),
        ("The quake hit at around 10:20 local time.", "The quake hit at 10:23 local time."),
        ("The plane landed at roughly 4:15 pm.", "The plane landed at 4:12 pm."),
    ],
)
def test_hedged_times_within_their_step_agree(a, b):
    assert _verdict(a, b) == Verdict.CONSISTENT
    assert _verdict(a, b, None) == Verdict.CONSISTENT


@pytest.mark.parametrize(
    ("minute_of_day", "reach"),
    [(60, 30), (90, 15), (615, 7.5), (620, 5), (625, 2.5), (623, 2)],
)
def test_the_reach_follows_the_written_precision(minute_of_day, reach):
    assert around_minutes(minute_of_day) == reach
