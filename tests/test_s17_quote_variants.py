"""A quote written in another house spelling of the same word is the same
quote (trial 22: "that they were okay" / "they were OK" was called an
altered quote, a conflict); a different word is still an alteration."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes


def _diff(a: str, b: str):
    (qa,) = find_quotes(f"“{a},” the chief said.")
    (qb,) = find_quotes(f"“{b},” the chief said.")
    return compare_quotes(qa, qb, "A", "B")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Everyone made sure people knew that they were okay",
            "Everyone made sure people knew they were OK",
        ),
        (
            "The smoke was gray and thick over the town",
            "The smoke was grey and thick over the town",
        ),
        (
            "We walked toward the river after the blast",
            "We walked towards the river after the blast",
        ),
        (
            "It was a question of judgement for the crew",
            "It was a question of judgment for the crew",
        ),
        ("The tyre blew out on the bridge at speed", "The tire blew out on the bridge at speed"),
        (
            "Amongst the crowd were three of my neighbours",
            "Among the crowd were three of my neighbors",
        ),
    ],
)
def test_house_spellings_are_the_same_quote(a, b):
    assert _diff(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The smoke was gray and thick over the town",
            "The smoke was black and thick over the town",
        ),
        ("We walked toward the river after the blast", "We ran toward the river after the blast"),
        (
            "Everyone made sure people knew they were OK",
            "Everyone made sure people knew they were hurt",
        ),
    ],
)
def test_another_word_is_still_an_alteration(a, b):
    diff = _diff(a, b)
    assert diff is not None and str(diff.verdict) == "conflict"
