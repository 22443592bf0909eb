"""Trial 36 (item 2): "four and a half months = 4.5 months vs more than
four years …: 4.6 months is shorter than 4 years". Two lengths that never
meet were explained by their bounds with the calendar's or a hedge's slack,
a figure no article gave. The explanation says the stated figures, a range
by its end that faces the other length."""

from __future__ import annotations

import re

import pytest

from workbench.analysis import analyze_paths
from workbench.facts.time.stated import stated_end


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _lengths(tmp_path, a: str, b: str):
    paths = []
    for name, outlet, text in (("a.md", "Courier", a), ("b.md", "Gazette", b)):
        p = tmp_path / name
        p.write_text(
            f"---\ntitle: T\noutlet: {outlet}\npublished: 2024-03-04\n---\n{text}\n",
            encoding="utf-8",
        )
        paths.append(p)
    return [d for d in analyze_paths(paths).discrepancies if d.kind == "duration"]


CASES = [
    (
        "The captain served four and a half months in prison for smuggling, the court said.",
        "The captain served more than four years in prison for smuggling, the court said.",
        ("4.5 months", "4 years"),
    ),
    (
        "The rescue took about two hours, officials said.",
        "The rescue took more than five hours, officials said.",
        ("2 hours", "5 hours"),
    ),
    (
        "The strike lasted between three and four weeks, union leaders said.",
        "The strike lasted more than two months, union leaders said.",
        ("4 weeks", "2 months"),
    ),
    (
        "The road closure lasted up to three days, the council said.",
        "The road closure lasted at least two weeks, the council said.",
        ("3 days", "2 weeks"),
    ),
]
_SAID = re.compile(r"([\d.,]+ \w+) is shorter than ([\d.,]+ \w+)")


@pytest.mark.parametrize(("a", "b", "said"), CASES)
def test_a_conflict_of_lengths_says_the_stated_figures(tmp_path, a, b, said):
    (d,) = _lengths(tmp_path, a, b)
    assert d.verdict.value == "conflict", d.explanation
    m = _SAID.search(d.explanation)
    assert m, d.explanation
    assert m.groups() == said, d.explanation


@pytest.mark.parametrize(
    ("value", "upper", "figure"),
    [
        ("more than 4 years", False, "4 years"),
        ("about 2 hours", True, "2 hours"),
        ("3–4 weeks", True, "4 weeks"),
        ("3–4 weeks", False, "3 weeks"),
        ("up to 40 minutes", True, "40 minutes"),
        ("2.5 days = 60 hours", False, "2.5 days"),
        ("an unstated number of years", True, ""),
    ],
)
def test_the_stated_end_of_a_length(value, upper, figure):
    assert stated_end(value, upper) == figure
