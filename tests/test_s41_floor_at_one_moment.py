"""A floor and a larger count of one moment (issue 11, session 41, eng149).

'At least 19 dead, the ministry said this morning' against '26 dead as of
Thursday morning' were called consistent because 'at least' allows 26; at one
moment the bound is the count then, not a floor under the other
(judge/one_moment_floor.py). Made-up cases in other words, numbers and places
than the development events'.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


OPENING = "Officials gave new figures on the outbreak."


@pytest.mark.parametrize(
    ("a", "b", "pub_a", "pub_b"),
    [
        (
            "At least 23 people have died of cholera in Dorvik since Saturday, the regional "
            "health office said this morning.",
            "The regional health office said 31 people had died of cholera in Dorvik as of "
            "Wednesday morning.",
            "2029-10-10",
            "2029-10-11",
        ),
        (
            "The flood killed at least 17 people in the valley, the fire service said on "
            "Monday evening.",
            "By Monday evening the fire service had counted 21 dead in the valley.",
            "2031-04-15",
            "2031-04-15",
        ),
    ],
)
def test_a_floor_and_a_larger_count_of_one_moment_conflict(flags, a, b, pub_a, pub_b):
    found = flags((OPENING, a, pub_a), (OPENING, b, pub_b))
    moment = [f for f in found if "given for one moment" in f[3]]
    assert moment and all(f[2] == "conflict" for f in moment), found
    assert not [f for f in found if f[2] == "consistent" and "allowed by" in f[3]], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a round floor is a hedge: 'more than 200' allows 236
        (
            "More than 200 people were rescued from the valley, the fire service said on "
            "Monday evening.",
            "By Monday evening the fire service had rescued 236 people from the valley.",
        ),
        # no stamp on the larger count: it may be of any moment
        (
            "The flood killed at least 17 people in the valley, the fire service said on "
            "Monday evening.",
            "The flood killed 21 people in the valley, the fire service said.",
        ),
    ],
)
def test_a_round_floor_or_an_unstamped_count_keeps_the_agreement(flags, a, b):
    found = flags((OPENING, a, "2031-04-15"), (OPENING, b, "2031-04-15"))
    assert not [f for f in found if "given for one moment" in f[3]], found


def test_a_floor_and_a_larger_count_of_moments_apart_are_no_conflict(flags):
    a = (
        "The flood killed at least 17 people in the valley, the fire service said on "
        "Monday morning."
    )
    b = "By Tuesday evening the fire service had counted 21 dead in the valley."
    found = flags((OPENING, a, "2031-04-14"), (OPENING, b, "2031-04-16"))
    assert not [f for f in found if f[2] == "conflict"], found
