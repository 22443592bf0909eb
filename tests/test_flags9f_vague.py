"""Vague amounts as ranges with a top (session 9, class 2; issue 11 point 3).

"dozens" is 24 to 144, "hundreds" 200 to 999, "thousands" 2,000 to 9,999,
"tens of thousands" 20,000 to 99,999. Overlapping ranges agree; a figure
within twice the vague range's nearest end is unresolved (a manner of speaking,
not a figure to correct); further off is a conflict. A vague amount is not a
figure: two figures at one precision rule and the aligner's evidence leave it
out. Sentences are our own."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.family import QUANTITY
from workbench.model import Fact, Verdict

C, K, U = Verdict.CONFLICT, Verdict.CONSISTENT, Verdict.UNRESOLVED


def _one(sentence: str):
    (m,) = find_quantities(sentence)
    return m


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        ("Hundreds of residents fled.", "4,000 residents fled.", C),
        ("Dozens of residents fled.", "3,000 residents fled.", C),
        ("Thousands of residents fled.", "70,000 residents fled.", C),
        ("Hundreds of residents fled.", "1,500 residents fled.", U),
        ("Dozens of residents fled.", "200 residents fled.", U),
        ("Thousands of residents fled.", "Tens of thousands of residents fled.", U),
        ("Hundreds of thousands of residents fled.", "Tens of thousands of residents fled.", U),
        ("Thousands of residents fled.", "6,500 residents fled.", K),
        ("Dozens of residents fled.", "80 residents fled.", K),
    ],
)
def test_vague_amounts_have_a_top_and_near_misses_are_unresolved(a, b, verdict):
    c = compare(_one(a), _one(b), "A", "B")
    assert c.verdict == verdict
    if verdict == U:
        assert "vague amount" in c.explanation


def test_thousands_and_a_round_thousand_are_not_two_figures_at_one_precision():
    c = compare(_one("Thousands of fans came."), _one("3,000 fans came."), "A", "B")
    assert c.verdict == K
    assert "same precision" not in c.explanation


def test_a_vague_amount_is_shown_as_its_range():
    assert _one("Hundreds of fans came.").display() == "hundreds (200–999) fans"


def test_a_vague_amount_is_no_evidence_for_the_aligner():
    m = _one("Thousands of fans came.")
    fact = Fact(
        id="f", article="a", claim="a:0", kind=m.kind, start=0, end=len(m.text),
        text=m.text, value=m.to_json(), mention=m,
    )  # fmt: skip
    assert QUANTITY.evidence(fact) == []
