"""What a figure measures, read from its clause (issue 11, session 13): a
change belongs to the thing that changed ("profit rose" / "revenue rose"),
and the whole of a share is not the count of its part. Made-up sentences."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


def _thing(text: str, figure: str) -> str:
    at = text.index(figure)
    return measure_of(text, at, at + len(figure)).thing


@pytest.mark.parametrize(
    ("text", "figure", "thing"),
    [
        ("The firm said profit rose 12% to $4.1 billion.", "12%", "profit"),
        ("The firm said profit rose 12% to $4.1 billion.", "$4.1 billion", "profit"),
        ("Exports fell 3% in May while imports jumped 9%.", "9%", "imports"),
        ("It rose 12% to $4.1 billion.", "12%", ""),
        ("The index closed at 4,100 points on Friday.", "4,100", ""),
    ],
)
def test_the_thing_a_change_is_of(text, figure, thing):
    assert _thing(text, figure) == thing


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The brewer said profit rose 12% to $4.1 billion in the quarter.",
            "The brewer said revenue rose 8% to $20.3 billion in the quarter.",
        ),
        (
            "Ridership climbed 14% last year as the new line opened, the agency said.",
            "Fares climbed 6% last year as the new line opened, the agency said.",
        ),
    ],
)
def test_changes_of_different_things_are_not_compared(flags, a, b):
    assert [v for *_, v in flags(a, b) if v == "conflict"] == []


def test_a_change_of_one_thing_told_differently_is_still_a_conflict(flags):
    found = flags(
        "The brewer said profit rose 12% to $4.1 billion in the quarter.",
        "The brewer said quarterly profit rose 15% to $4.1 billion.",
    )
    assert ("12%", "15%", "conflict") in found


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("Police said 12 people were arrested, eight of them charged.", "eight", "share"),
        ("Two of the four victims died in hospital.", "four", "whole"),
        ("Two of the four victims died in hospital.", "Two", "share"),
        ("Most of the 300 staff went home early.", "300", "whole"),
        ("Police said 12 people were arrested on Friday.", "12", "level"),
        ("The four victims were taken to hospital.", "four", "level"),
        ("Some of the $40 billion fund will go to the carmakers.", "$40 billion", "level"),
        ("About 900 feet of the coast road was washed away.", "900 feet", "level"),
    ],
)
def test_some_of_a_group_and_the_group(text, figure, role):
    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).role == role


def test_a_share_does_not_take_the_place_of_the_count(flags):
    found = flags(
        "Police said 12 people were arrested, eight of them charged.",
        "Police said eight people were arrested after the clashes.",
    )
    assert ("12", "eight", "conflict") in found


def test_the_group_a_share_is_of_is_not_a_count_told_otherwise(flags):
    found = flags(
        "Two of the four victims died in hospital, police said on Monday.",
        "Police said on Monday that three victims were still in hospital.",
    )
    assert [v for *_, v in found if v == "conflict"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Health officials reported 1,200 cases in Marlow County on Tuesday.",
            "Health officials reported 3,400 cases in Vennland on Tuesday.",
        ),
        (
            "The floods killed 12 people in Tarsa and injured dozens more.",
            "The floods killed 40 people across the province of Oskor and injured dozens more.",
        ),
    ],
)
def test_counts_made_in_different_named_places_are_not_compared(flags, a, b):
    assert [v for *_, v in flags(a, b) if v == "conflict"] == []


def test_one_place_named_on_both_sides_is_still_compared(flags):
    found = flags(
        "The floods killed 12 people in Tarsa and injured dozens more.",
        "The floods killed 15 people in Tarsa on Sunday and injured dozens more.",
    )
    assert ("12", "15", "conflict") in found


def test_one_day_of_two_named_things_is_not_shown(tmp_path):
    def run(a, b, without=()):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        with judge.rules.without(*without):
            found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.verdict.value) for d in found if d.kind == "date"]

    a = "Carrier Velo said online orders for the Orbis 5 phone were pushed back to May 14."
    b = "Carrier Velo said online orders for the Quill tablet will start on May 14th."
    assert run(a, b) == []
    assert [v for _, v in run(a, b, ("days_of_things_named_apart",))] == ["consistent"]
    # one thing named alike on both sides is still shown
    c = "Carrier Velo said online orders for the Quill tablet were pushed back to May 14."
    assert [v for _, v in run(c, b)] == ["consistent"]
