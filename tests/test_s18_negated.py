"""A figure in a negated clause is not the figure of what happened (issue
11, session 18, class 2 of the fresh editor trials: "has not played for
eight years" was held against "signed an eight-year deal"). Made-up
sentences; facts/negated.py and the row negated_against_stated."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.negated import negated


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _negated(text: str, value: str) -> bool:
    i = text.index(value)
    return negated(text, i, i + len(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Smith, who has not played for eight years, returned on Tuesday.", "eight years"),
        ("The club had not won the league in more than eight years.", "eight years"),
        ("He hadn't scored in his last 12 games.", "12"),
        ("The striker never scored more than 20 goals in a season.", "20"),
        ("The team has not lost at home in 14 months.", "14 months"),
        ("The pier has not been used in 30 years.", "30 years"),
        ("Ferries no longer make the 40-mile crossing.", "40-mile"),
    ],
)
def test_a_figure_of_what_did_not_happen_is_negated(text, value):
    assert _negated(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He signed an eight-year deal on Tuesday.", "eight-year"),
        # a partitive group, a negated bound, a negated time bound
        ("None of the 12 passengers survived.", "12"),
        ("No more than 12 people were hurt.", "12"),
        ("The body was not found until 3 p.m.", "3 p.m."),
        ("He has not been seen since 2003.", "2003"),
        # the negation belongs to another clause or another verb
        ("Police did not say how many of the 300 residents were evacuated.", "300"),
        ("The plane, which was not carrying passengers, crashed with 3 crew aboard.", "3"),
        ("What was never dreamed of is eight hours of battery life.", "eight hours"),
        ("Officials said 12 people were killed, not 15.", "12"),
    ],
)
def test_a_figure_stated_as_what_happened_is_not_negated(text, value):
    assert not _negated(text, value)


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text) for d in found if d.kind == "duration"]


def test_an_absence_is_not_compared_with_a_term_that_was_agreed(tmp_path):
    a = "Smith, who has not played for eight years, returned to the squad on Tuesday."
    b = "Smith signed an eight-year deal with the club on Tuesday and returned to the squad."
    assert _flags(tmp_path, a, b) == []
    # the row is what keeps them apart
    assert _flags(tmp_path, a, b, without=("negated_against_stated",)) != []


def test_two_absences_are_still_compared(tmp_path):
    a = "Smith, who has not played for eight years, returned to the squad on Tuesday."
    b = "Smith, who had not played for six years, returned to the squad on Tuesday."
    assert _flags(tmp_path, a, b) == [("eight years", "six years")]


# A subject that negates the whole clause, at the sentence's start, the figure
# far from it, asides left out (trial 32: "None of the other teams … has been
# reported to have offered more than eight years" was read as an offer of more
# than eight years). With a comparative before the figure the negation makes a
# bound the other way (at most eight years: facts/negbound.py, below); without
# one the figure is negated.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nobody on the council has ever asked for a $5 million budget.", "$5 million"),
        ("No other airline flies 20 routes out of the airport.", "20"),
        (
            "Neither of the rival bidders -- both listed in Hong Kong -- has put €300m on the "
            "table.",
            "€300m",
        ),
        ("No one in the squad (the captain included) has played 100 games for the club.", "100"),
        ("No rival has been reported to have offered a five-year deal.", "five-year"),
    ],
)
def test_a_figure_under_a_negating_subject_is_negated(text, value):
    assert _negated(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "None of the other teams in the sweepstakes -- the Red Sox, Orioles and Nationals "
            "-- has been reported to have offered more than eight years.",
            "eight years",
        ),
        (
            "No other offer (including the one from the Nationals) was thought to be more "
            "than seven years.",
            "seven years",
        ),
        ("No bank was reported to have lent the club more than £40m last year.", "£40m"),
        ("Nobody — not even the organisers — expected more than 5,000 runners.", "5,000"),
    ],
)
def test_a_comparative_under_a_negating_subject_is_a_bound_not_a_negation(text, value):
    from workbench.facts.quantity.detect import find_quantities

    assert not _negated(text, value)
    (hit,) = [m for m in find_quantities(text) if m.text.endswith(value)]
    assert hit.hedge == "up to"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("None of the 40 miners was hurt.", "40"),  # the group counted
        ("No one was hurt when the 12 cars collided on the bridge.", "12"),
        ("Nobody disputes that the plant employs 300 people.", "300"),
        ("No one was hurt, but 30 homes were evacuated.", "30"),
        ("No more than 12 people were hurt in the blast.", "12"),
        ("Nobody has lived in the house since 1998.", "1998"),
        ("No other team came close; the Yankees offered eight years.", "eight years"),
        ("Not one of the 14 ministers spoke.", "14"),
    ],
)
def test_a_figure_beside_a_negating_subject_of_another_clause_is_not_negated(text, value):
    assert not _negated(text, value)
