"""Sports copy (issue 11, trial 28): a game clock dates one play and is never a
time of day; a game stat belongs to its kind and its player (judge/plays.py)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_bodies

from workbench.facts.time.find import find_times

DAY = date(2008, 12, 19)


def _analyse(tmp_path, *bodies):
    return analyse_bodies(tmp_path, *bodies)


def _pairs(an):
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in an.discrepancies}


@pytest.mark.parametrize(
    "sentence, clock",
    [
        ("Referee Tony Weeks stopped the fight at the 2:15 mark of the seventh round.", "2:15"),
        ("The champion dropped him at 1:36 of the third round.", "1:36"),
        ("Ovechkin scored 4:12 into the second period.", "4:12"),
        ("Bryant hit a jumper with 2:34 remaining in the fourth quarter.", "2:34"),
    ],
)
def test_a_game_clock_is_never_a_time_of_day(sentence, clock):
    found = [m for m in find_times(sentence, DAY) if m.text == clock]
    assert all(m.type != "TIME" for m in found)
    assert not any(m.type == "DATE" and "quarter" in m.text for m in find_times(sentence, DAY))


def test_a_clock_time_stays_a_time_of_day():
    (m,) = [m for m in find_times("The meeting began at 2:15 on Monday.", DAY) if m.text == "2:15"]
    assert m.type == "TIME"


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Clark collected a one-yard touchdown pass with 12 minutes, 31 seconds remaining "
            "before Vinatieri tied the game.",
            "With just under five minutes remaining, Ratliff intercepted Garrard's pass and "
            "ran it back for the touchdown.",
        ),
        (
            "Gasol made a layup with 7:42 left in the first half to give the Lakers the lead.",
            "Bryant hit a three-pointer with 2:10 left in the fourth quarter to give the "
            "Lakers the lead.",
        ),
        (
            "Ovechkin scored with 4:12 remaining in the second period to put the Capitals ahead.",
            "Backstrom scored with 1:30 remaining in the second period to put the Capitals ahead.",
        ),
    ],
)
def test_clocks_of_two_plays_are_not_compared(tmp_path, a, b):
    an = _analyse(tmp_path, a, b)
    assert not [d for d in an.discrepancies if d.kind == "duration"]


def test_the_clock_of_one_play_is_still_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "Ratliff intercepted a pass from Garrard and returned it for a touchdown with "
        "4 minutes 48 seconds remaining.",
        "With 3:48 remaining in the game, Garrard threw an interception to Ratliff, who "
        "returned it for a touchdown.",
    )
    assert _pairs(an).get(frozenset(("4 minutes 48 seconds", "3:48"))) == "conflict"


@pytest.mark.parametrize(
    "a, b, x, y",
    [
        (
            "On the next drive Garrard threw an interception to Ratliff, who returned the "
            "pick 35 yards for a touchdown.",
            "Garrard, who rushed for a score, finished with 28-of-41 for 329 yards and an "
            "interception.",
            "35 yards",
            "329 yards",
        ),
        (
            "The Colts, trailing 14-0 early, scored 17 unanswered points in the fourth quarter.",
            "The Colts looked beaten as they entered the fourth quarter 10 points down.",
            "17",
            "10",
        ),
        (
            "Peterson rushed for 112 yards as the Vikings beat the Bears.",
            "Favre passed for 240 yards as the Vikings beat the Bears.",
            "112 yards",
            "240 yards",
        ),
    ],
)
def test_stats_of_different_kinds_or_players_are_not_compared(tmp_path, a, b, x, y):
    an = _analyse(tmp_path, a, b)
    assert frozenset((x, y)) not in _pairs(an)


def test_one_players_stat_of_one_kind_is_still_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "Manning completed 29 of 34 passes for 364 yards in the win over the Jaguars.",
        "Peyton Manning completed 29 of 34 passes for 346 yards in the win over the Jaguars.",
    )
    assert _pairs(an).get(frozenset(("364 yards", "346 yards"))) == "conflict"


@pytest.mark.parametrize(
    "a, b, x, y, verdict",
    [
        (  # one play from both ends: the pass is the catch
            "Manning found Wayne with a 42-yard touchdown pass in the third quarter of the game.",
            "Wayne caught a 24-yard touchdown in the third quarter of the game against Houston.",
            "42-yard",
            "24-yard",
            "conflict",
        ),
    ],
)
def test_one_play_seen_from_either_side_is_still_compared(tmp_path, a, b, x, y, verdict):
    an = _analyse(tmp_path, a, b)
    assert _pairs(an).get(frozenset((x, y))) == verdict
