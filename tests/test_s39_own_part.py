"""A share of a thing's own part is a share of the thing (issue 11, session 39;
judge/own_part.py).

"The fire was 5 per cent contained" and "15 per cent of its perimeter was
contained" are one measure: the possessive says the perimeter is the fire's,
and both shares are told of one state. Development wildfire (R38c) judged the
question `shares_of_wholes_named_apart` made of it a misread: a conflict.
Shares of a whole of their own, or of another state, stay apart.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.judge.own_part import owned_part, told_of
from workbench.text import stem


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    found = courier_gazette(tmp_path, a, b, without, published="2026-08-14")
    return [(str(d.verdict), d.rule, d.explanation) for d in found if d.kind == "percent"]


ONE_THING = [
    # the fire and its perimeter, the unnamed side after "and"
    (
        "The Tamarack Ridge fire had grown to 8,400 hectares by Wednesday morning and was 15% "
        "contained, the wildfire service said.",
        "The fire had burned 8,400 hectares by Wednesday morning, the wildfire service said, "
        "and only 5 per cent of its perimeter was contained.",
    ),
    # the owner written, the numbers the other way round
    (
        "Firefighters said 40% of the blaze's perimeter was contained by Friday evening near "
        "the canyon.",
        "Firefighters said the blaze was 25 percent contained by Friday evening near the canyon.",
    ),
    # another noun and state: a reservoir and its capacity
    (
        "Engineers said the Lowmoor reservoir was 38 percent full on Monday after the dry spring.",
        "Engineers said 52 percent of its capacity was full at the Lowmoor reservoir on Monday "
        "after the dry spring.",
    ),
]


@pytest.mark.parametrize("a, b", ONE_THING)
def test_a_share_of_its_own_part_is_a_share_of_the_thing(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert [v for v, _, _ in flags] == ["conflict"], flags
    assert all(rule != "shares_of_wholes_named_apart" for _, rule, _ in flags)


APART = [
    # a whole of its own on the other side: farms counted against farmland
    (
        "Officials said about 40 percent of the region's farmland was flooded after the river "
        "burst its banks on Monday.",
        "Officials said some 65 percent of farms were flooded after the river burst its banks "
        "on Monday.",
    ),
    # two states of one fire: contained against burned
    (
        "Crews said 40% of the blaze's perimeter was contained by Friday evening near the canyon.",
        "Crews said the blaze was 25 percent burned out by Friday evening near the canyon.",
    ),
]


@pytest.mark.parametrize("a, b", APART)
def test_shares_of_another_whole_or_state_stay_a_question(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert flags
    assert all(v == "unresolved" for v, _, _ in flags), flags
    assert all(rule == "shares_of_wholes_named_apart" for _, rule, _ in flags)


def test_the_owned_part_and_the_state_it_is_told_of():
    s = "Only 5 per cent of its perimeter was contained."
    end = s.index("cent") + len("cent")
    assert owned_part(s, end) == ("", "perimeter")
    assert told_of(s, end, frozenset({stem("perimeter")})) == stem("contained")
    t = "Some 40% of the blaze's perimeter was contained."
    end = t.index("%") + 1
    assert owned_part(t, end) == ("blaze", "perimeter")
    assert owned_part("About 40% of farms were flooded.", len("About 40%")) is None
    u = "The fire was 15% contained, crews said."
    assert told_of(u, u.index("%") + 1) == stem("contained")
