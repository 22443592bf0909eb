"""Two hedged figures at one precision (issue 11 point 5, session 21:
judge/rounded.py). "about 6.2" and "around 6.3" reach each other through
their hedges, but two writers rounding one figure to one decimal would have
written the same: a question (session 31: a conflict, decided by the family
from each figure's granularity). The same figure hedged in other words still
agrees; figures at different precisions are left to the other rows.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze
from workbench.articles import load_articles


def _found(tmp_path, a: str, b: str) -> list[tuple[str, str]]:
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    articles = load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
    )
    judge.memo.clear()
    return [(str(d.verdict), d.rule) for d in analyze(articles).discrepancies]


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


APART = {
    "magnitude": (
        "The quake had a magnitude of about 6.2, the agency said.",
        "The quake had a magnitude of around 6.3, the agency said.",
    ),
    "rainfall": (
        "Roughly 4.5 inches of rain fell on the town overnight, forecasters said.",
        "About 4.8 inches of rain fell on the town overnight, forecasters said.",
    ),
    "turnout": (
        "Turnout in the referendum was about 61.5%, the commission said.",
        "Turnout in the referendum was around 62.5%, the commission said.",
    ),
}


@pytest.mark.parametrize("pair", APART.values(), ids=APART.keys())
def test_two_hedged_figures_apart_at_one_precision_are_a_question(tmp_path, pair):
    """Session 31: readers call such figures different ('about' rounds, it does not
    stretch): the family itself now calls them a conflict by the coarser figure's
    step (facts/quantity/granularity.py, tests/test_s31_hedges.py), before this row."""
    assert [v for v, _ in _found(tmp_path, *pair)] == ["conflict"]
    with judge.rules.without("hedged_figures_apart_at_one_precision"):
        assert [v for v, _ in _found(tmp_path, *pair)] == ["conflict"]


ALIKE = {
    "same-figure": (
        "Roughly 40 homes were destroyed in the blaze, officials said.",
        "About 40 homes were destroyed in the blaze, officials said.",
    ),
    "other-precision": (
        "The quake had a magnitude of about 6, the agency said.",
        "The quake had a magnitude of around 6.3, the agency said.",
    ),
}


@pytest.mark.parametrize("pair", ALIKE.values(), ids=ALIKE.keys())
def test_one_figure_hedged_twice_or_at_two_precisions_is_not_this_question(tmp_path, pair):
    found = _found(tmp_path, *pair)
    assert found and all(r != "hedged_figures_apart_at_one_precision" for _, r in found)
