"""Two people sharing a surname are two owners (issue 11, cause 4; session 42,
user trial 49: a sister's age, 20, held against her brother's, 23, "of
Jenkin"). Made-up sentences: ages, sentences, salaries, scores, two brothers
in one team."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.namesakes import namesakes_apart, person_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _span(text: str, figure: str) -> tuple[int, int]:
    at = text.index(figure)
    return at, at + len(figure)


def _apart(a: str, fa: str, b: str, fb: str) -> bool:
    return namesakes_apart(a, _span(a, fa), b, _span(b, fb))


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb"),
    [
        (  # two ages: a sister's and a brother's
            "The bodies of Ada Marsh, 58, and Helen Orrin, 19, were found on Friday.",
            "19",
            "Police arrested Colin Orrin, 26, at the house on Friday.",
            "26",
        ),
        (  # "N-year-old Name" against "Name, N"
            "The 31-year-old Peter Voss was named as the victim.",
            "31-year",
            "Hanna Voss, 29, his wife, was not hurt in the attack.",
            "29",
        ),
        (  # two brothers' sentences
            "Dean Hollis was jailed for nine years at Leeds Crown Court.",
            "nine",
            "His brother Gary Hollis was jailed for six years.",
            "six",
        ),
        (  # a family firm's salaries
            "Richard Baines earns $450,000 a year as chief executive.",
            "$450,000",
            "Laura Baines earns $310,000 a year as finance director.",
            "$310,000",
        ),
        (  # two brothers in one team
            "Tom Marlow took four wickets as Surrey won by 40 runs.",
            "four",
            "Ben Marlow took two wickets as Surrey won by 40 runs.",
            "two",
        ),
        (  # a bare surname its sentence ties to the brother, against the sister
            "Colin Orrin was charged on Sunday; Orrin, 26, will appear in court.",
            "26",
            "Helen Orrin, 19, was a student in Leeds.",
            "19",
        ),
        (  # a bare surname beside two namesakes, tied to neither
            "Mr Orrin, 26, is accused of killing Ada Marsh and Helen Orrin and Colin Orrin.",
            "26",
            "Helen Orrin, 19, was a student in Leeds.",
            "19",
        ),
    ],
)
def test_figures_of_two_namesakes_are_apart(a, fa, b, fb):
    assert _apart(a, fa, b, fb)
    assert _apart(b, fb, a, fa)


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb"),
    [
        (  # one person's age told twice
            "Police arrested Colin Orrin, 26, at the house.",
            "26",
            "Colin Orrin, 25, appeared before magistrates on Monday.",
            "25",
        ),
        (  # a short form of one given name
            "Kathryn Orrin, 19, was a student.",
            "19",
            "Her daughter Kath Orrin, 20, was found upstairs.",
            "20",
        ),
        (  # an initial
            "C. Orrin, 26, was charged.",
            "26",
            "Colin Orrin, 25, appeared before magistrates.",
            "25",
        ),
        (  # a bare surname tied to the one full name before it
            "Colin Orrin was arrested; Orrin, 25, lives in Leeds.",
            "25",
            "Police arrested Colin Orrin, 26, at the house.",
            "26",
        ),
        (  # different surnames are another row's
            "Dean Hollis was jailed for nine years.",
            "nine",
            "Gary Parks was jailed for six years.",
            "six",
        ),
    ],
)
def test_one_persons_figures_are_not_told_apart_by_name(a, fa, b, fb):
    assert not _apart(a, fa, b, fb)


@pytest.mark.parametrize(
    ("text", "figure", "person"),
    [
        ("Unemployed Colin Orrin, 26, was arrested.", "26", ("colin", "orrin")),
        ("His brother Gary Hollis was jailed for six years.", "six", ("gary", "hollis")),
        ("Mr Orrin, 26, was arrested.", "26", ("", "orrin")),
        ("Colin Orrin was arrested; Orrin, 25, lives in Leeds.", "25", ("colin", "orrin")),
    ],
)
def test_whose_figure(text, figure, person):
    assert person_of(text, *_span(text, figure)) == person


@pytest.fixture
def numbers(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


def test_a_sisters_age_is_no_conflict_with_her_brothers(numbers):
    a = (
        "Colin Orrin is charged with the murders of Ada Marsh, 58, and Helen Orrin, 19, "
        "at their house in Leeds."
    )
    b = "Colin Orrin, 26, of Kirk Street, Leeds, was arrested on Saturday morning."
    assert [d for d in numbers(a, b) if d[2] == "conflict"] == []


def test_one_persons_two_ages_are_still_a_conflict(numbers):
    a = "Colin Orrin, 26, of Kirk Street, Leeds, was arrested on Saturday morning."
    b = "Colin Orrin, 24, of Kirk Street, Leeds, was arrested on Saturday morning."
    assert ("26", "24", "conflict") in numbers(a, b)


def test_the_name_after_an_age_is_its_owner_not_a_namesake_before():
    text = "Helen McOrrin's brother, the 26-year-old Colin McOrrin, was arrested."
    assert person_of(text, *_span(text, "26-year")) == ("colin", "mcorrin")


def test_an_organisations_name_is_no_person():
    a = "Coast Guard officers stopped the vessel about 30 miles off Key West."
    b = "The US Coast Guard intercepted the boat some 50km off Key West."
    assert not _apart(a, "30 miles", b, "50km")


# session 42 (lead, after merging eng157): a descriptor before a name, a middle name
# and common short forms are one person's given name, not a namesake's
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Harlow, 54, was fined", "Thomas Harlow, 54, was fined"),
        ("Former chairman Bill Osgood, 71, was jailed", "William Osgood, 71, was jailed"),
        ("Detective Sergeant Ed Marsh, 46, said", "Edward Marsh, 46, said"),
        ("Veteran Peggy Lund, 88, said", "Margaret Lund, 88, said"),
        ("John Paul Fenwick, 33, was charged", "Paul Fenwick, 33, was charged"),
    ],
)
def test_one_person_written_two_ways_is_no_namesake(a, b):
    fa = next(w for w in a.replace(",", " ").split() if w.isdigit())
    fb = next(w for w in b.replace(",", " ").split() if w.isdigit())
    assert not _apart(a, fa, b, fb)


def test_two_given_names_behind_one_descriptor_are_still_two_people():
    assert _apart(
        "Former coach Tom Harlow, 54, was fined", "54", "His son Sam Harlow, 23, was fined", "23"
    )
