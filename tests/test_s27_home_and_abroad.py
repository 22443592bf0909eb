"""A count at home or abroad against one that names neither (issue 11, session
27, eng78): "9 million passengers on its domestic routes" / "41 million
passengers" were called a conflict; the domestic count is some of the whole.
A question naming both scopes, as for nested places (scopes.wider_scope); two
counts at home still compare. "Gross domestic product" and "domestic violence"
count nothing at home. Made-up sentences."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\nReport.\n\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The airline carried 41 million passengers last year.",
            "The airline carried 9 million passengers on its domestic routes last year.",
            ("41 million", "9 million"),
        ),
        (
            "Carvell sold 3.1 million cars in 2023, the company said.",
            "Carvell sold 1.2 million cars abroad in 2023, the company said.",
            ("3.1 million", "1.2 million"),
        ),
        (
            "Visitors spent $11 billion in the city last year, the tourist board said.",
            "Visitors from overseas spent $4 billion in the city last year, the tourist board "
            "said.",
            ("$11 billion", "$4 billion"),
        ),
    ],
)
def test_a_count_at_home_or_abroad_against_a_whole_is_a_question(flags, a, b, pair):
    assert (*pair, "unresolved") in flags(a, b)


def test_two_counts_at_home_still_conflict(flags):
    found = flags(
        "The airline carried 9 million passengers on its domestic routes last year.",
        "The airline carried 9.6 million passengers on its domestic routes last year.",
    )
    assert ("9 million", "9.6 million", "conflict") in found


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Gross domestic product grew 2.1% in the quarter.", "2.1%", ""),
        ("Police logged 12 domestic violence cases last month.", "12", ""),
        ("Domestic sales rose 4% in the quarter.", "4%", "home"),
        ("It sold 40,000 flats overseas.", "40,000", "abroad"),
    ],
)
def test_what_counts_at_home(text, figure, place):
    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).place == place
