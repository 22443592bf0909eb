"""A figure glossed in brackets after another ("four nautical miles (7.4 km) off
Gavrio", "a fine of €9.8m (£8.5m)") measures what the figure before it does. Its
frame was read inside the brackets, found empty, and an empty frame shares nothing,
so two reports' glosses never met: a wrong conversion in one of them was never
shown. Found on the session-23 development clusters; the cases are our own."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.judge.frames import _frame
from workbench.text import stem


def _words(text: str, figure: str) -> frozenset[str]:
    s = text.index(figure)
    return _frame(text, s, s + len(figure), 3)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("It sank four nautical miles (7.4 km) off Gavrio.", "7.4 km", {"nautical", "gavrio"}),
        ("The bid values shares at 640p (about $8.45) each.", "$8.45", {"shares", "bid"}),
        ("Winds reached 90mph (145km/h) on the coast.", "145km/h", {"winds", "coast"}),
    ],
)
def test_a_glossed_figure_takes_the_words_around_its_brackets(text, figure, expected):
    assert {stem(w) for w in expected} <= _words(text, figure)


def test_a_bracketed_aside_with_words_keeps_its_own_frame():
    """Not a gloss: '(the second in 40 years)' is a clause of its own."""
    text = "The ferry sank off Gavrio (the second in 40 years) on Tuesday."
    assert stem("gavrio") not in _words(text, "40 years")


def _flags(tmp_path, a: str, b: str):
    return analyse_bodies(tmp_path, a, b, published="2026-03-11").discrepancies


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry capsized about four nautical miles (7.4 km) off Gavrio, officials said.",
            "The ferry capsized about 4 nautical miles (4.6 km) off Gavrio, officials said.",
        ),
        (
            "The storm brought winds of 90mph (145km/h) to the coast of Brittany on Sunday.",
            "The storm brought winds of 90mph (105km/h) to the coast of Brittany on Sunday.",
        ),
    ],
)
def test_two_glosses_of_one_figure_that_disagree_are_a_conflict(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    found = [d for d in flags if d.verdict.value == "conflict"]
    # session 35: the wrong gloss is also its own sentence's conversion that does
    # not convert (judge/own_conversion.py), a flag within one article
    across = [d for d in found if d.rule != "conversion_does_not_convert"]
    assert len(across) == 1, [d.explanation for d in flags]
    assert {s.text for s in across[0].sides} in ({"7.4 km", "4.6 km"}, {"145km/h", "105km/h"})
    own = [d for d in found if d.rule == "conversion_does_not_convert"]
    assert len(own) == 1 and own[0].sides[0].article == own[0].sides[1].article, own
    assert {s.text for s in own[0].sides} & {"4.6 km", "105km/h"}


def test_two_glosses_that_agree_raise_no_conflict(tmp_path):
    found = _flags(
        tmp_path,
        "The ferry capsized about four nautical miles (7.4 km) off Gavrio, officials said.",
        "The ferry capsized four nautical miles (roughly 4.6 miles) off Gavrio, officials said.",
    )
    assert [d.verdict.value for d in found if d.verdict.value == "conflict"] == []
