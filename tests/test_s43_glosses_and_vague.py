"""Session 43 (eng163, issue 11): bracketed glosses and vague counts.

Glosses: '68mm (2.7in) of rain' gives one quantity in two units. A glued "in"
inside the brackets was not read as inches at all, so a wrong gloss ('68mm
(3.7in)') went unseen in its own sentence and against another report's
(workbench/facts/quantity/unitread.py). Vague counts: "millions" reached a
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


@pytest.mark.parametrize(
    ("text", "gloss", "unit"),
    [
        ("The storm dumped 68mm (2.7in) of rain on the town.", "2.7in", "in"),
        ("Snow fell to a depth of 30cm (12in) overnight.", "12in", "in"),
        ("The hailstones were 5cm (about 2 in) across.", "about 2 in", "in"),
        ("A crack 15cm (6in) wide opened in the road.", "6in", "in"),
        ("The fish measured 41cm (16in) from nose to tail.", "16in", "in"),
        ("Up to 120mm (4.7in) could fall on the hills.", "4.7in", "in"),
    ],
)
def test_a_glued_inch_in_brackets_is_read(text, gloss, unit):
    got = {m.text: m.unit for m in find_quantities(text)}
    assert got.get(gloss) == unit, got


@pytest.mark.parametrize(
    "text",
    [
        "Three people (2 in hospital) were hurt.",
        "The vote went 5-2 (2 in favour of delay).",
        "The bill passed (12 in all) on Tuesday.",
    ],
)
def test_a_number_in_brackets_before_in_as_a_word_is_no_inch(text):
    assert all(m.unit != "in" for m in find_quantities(text)), find_quantities(text)


def _flags(tmp_path, a: str, b: str):
    return analyse_bodies(tmp_path, a, b, published="2026-03-11").discrepancies


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The storm dumped 68mm (2.7in) of rain on the town in six hours, forecasters said.",
            "The storm dumped 68mm (3.7in) of rain on the town in six hours, forecasters said.",
        ),
        (
            "Snow fell to a depth of 30cm (12in) in the village overnight, the Met Office said.",
            "Snow fell to a depth of 30cm (20in) in the village overnight, the Met Office said.",
        ),
    ],
)
def test_a_wrong_gloss_is_found_in_its_sentence_and_against_the_other(tmp_path, a, b):
    found = [d for d in _flags(tmp_path, a, b) if d.verdict.value == "conflict"]
    own = [d for d in found if d.rule == "conversion_does_not_convert"]
    across = [d for d in found if d.rule != "conversion_does_not_convert"]
    assert len(own) == 1 and len(across) == 1, [d.explanation for d in found]
    assert own[0].sides[0].article == own[0].sides[1].article


def test_a_right_gloss_against_the_bare_figure_raises_no_conflict(tmp_path):
    found = _flags(
        tmp_path,
        "The storm dumped 68mm (2.7in) of rain on the town in six hours, forecasters said.",
        "The storm dumped 68mm of rain on the town in six hours, forecasters said.",
    )
    assert [d for d in found if d.verdict.value == "conflict"] == []


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
