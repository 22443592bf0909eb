"""Counts of different groups are a question, not a conflict (eng71, issue 11;
judge/groups_apart.py).

Two nouns of people are not one group because both are people: officers and
protesters hurt in one clash, the children among the dead and all the dead,
crew and passengers. When the quantity family does not read the two counted
nouns as one thing, a difference between the counts is unresolved and the
explanation names both groups; words for whoever takes part ("participants" /
"volunteers") stay one group, and counts of one noun still conflict.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    found = courier_gazette(tmp_path, a, b, without, published="2021-05-10")
    return [
        (str(d.verdict), d.rule, d.explanation) for d in found if d.kind in ("number", "percent")
    ]


APART = [
    (
        "Police said 12 officers were injured in the clashes outside parliament on Saturday.",
        "Police said 30 protesters were injured in the clashes outside parliament on Saturday.",
    ),
    (
        "At least 12 children were killed when the ferry capsized off the island on Sunday, "
        "officials said.",
        "At least 57 people were killed when the ferry capsized off the island on Sunday, "
        "officials said.",
    ),
    (
        "The coastguard said 9 crew were rescued from the tanker after the fire on Friday.",
        "The coastguard said 24 passengers were rescued from the tanker after the fire on Friday.",
    ),
]


@pytest.mark.parametrize("a, b", APART)
def test_counts_of_different_groups_are_a_question(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert flags, "the two counts should still be shown"
    for verdict, rule, explanation in flags:
        assert verdict == "unresolved", explanation
        assert rule == "counted_groups_apart"
        assert explanation.endswith("— unresolved")
        assert "read as one group" not in explanation
    without = _flags(tmp_path, a, b, ("counted_groups_apart",))
    assert any(v == "conflict" for v, _, _ in without)


ONE_GROUP = [
    (
        "Side effects were reported by 15% of participants in the trial, the company said.",
        "Side effects were reported by 19% of volunteers in the trial, the company said.",
    ),
    # a general word for people against a role: the same people told again
    (
        "Two of the men were flown to hospital in Lexington after the rescue, officials said.",
        "Three of the miners were flown to hospital in Lexington after the rescue, officials said.",
    ),
    # a count joined to one person named before it (judge/tolls.py: three against two)
    (
        "The captain and two officers were arrested at the port on Wednesday, police said.",
        "Two crew members, including the captain, were arrested at the port on Wednesday, "
        "police said.",
    ),
    # a toll told by its noun: one count (judge/tolls.py)
    (
        "The coastguard confirmed 16 deaths after the ferry sank off the island on Tuesday.",
        "The coastguard said 14 people died after the ferry sank off the island on Tuesday.",
    ),
    (
        "Police said 12 protesters were injured in the clashes outside parliament on Saturday.",
        "Police said 30 protesters were injured in the clashes outside parliament on Saturday.",
    ),
]


@pytest.mark.parametrize("a, b", ONE_GROUP)
def test_counts_of_one_group_still_conflict(tmp_path, a, b):
    assert [v for v, _, _ in _flags(tmp_path, a, b)] == ["conflict"]
