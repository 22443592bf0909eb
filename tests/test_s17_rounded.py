"""A hedged round figure against a precise figure that does not round to it
(issue 11, session 17, judge/rounded.py). Made-up reports.

"about $13 billion" reaches "$13.9 billion" within its hedge, but a writer who
knew $13.9 billion would have written "about $14 billion": the two may state
different figures, a question rather than an agreement.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.quantity import find_quantities
from workbench.judge.rounded import rounded_elsewhere
from workbench.model import Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _fact(text: str) -> Fact:
    (m,) = find_quantities(text)
    return Fact("f", "a:0", "a", m.kind, m.start, m.end, m.text, {}, m)


@pytest.mark.parametrize(
    ("hedged", "precise", "rounds"),
    [
        ("It cost about $13 billion.", "It cost $13.9 billion.", 14e9),
        ("Some 1,500 fans came.", "1,580 fans came.", 1600),
        ("The fire burned roughly 40 hectares.", "The fire burned 46.2 hectares.", 50),
        ("around 120 dollars", "162 dollars", 160),
    ],
)
def test_a_hedged_figure_the_precise_one_does_not_round_to(hedged, precise, rounds):
    h, p = _fact(hedged), _fact(precise)
    assert rounded_elsewhere(h, p) == (h, p, pytest.approx(rounds))
    assert rounded_elsewhere(p, h) == (h, p, pytest.approx(rounds))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the precise figure rounds to the hedged one
        ("It cost about $13 billion.", "It cost $13.4 billion."),
        ("about 300 people", "320 people"),
        # two figures at one precision: the family's call
        ("about 300 people", "400 people"),
        # both hedged, or neither
        ("about 300 people", "roughly 340 people"),
        ("$13 billion", "$13.9 billion"),
        # a bound or a range is no round figure
        ("about 300 people", "at least 380 people"),
        ("about 300 people", "350 to 380 people"),
        # another unit (a conversion) is the family's
        ("about 15 miles", "24.1 km"),
    ],
)
def test_what_is_not_rounded_elsewhere(a, b):
    assert rounded_elsewhere(_fact(a), _fact(b)) is None


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    shared = "Halden Foods is buying the regional grocer Marsh & Pike, the companies said. "
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + shared + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + shared + b + "\n"),
    ]
    with judge.tracing() as decided:
        found = analyze_paths(paths).discrepancies
    _flags.explained = " ".join(d.explanation for d in found)
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found], decided


def test_a_price_rounded_elsewhere_is_a_question(tmp_path):
    found, decided = _flags(
        tmp_path,
        "Halden will acquire Marsh & Pike for about $13 billion, sources said.",
        "Halden will acquire Marsh & Pike for $13.8 billion, the company said.",
    )
    assert (
        "about $13 billion",
        "$13.8 billion",
        "unresolved",
        "hedged_figure_rounded_elsewhere",
    ) in found
    assert decided[("hedged_figure_rounded_elsewhere", "unresolved")] == 1
    assert "$13.8 billion rounds to about $14 billion, not 'about $13 billion'" in _flags.explained


def test_aligned_reports_of_a_price_rounded_alike_agree(tmp_path):
    found, decided = _flags(
        tmp_path,
        "Halden will acquire Marsh & Pike for about $13 billion, sources said.",
        "Halden will acquire Marsh & Pike for $13.3 billion, the company said.",
    )
    assert ("about $13 billion", "$13.3 billion", "consistent", "fact_module") in found
    assert decided[("hedged_figure_rounded_elsewhere", "unresolved")] == 0
