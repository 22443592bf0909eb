"""Session 43 (eng163, issue 11): vague counts.

(Glosses: a glued "in" inside brackets, '68mm (2.7in)', is still not read; reading
it made the gloss a figure of its own, paired apart from its figure with other
reports' figures — see eng163's report.) Vague counts: "millions" reached a
thousand million, so "millions" agreed with "500 million" and with "tens of
millions" — a tenfold miss read as agreement — and a vague word was taken for the
precise figure of a hedged pair ("'Dozens' vs 'About 100': Dozens rounds to about
0", judge/rounded.py). Each case is our own sentence.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.compare import compare
from workbench.model import Verdict

C, K, U = Verdict.CONFLICT, Verdict.CONSISTENT, Verdict.UNRESOLVED


def _flags(tmp_path, a: str, b: str):
    return analyse_bodies(tmp_path, a, b, published="2026-03-11").discrepancies


def _one(sentence: str):
    (m,) = find_quantities(sentence)
    return m


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Millions of people lost power.", "500 million people lost power.", C),
        ("The scheme cost billions of dollars.", "The scheme cost $400 billion.", C),
        ("Millions of people lost power.", "Tens of millions of people lost power.", U),
        ("Millions of people lost power.", "20 million people lost power.", U),
        ("Billions of dollars were wiped off shares.", "$150 billion was wiped off shares.", C),
        # near-misses: within the word's range, or the word that takes over
        ("Millions of people lost power.", "5 million people lost power.", K),
        ("Hundreds of millions of people lost power.", "300 million people lost power.", K),
        ("Tens of millions of people lost power.", "45 million people lost power.", K),
        ("The scheme cost billions of dollars.", "The scheme cost $4 billion.", K),
    ],
)
def test_an_open_scale_word_never_agrees_with_a_tenfold_figure(a, b, verdict):
    c = compare(_one(a), _one(b), "A", "B")
    assert c.verdict == verdict, c.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [  # the ranges each vague word allows (session 9), kept
        ("Dozens of residents fled.", "177 residents fled.", U),
        ("Dozens of residents fled.", "60 residents fled.", K),
        ("Hundreds of residents fled.", "40 residents fled.", C),
        ("Scores of residents fled.", "12 residents fled.", C),
        ("Scores of residents fled.", "70 residents fled.", K),
        ("Hundreds of residents fled.", "Dozens of residents fled.", U),
        ("Thousands of residents fled.", "About 400 residents fled.", C),
    ],
)
def test_vague_ranges(a, b, verdict):
    c = compare(_one(a), _one(b), "A", "B")
    assert c.verdict == verdict, c.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dozens of people were injured, police said.",
            "About 100 people were injured, police said.",
        ),
        (
            "Hundreds of homes were flooded, officials said.",
            "About 500 homes were flooded, officials said.",
        ),
        (
            "Several hundred fans were stranded, the club said.",
            "Around 400 fans were stranded, the club said.",
        ),
    ],
)
def test_a_vague_word_is_no_precise_figure_a_hedge_rounds(tmp_path, a, b):
    found = _flags(tmp_path, a, b)
    assert [d for d in found if "rounds to about" in d.explanation] == []
    assert [d.verdict.value for d in found if d.verdict.value != "consistent"] == [], [
        d.explanation for d in found
    ]
