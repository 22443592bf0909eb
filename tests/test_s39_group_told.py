"""A count and the group it leaves out or takes in, told with its size, add up
to the other report's count (issue 11, session 39; judge/group_told.py,
facts/parts/group_size.py).

"40 passengers, excluding the driver" / "41 people": `wider_scope` asked the
editor which each counts, but the texts settle it. Figures that do not add up,
or a group told without its size, stay a question.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.parts.group_size import group_size


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _numbers(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    found = courier_gazette(tmp_path, a, b, without, published="2026-06-01")
    return [(str(d.verdict), d.rule) for d in found if d.kind == "number"]


ADDS_UP = [
    # one person left out, named by a singular noun
    (
        "The bus was carrying 40 passengers, excluding the driver, when it overturned on Monday.",
        "The bus was carrying 41 people when it overturned on Monday.",
    ),
    # the attacker taken in, the other report counting the victims only (order swapped)
    (
        "Eight people were killed in the shooting at the mall on Sunday.",
        "Nine people, including the gunman, were killed in the shooting at the mall on Sunday.",
    ),
    # a numbered group taken in, in digits
    (
        "Officials said 212 people, including 12 crew members, were rescued from the ferry on "
        "Monday.",
        "Officials said 200 people were rescued from the ferry on Monday.",
    ),
]


@pytest.mark.parametrize("a, b", ADDS_UP)
def test_a_count_and_its_told_group_add_up(tmp_path, a, b):
    assert _numbers(tmp_path, a, b) == [("consistent", "group_told_adds_up")]
    # without the row the same pair was a question (nested scopes) or a conflict
    assert [v for v, _ in _numbers(tmp_path, a, b, ("group_told_adds_up",))] in (
        ["unresolved"],
        ["conflict"],
    )


STILL_A_QUESTION = [
    # the group told, but the figures do not add up
    (
        "The bus was carrying 40 passengers, excluding the driver, when it overturned on Monday.",
        "The bus was carrying 45 people when it overturned on Monday.",
    ),
    # the group told without its size
    (
        "The bus was carrying 40 passengers, excluding crew, when it overturned on Monday.",
        "The bus was carrying 41 people when it overturned on Monday.",
    ),
]


@pytest.mark.parametrize("a, b", STILL_A_QUESTION)
def test_a_group_that_does_not_settle_it_stays_a_question(tmp_path, a, b):
    assert _numbers(tmp_path, a, b) == [("unresolved", "wider_scope")]


@pytest.mark.parametrize(
    "sentence, figure, size",
    [
        ("The bus carried 40 passengers, excluding the driver, on Monday.", "40 passengers", 1),
        ("Nine people, including the gunman, died.", "Nine", -1),
        ("It carried 200 passengers and 12 crew when it sank.", "200 passengers", 12),
        ("The jet had 150 passengers, not counting its six crew members.", "150 passengers", 6),
        ("The jet flew out 300 staff plus two pilots on Monday.", "300 staff", 2),
        ("40 passengers, excluding crew, were hurt.", "40 passengers", None),
        ("Nine people, including two children, were killed.", "Nine people", None),
        ("12 men and the driver was later released.", "12 men", None),
    ],
)
def test_the_size_of_the_group_a_count_tells(sentence, figure, size):
    assert group_size(sentence, sentence.index(figure) + len(figure)) == size
