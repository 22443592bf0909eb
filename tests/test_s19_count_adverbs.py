"""A count of occasions written as an adverb, "twice" / "thrice" (issue 11,
session 19; facts/quantity/adverbs.py). Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.adverbs import find_count_adverbs, with_count_adverbs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The singer married twice and had no children.", 2.0),
        ("Officers said the guard was shot twice in the leg.", 2.0),
        ("Lightning struck the old mill thrice in one summer.", 3.0),
        ("He has been arrested twice since leaving the army.", 2.0),
        ("The club won the cup twice, in 1994 and 2001.", 2.0),
        ("The council voted twice; both times the plan failed.", 2.0),
    ],
)
def test_twice_and_thrice_count_occasions(text, value):
    found = find_count_adverbs(text)
    assert [(m.value, m.counted, m.dimension, m.exact) for m in found] == [
        (value, "time", "count", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a multiplier, not a count
        "The new tunnel is twice as long as the old one.",
        "Rents in the city centre are twice the national average.",
        "The bill came to twice that amount.",
        "Prices rose twice more quickly than wages.",
        # a rate
        "The ferry sails twice a day in winter.",
        "Inspectors visit twice weekly.",
        "The committee meets twice per term.",
        "The drug is taken twice daily.",
        # vague, or part of a word
        "She had met him once or twice before the trial.",
        "He rang twice or three times that night.",
        "A twice-weekly market is held in the square.",
        # one occasion, in other words: not read
        "He once played for the national side.",
    ],
)
def test_what_is_not_a_count_of_occasions(text):
    assert find_count_adverbs(text) == []


def test_a_figure_already_read_is_kept():
    text = "He was married twice, and 3 children survive him."
    merged = with_count_adverbs(text, find_quantities(text))
    assert [m.text for m in merged] == ["twice", "3"]


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
            "The retired painter Ada Morrow married twice and had no children.",
            "The retired painter Ada Morrow was married three times and had no children.",
            ("twice", "three", "conflict"),
        ),
        (
            "The courier driver was stabbed twice outside the Kilnsey depot on Friday.",
            "The courier driver was stabbed three times outside the Kilnsey depot on Friday.",
            ("twice", "three", "conflict"),
        ),
        (
            "Harrow Town have won the county shield thrice since the war.",
            "Harrow Town have won the county shield three times since the war.",
            ("thrice", "three", "consistent"),
        ),
    ],
)
def test_an_adverb_count_is_compared_with_the_other_reports_count(flags, a, b, flag):
    assert flag in flags(a, b)


def test_a_multiplier_is_not_compared_with_a_count(flags):
    found = flags(
        "The new Kilnsey depot is twice as large as the old site, the firm said.",
        "The new Kilnsey depot is three times larger than the old site, the firm said.",
    )
    assert all(side_a != "twice" for side_a, _, _ in found)
