"""A named person's age across whole articles (issue 11, session 13): two
reports of one story that give one named person two ages, in sentences never
aligned, show a conflict; two people of one family, an unnamed person, a
list of versions, and reports months apart do not. Made-up reports."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.ages import age_of

SHARED = (
    "Fire crews were called to the mill on Canal Street shortly after midnight. "
    "The owner said the building had been empty for several months. "
    "Investigators have not yet said how the fire started. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found]

    return run


@pytest.mark.parametrize(
    ("text", "figure", "whose"),
    [
        ("Police arrested Marta Oyelaran, 41, at her home.", "41", ("oyelaran", "marta", 41)),
        ("The 41-year-old Marta Oyelaran was released.", "41-year", ("oyelaran", "marta", 41)),
        ("Oyelaran, 41, was not available for comment.", "41", ("oyelaran", "", 41)),
        ("A 41-year-old Leeds mother was hurt.", "41-year", None),  # a place, not her name
        ("The patch covers IE6, 7, 8 and 9 on Windows XP, Vista, 7 and 8.", "7", None),
        ("In Harlow, 41 were hurt in the crash.", "41", None),  # a count, not an age
    ],
)
def test_whose_age_a_figure_is(text, figure, whose):
    at = text.rindex(figure) if figure == "7" else text.index(figure)
    assert age_of(text, at, at + len(figure)) == whose


def test_two_ages_of_one_named_person_are_a_conflict(flags):
    found = flags(
        "Police arrested the owner, Marta Oyelaran, 41, at her home in Harlow.",
        "Detectives later questioned the 44-year-old Marta Oyelaran about the insurance.",
    )
    assert [(a, b, v, r) for a, b, v, r in found if r == "ages_never_met"] == [
        ("41", "44-year", "conflict", "ages_never_met")
    ]


def test_one_age_told_alike_is_not_shown(flags):
    found = flags(
        "Police arrested the owner, Marta Oyelaran, 41, at her home in Harlow.",
        "Detectives later questioned the 41-year-old Marta Oyelaran about the insurance.",
    )
    assert [r for *_, r in found if r == "ages_never_met"] == []


def test_two_people_of_one_family_are_not_compared(flags):
    found = flags(
        "Police arrested the owner, Marta Oyelaran, 41, at her home in Harlow.",
        "Detectives later questioned her brother, Tomas Oyelaran, 38, about the insurance.",
    )
    assert [r for *_, r in found if r == "ages_never_met"] == []


def test_ages_in_reports_months_apart_are_not_compared(flags):
    found = flags(
        "Police arrested the owner, Marta Oyelaran, 41, at her home in Harlow.",
        "Detectives later questioned the 42-year-old Marta Oyelaran about the insurance.",
        days=("2024-03-04", "2024-09-20"),
    )
    assert [r for *_, r in found if r.startswith("ages")] == []


@pytest.fixture
def pair(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.explanation)
            for d in analyze_paths(paths).discrepancies
        ]

    return run


def test_an_age_in_two_forms_in_aligned_sentences_is_compared(pair):
    found = pair(
        "The 52-year-old Petra Lund was charged on Monday with two counts of fraud.",
        "Petra Lund, 53, was charged on Monday with two counts of fraud.",
    )
    assert [(a, b, v) for a, b, v, _ in found] == [("52-year", "53", "conflict")]
    assert "age of Petra Lund" in found[0][3]


def test_ages_of_two_people_in_aligned_sentences_are_not_compared(pair):
    found = pair(
        "Karl Weiss, 31, was charged on Monday with the theft of a neighbour's car.",
        "Ilse Brandt, 29, was charged on Monday with the theft of a neighbour's car.",
    )
    assert [v for _, _, v, _ in found if v == "conflict"] == []


def test_an_age_in_aligned_sentences_names_whose_it_is(pair):
    found = pair(
        "The owner, Ann Vale, 63, was hurt by her tenant, Rob Kerr, 41, police said.",
        "Rob Kerr, 45, hurt the owner, Ann Vale, 63, police said on Friday.",
    )
    assert [(a, b, v) for a, b, v, _ in found] == [("41", "45", "conflict")]
    assert "of Kerr" in found[0][3]
