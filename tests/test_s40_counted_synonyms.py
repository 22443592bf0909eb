"""One thing counted under two names is one count (issue 11, session 40,
facts/quantity/terms.SYNONYMS): "more than 2,300 earthquakes" / "more than
3,200 tremors" before one eruption (authored volcano D13, never compared);
"35 fires" / "35 blazes". Made-up sentences; an aftershock stays a count of
its own (the shocks after the main one, not all of them)."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.facts.quantity.compare import same_counted


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("earthquakes", "tremors", True),
        ("quakes", "earthquakes", True),
        ("tremor", "quake", True),
        ("fires", "blazes", True),
        ("aftershocks", "earthquakes", False),
        ("tremors", "eruptions", False),
    ],
)
def test_one_thing_counted_under_two_names(a, b, same):
    assert same_counted(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "More than 4,100 earthquakes were recorded beneath the volcano before the "
            "eruption began on Sunday.",
            "More than 1,400 tremors were recorded beneath the volcano before the eruption "
            "began on Sunday.",
            {"More than 4,100", "More than 1,400"},
        ),
        (
            "Crews fought 48 fires across the county overnight, the fire service said.",
            "Crews fought 84 blazes across the county overnight, the fire service said.",
            {"48", "84"},
        ),
    ],
)
def test_counts_of_one_thing_under_two_names_are_compared(tmp_path, a, b, values):
    found = analyze(load_articles(pair(tmp_path, a + "\n", b + "\n"))).discrepancies
    flagged = [d for d in found if {s.text for s in d.sides} == values]
    assert [str(d.verdict) for d in flagged] == ["conflict"], [
        (d.explanation, [s.text for s in d.sides]) for d in found
    ]
