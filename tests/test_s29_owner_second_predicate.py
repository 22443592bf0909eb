"""Session 29 (issue 15, items to review): a place told by a sentence's first
predicate is not the owner of a figure its second predicate, joined by "and",
gives.

"EYP MCF is headquartered in New York and has approximately 350 employees" read
New York as the owner of the 350 (a name after a preposition before the value),
so the finding of the company's staff, "350" in thirteen reports, was two items
at fourteen articles (44_ecbplus): New York's 350 and EYP MCF's were kept apart.
"and" opening a second predicate (an auxiliary after it) now ends the value's
stretch; "and" joining two names ends nothing.
"""

from __future__ import annotations

import pytest

from workbench.findings.owners import differ, owners
from workbench.model import Claim


def _owners(text: str, value: str) -> frozenset[str]:
    start = text.index(value)
    return owners(Claim("a:0", "a", 0, 0, len(text), text), start, start + len(value), [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EYP MCF is headquartered in New York and has approximately 350 employees.",
         "approximately 350"),
        ("The bank was founded in Geneva and has 1,200 staff worldwide.", "1,200"),
        ("The ship sailed from Piraeus and was carrying 64 passengers.", "64"),
        ("The band formed in Manchester and will play 12 dates this autumn.", "12"),
    ],
)  # fmt: skip
def test_a_place_of_the_first_predicate_owns_nothing_of_the_second(text: str, value: str) -> None:
    assert _owners(text, value) == frozenset()


def test_the_staff_of_one_company_told_two_ways_are_not_apart() -> None:
    a = _owners(
        "EYP MCF is headquartered in New York and has approximately 350 employees.",
        "approximately 350",
    )
    b = _owners("The deal will bring EYP MCF's 350 employees into HP Services.", "350")
    assert b == frozenset({"eyp mcf"})
    assert not differ(a, b)


@pytest.mark.parametrize(
    ("text", "value", "owner"),
    [
        # "and" joining names, or no second predicate: the owner is kept
        ("Phone and internet services in Egypt were down by 80 percent.", "80 percent", "egypt"),
        ("Shares in Toyota and Honda fell 5 percent on Monday.", "5 percent", "toyota"),
        ("Turnout in Ohio was 62 percent.", "62 percent", "ohio"),
        ("52 percent in Egypt and 61 percent elsewhere were cut off.", "52 percent", "egypt"),
    ],
)  # fmt: skip
def test_owners_outside_a_second_predicate_are_kept(text: str, value: str, owner: str) -> None:
    assert _owners(text, value) == frozenset({owner})
