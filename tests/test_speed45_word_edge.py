"""``textwin.ends_a_word`` finds what ``re.search(rf"{re.escape(w)}\\b", text)``
found, which ``whose.named_in`` compiled for every owner word it was asked
(issue 14, session 41)."""

from __future__ import annotations

import random
import re

import pytest

from workbench.facts.textwin import ends_a_word
from workbench.facts.whose import named_in


def searched(word: str, text: str) -> bool:
    return re.search(rf"{re.escape(word)}\b", text) is not None


WORDS = ["bank", "riksbank", "aa", "a", "", "u.s.", "u.s", "13-inch", "o'neill", "café", "x+y"]
PIECES = [
    "bank", "banks", "riksbank's", "the", "aa", "aaa", "a", "u.s.", "u.s", "13-inch",
    "o'neill", "café", "cafés", "x+y", "x+yz", " ", " ", ".", ",", "-", "'", "_", "1", "\n", "é",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(20))
def test_the_same_answer_as_the_search_on_varied_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        word = rng.choice(WORDS + [text[i : i + 3] for i in range(0, len(text), 5)])
        assert ends_a_word(word, text) == searched(word, text), (word, text)


@pytest.mark.parametrize(
    ("word", "text", "found"),
    [
        ("bank", "the riksbank's target", True),  # a word at the end of a name
        ("bank", "the banks", False),
        ("aa", "aaa", True),  # the second place, overlapping the first
        ("aa", "aaab", False),
        ("u.s.", "the u.s. said", False),  # no word ends after the full stop
        ("u.s", "the u.s. said", True),
        ("café", "un café noir", True),
        ("caf", "un café noir", False),  # "é" is a word character
        ("x+y", "x+y", True),  # no pattern: "+" is itself
        ("x+y", "xxy", False),
        ("", "", False),
        ("", "a", True),
        ("bank", "", False),
    ],
)
def test_cases(word: str, text: str, found: bool) -> None:
    assert searched(word, text) is found
    assert ends_a_word(word, text) is found


def test_named_in_reads_the_text_lowered() -> None:
    assert named_in(("bank",), "The Riksbank's target")
    assert not named_in(("bank", "fed"), "The Banks and the Federal Reserve")
    assert named_in(("bank", "reserve"), "The Banks and the Federal Reserve")
