"""Which value goes with which (issue 11, session 12): a one-to-one
assignment over the candidate pairs of two aligned claims (judge/assign.py),
instead of taking the most agreeable pair first and letting it use up
another value's partner."""

from dataclasses import replace

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import Measure
from workbench.judge.assign import Candidate, chosen, likeness
from workbench.thresholds import DEFAULT

T = DEFAULT.judge
IDENTICAL, CONSISTENT, UNRESOLVED, CONFLICT = range(4)


def c(left, right, rank, like=0, context=0.5):
    return Candidate(left, right, like, rank, context)


def test_a_pair_taken_first_does_not_use_up_a_partner():
    # x1 agrees with y1 best, but x2 agrees only with y1 while x1 also agrees with y2
    cands = [
        c("x1", "y1", IDENTICAL, context=0.9),
        c("x2", "y1", IDENTICAL, context=0.5),
        c("x1", "y2", CONSISTENT, context=0.5),
    ]
    assert chosen(cands, T) == {("x2", "y1"), ("x1", "y2")}


def test_one_value_stated_alike_beats_two_agreements():
    # 'at 7am on Friday' / 'at 9am on Friday': the two Fridays pair, and so do the
    # clock times, rather than each Friday with the other's time
    cands = [
        c("friday_a", "friday_b", IDENTICAL),
        c("7am", "friday_b", CONSISTENT),
        c("friday_a", "9am", CONSISTENT),
        c("7am", "9am", CONFLICT),
    ]
    assert chosen(cands, T) == {("friday_a", "friday_b"), ("7am", "9am")}


def test_among_differences_the_values_that_measure_alike_pair():
    cands = [c("x1", "y1", CONFLICT, like=0, context=0.9), c("x1", "y2", CONFLICT, like=2)]
    assert chosen(cands, T) == {("x1", "y2")}


def test_more_conflicts_make_no_assignment_better():
    cands = [
        c("x1", "y1", CONFLICT, like=2),
        c("x1", "y2", CONFLICT),
        c("x2", "y1", CONFLICT),
    ]
    assert chosen(cands, T) == {("x1", "y1")}


def test_claims_with_too_many_values_are_paired_greedily():
    cands = [c(f"x{i}", f"y{i}", CONSISTENT) for i in range(4)]
    assert chosen(cands, replace(T, assign_max_values=3)) == set()
    assert len(chosen(cands, T)) == 4


@pytest.mark.parametrize(
    ("a", "b", "same_kind", "counted", "want"),
    [
        (Measure(), Measure(), True, False, 1),
        (Measure(event="killed"), Measure(event="killed"), True, True, 3),
        (Measure(event="killed"), Measure(event="injured"), True, False, 1),
        (Measure(reference=("dunmore",)), Measure(reference=("dunmore",)), False, False, 1),
        (Measure(scope="season"), Measure(scope="season"), True, False, 2),
        (Measure(place="state"), Measure(place="county"), True, False, 1),
        (Measure(), Measure(), False, False, 0),
    ],
)
def test_likeness_counts_what_both_say_alike(a, b, same_kind, counted, want):
    assert likeness(same_kind, counted, a, b) == want


def test_a_real_difference_is_not_hidden_by_two_agreements(tmp_path, monkeypatch):
    # an assignment that summed agreements paired each Tuesday with the other's time
    # (two consistent flags) and lost this conflict (session 12, while building it)
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "The bus left at 6am on Tuesday."),
        write(
            tmp_path,
            "b.md",
            front.format("Gazette") + "The bus, which left at 8am on Tuesday, was full.",
        ),
    ]
    found = analyze_paths(paths).discrepancies
    assert [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found] == [
        ("6am", "8am", "conflict")
    ]
