"""One more of a count, written as an ordinal (issue 11, session 17;
facts/quantity/onemore.py). Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.onemore import find_one_more, with_one_more


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Two miners died and a third was hurt when the roof gave way.", ["a third"]),
        ("The driver killed one cyclist and seriously injured a second.", ["a second"]),
        ("Three guards were shot dead and another wounded at the gate.", ["another"]),
        ("Two men drowned; a fourth was rescued by a passing boat.", ["a fourth"]),
        ("Police arrested 2 fans and detained a third near the ground.", ["a third"]),
        ("Both climbers were killed and another hospitalised.", ["another"]),
    ],
)
def test_one_more_after_a_count_is_a_count_of_one(text, read):
    found = find_one_more(text)
    assert [m.text for m in found] == read
    assert [(m.low, m.high, m.exact, m.dimension) for m in found] == [(1.0, 1.0, True, "count")]


@pytest.mark.parametrize(
    "text",
    [
        # a share, a time, a count of its own, a place in a series
        "Two ministers resigned and a third of the budget was cut.",
        "He was arrested twice in 2019 and injured a second time in May.",
        "Two people were hurt and another 14 were treated at the scene.",
        "Two riders were hurt and a third time the alarm failed.",
        "Two riders were injured and a third place went to Ortiz.",
        # no count before it: which one it is, is not told
        "A third victim was wounded in the arm.",
        "Another officer was hurt during the arrest.",
        # nothing befell it
        "Two suspects were charged and a third is still being sought.",
        "Two lanes were closed and another opened at noon.",
    ],
)
def test_what_is_not_one_more(text):
    assert find_one_more(text) == []


def test_a_figure_already_read_is_kept():
    text = "Two were killed and another 3 were hurt."
    assert with_one_more(text, find_quantities(text)) == find_quantities(text)


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


@pytest.mark.parametrize(
    ("a", "b", "flag"),
    [
        (
            "A gunman shot dead two workers at the Brackley bottling plant on Monday, "
            "wounding two others.",
            "Two workers were shot dead at the Brackley bottling plant on Monday and a third "
            "was hurt.",
            ("two", "a third", "conflict"),
        ),
        (
            "Two workers were shot dead at the Brackley bottling plant and another was "
            "wounded, police said.",
            "Police said two workers were killed at the Brackley bottling plant and three "
            "were wounded.",
            ("another", "three", "conflict"),
        ),
        (
            "A former employee killed two co-workers and critically injured another at the "
            "Brackley bottling plant on Monday.",
            "A former employee killed two co-workers and critically injured a third at the "
            "Brackley bottling plant on Monday.",
            ("another", "a third", "consistent"),
        ),
    ],
)
def test_one_more_is_compared_with_the_other_reports_count(flags, a, b, flag):
    assert flag in flags(a, b)
