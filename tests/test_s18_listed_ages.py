"""Two lists of ages: whose each one is, by elimination (judge/lists.py).

Trial 25: "the bodies of two women -- 68 and 48-years-old" against
"61-year-old Kathryn Gomes and 48-year-old Robin Mendes": only 48 vs 48 was
shown; 68 vs 61 was kept apart (the words around them share nothing, one side
names whose age it is). Cases written for this test."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.lists import is_age
from workbench.model import Claim, Fact, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _years(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, a, b))
    return {
        frozenset(s.text for s in d.sides): d.verdict
        for d in analysis.discrepancies
        if d.kind == "quantity" and "years" in d.explanation
    }


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "The bodies of two women -- 68 and 48-years-old -- were found in the apartment "
            "on Tuesday, police said.",
            "The bodies of 61-year-old Kathryn Gomes and 48-year-old Robin Mendes were found "
            "in the apartment on Tuesday, police said.",
            {"68", "61-year"},
        ),
        (
            "Two climbers, 27 and 31 years old, were rescued from the north ridge of the "
            "mountain by helicopter on Sunday.",
            "Tom Hale, a 27-year-old, and Ian Moss, a 34-year-old, were rescued from the north "
            "ridge of the mountain by helicopter on Sunday.",
            {"31 years", "34-year"},
        ),
    ],
)
def test_the_last_age_of_two_lists_is_compared(tmp_path, a, b, apart):
    found = _years(tmp_path, a, b)
    assert found.get(frozenset(apart)) == Verdict.CONFLICT
    assert Verdict.CONFLICT not in {v for k, v in found.items() if k != frozenset(apart)}


def test_lists_of_different_lengths_are_not_read_by_elimination(tmp_path):
    a = "Three climbers, 27, 31 and 40 years old, were rescued from the ridge on Sunday."
    b = "Rescuers reached 27-year-old Tom Hale and 34-year-old Ian Moss on the ridge on Sunday."
    assert Verdict.CONFLICT not in set(_years(tmp_path, a, b).values())


def test_two_lists_differing_twice_say_nothing_by_elimination(tmp_path):
    """Two pairs differ: whose each age is stays unknown (47 vs 48 may still be
    compared on its own words)."""
    a = (
        "The bodies of two women -- 68 and 47-years-old -- were found in the apartment "
        "on Tuesday, police said."
    )
    b = (
        "The bodies of 61-year-old Kathryn Gomes and 48-year-old Robin Mendes were found "
        "in the apartment on Tuesday, police said."
    )
    assert _years(tmp_path, a, b).get(frozenset({"68", "61-year"})) != Verdict.CONFLICT


def _fact(claim: Claim, figure: str) -> Fact:
    start = claim.text.index(figure)
    end = start + len(figure)
    return Fact(f"{claim.id}:f", claim.id, claim.article, "quantity", start, end, figure, {})


@pytest.mark.parametrize(
    ("text", "figure", "age"),
    [
        ("two women -- 68 and 48-years-old -- were found", "68", True),
        ("two women -- 68 and 48-years-old -- were found", "48-years", True),
        ("61-year-old Kathryn Gomes", "61-year", True),
        ("who were 61 and 48 years old", "61", True),
        ("the victims, aged 34 and 29, lived there", "29", True),
        ("the 40-year-old bridge was closed", "40-year", True),  # an age, of a bridge
        ("the company is 68 years into its history", "68 years", False),
        ("he served 12 years in prison", "12 years", False),
    ],
)
def test_what_reads_as_an_age(text, figure, age):
    claim = Claim("a:0", "a", 0, 0, len(text), text)
    assert is_age(claim, _fact(claim, figure)) is age
