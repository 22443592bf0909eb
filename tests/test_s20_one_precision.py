"""A hedged figure against a plain one given to the same precision with
another value (issue 11, session 20, judge/rounded.py). Made-up reports.

"about $39 billion" reaches "$38 billion" within its hedge, but both are
given to the billion: a writer who knew $38 billion would have written it.
The two may state different figures, a question rather than an agreement.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.quantity import find_quantities
from workbench.judge.rounded import apart_at_one_precision
from workbench.model import Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _fact(text: str) -> Fact:
    (m,) = find_quantities(text)
    return Fact("f", "a:0", "a", m.kind, m.start, m.end, m.text, {}, m)


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("about $39 billion", "$38 billion"),
        ("roughly 1,500 fans", "1,600 fans"),
        ("some 12 people", "11 people"),
        ("around 42%", "41%"),
        ("about 6.4 million voters", "6.3 million voters"),
    ],
)
def test_a_hedged_figure_apart_at_one_precision(hedged, plain):
    h, p = _fact(hedged), _fact(plain)
    assert apart_at_one_precision(h, p) == (h, p)
    assert apart_at_one_precision(p, h) == (h, p)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about $39 billion", "$39 billion"),  # the same figure
        ("about $39 billion", "$38.6 billion"),  # finer: rounds to it (rounded_elsewhere's)
        ("about $39 billion", "about $38 billion"),  # both hedged
        ("$39 billion", "$38 billion"),  # neither hedged: the family's call
        ("about 12 people", "at least 11 people"),  # a bound is no plain figure
        ("about 12 miles", "11 km"),  # another unit: a conversion
    ],
)
def test_what_is_not_apart_at_one_precision(a, b):
    assert apart_at_one_precision(_fact(a), _fact(b)) is None


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    shared = "Halden Foods is buying the regional grocer Marsh & Pike, the companies said. "
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + shared + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + shared + b + "\n"),
    ]
    with judge.tracing() as decided:
        found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found], decided


def test_a_hedged_figure_apart_at_one_precision_is_a_question(tmp_path):
    found, decided = _flags(
        tmp_path,
        "Combined, the two grocers had about $39 billion in sales last year.",
        "Combined, the two grocers had $38 billion in sales last year.",
    )
    rule = "hedged_figure_apart_at_one_precision"
    assert ("about $39 billion", "$38 billion", "unresolved", rule) in found
    assert decided[(rule, "unresolved")] == 1


def test_the_same_figure_hedged_still_agrees(tmp_path):
    found, decided = _flags(
        tmp_path,
        "Combined, the two grocers had about $38 billion in sales last year.",
        "Combined, the two grocers had $38 billion in sales last year.",
    )
    assert next(f for f in found if f[0] == "about $38 billion")[2] == "consistent"
    assert decided[("hedged_figure_apart_at_one_precision", "unresolved")] == 0
