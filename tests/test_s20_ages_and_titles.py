"""Whose age, and a person's title stated two ways (issue 11, trial 30). Made-up sentences.

- an age belongs to the person it describes (the name right after
  "N-year-old", the name before ", N,"): ages of different people are never
  compared, and "then-15-year-old" is an age at another time than the story's;
- a title before a full name (or in apposition after it) is compared for one
  person across sources (judge/titles.py).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.ages import age_owner, age_then, ages_apart, described_apart
from workbench.judge.titles import read_title, same_given


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, kind: str | None = None):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value)
            for d in found
            if kind is None or d.kind == kind
        ]

    return run


def _span(text: str, figure: str) -> tuple[int, int]:
    at = text.index(figure)
    return at, at + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Gunmen killed 10-year-old Nadia Perl last May.", "10-year", {"nadia", "perl"}),
        ("Counsel said then- 15-year-old Vance was at the scene.", "15-year", {"vance"}),
        ("Counsel said then-15-year-old Vance was at the scene.", "15-year", {"vance"}),
        ("Nora Pike, 10, was hit.", "10", {"nora", "pike"}),
        ("The 19-year-old Marek Olsen, who fled, was held.", "19-year", {"marek", "olsen"}),
        ("A 52-year-old Denver teacher was hurt.", "52-year", set()),
        ("A 7-year-old boy was hurt.", "7-year", set()),
    ],
)
def test_an_age_belongs_to_the_person_it_names(text, figure, owner):
    assert age_owner(text, *_span(text, figure)) == owner


@pytest.mark.parametrize(
    ("text", "figure", "then"),
    [
        ("Counsel said then-15-year-old Vance was armed.", "15-year", True),
        ("The then 42-year-old mayor resigned.", "42-year", True),
        ("The 16-year-old Vance was armed.", "16-year", False),
        ("They saw 3 cars and then 15 more.", "15", False),
    ],
)
def test_an_age_then_is_read(text, figure, then):
    assert age_then(text, *_span(text, figure)) is then


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "why"),
    [
        # the victim and the defendant, each way of writing an age
        ("killed 10-year-old Nadia Perl", "10-year", "then-15-year-old Vance", "15-year", "owner"),
        ("Nadia Perl, 10, was killed.", "10", "the 16-year-old Vance was held", "16-year", "owner"),
        # one person then and now
        ("then-15-year-old Vance ran", "15-year", "16-year-old Vance ran", "16-year", "then"),
        # one person, two ages: still compared
        ("16-year-old Vance ran", "16-year", "17-year-old Vance ran", "17-year", ""),
        ("Kurt Vance, 16, was held.", "16", "the 17-year-old Vance was held", "17-year", ""),
    ],
)  # fmt: skip
def test_ages_of_two_people_or_two_times_are_apart(a, fa, b, fb, why):
    assert ages_apart(a, _span(a, fa), b, _span(b, fb)) == why


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "apart"),
    [
        # a description between the age and the name: still that person's age
        ("36-year-old champion Doran kept", "36-year", "beat 40-year-old Tolley", "40-year", True),
        ("the 40-year-old ex-champion Tolley", "40-year", "the 36-year-old Doran", "36-year", True),
        ("29-year-old striker Ian Kemp", "29-year", "31-year-old goalie Al Vale", "31-year", True),
        ("his 12-year-old son Tom Reyes", "12-year", "the 13-year-old Tom Reyes", "13-year", False),
        # a place after the description names no one
        ("a 25-year-old man from Dayton", "25-year", "the 26-year-old Lee", "26-year", False),
    ],
)  # fmt: skip
def test_a_description_before_the_name_keeps_whose_age(a, fa, b, fb, apart):
    assert ages_apart(a, _span(a, fa), b, _span(b, fb)) == ("owner" if apart else "")
    assert described_apart(a, _span(a, fa), b, _span(b, fb)) == apart


def test_an_age_then_is_not_held_against_an_age_now(flags):
    a = "Counsel Ruth Hale said then-15-year-old Vance fired at the house on Elm Street in May."
    b = "Counsel Ruth Hale said 16-year-old Vance fired at the house on Elm Street in May."
    assert [f for f in flags(a, b) if f[2] == "conflict"] == []
    c = "Counsel Ruth Hale said 17-year-old Vance fired at the house on Elm Street in May."
    assert ("16-year", "17-year", "conflict") in flags(b, c)


def test_the_victims_age_is_not_the_defendants(flags):
    a = "The trial opened of the teen accused of killing 10-year-old Nadia Perl last May in Troy."
    b = "Counsel said then-15-year-old Vance was at the scene of the killing in Troy last May."
    assert [f for f in flags(a, b) if f[2] == "conflict"] == []


@pytest.mark.parametrize(
    ("words", "office", "ranks"),
    [
        ("Assistant District Attorney", "district attorney", ("assistant",)),
        ("Albany County District Attorney", "district attorney", ()),
        ("Deputy Public Defender", "public defender", ("deputy",)),
        ("Lt. Col.", "colonel", ("lieutenant",)),
        ("Maj. Gen.", "general", ("major",)),
        ("Staff Sgt.", "sergeant", ("staff",)),
        ("U.S. District Judge", "judge", ()),
        ("Police Chief", "chief", ()),
        ("Vice President", "president", ("vice",)),
        ("Chief Financial Officer", "chief financial officer", ()),
        ("Sheriff's Deputy Sgt.", "sergeant", ()),  # a sheriff's deputy, a sergeant
        ("Supreme Court Justice", "judge", ()),  # one judicial office
        ("defense attorney", None, None),
        ("prosecutor", None, None),
    ],
)
def test_a_title_is_an_office_and_its_ranks(words, office, ranks):
    read = read_title(words.split())
    assert (read[:2] if read else (None, None)) == (office, ranks)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("dave", "david", True), ("bill", "william", True), ("jim", "james", True),
     ("david", "daniel", False), ("john", "james", False)],
)  # fmt: skip
def test_given_names_agree_by_nickname(a, b, same):
    assert same_given(a, b) is same


_ROSSI = "{} David Rossa asked the witness about the gun on the stand in the Troy courtroom."


def test_a_rank_that_differs_is_a_conflict(flags):
    a = _ROSSI.format("Assistant District Attorney")
    b = _ROSSI.format("Troy County District Attorney").replace("David", "Dave")
    found = flags(a, b, "title")
    assert found == [("Assistant District Attorney", "Troy County District Attorney", "conflict")]
    c = "Lt. Col. Ana Ruiz led the patrol into the valley on Monday."
    d = "Col. Ana Ruiz led the patrol into the valley on Monday."
    assert [f[2] for f in flags(c, d, "title")] == ["conflict"]
    e = "Sgt. Ana Ruiz led the patrol into the valley on Monday."
    assert [f[2] for f in flags(c, e, "title")] == ["conflict"]


def test_a_loose_title_inside_a_ranked_one_agrees(flags):
    a = "Deputy Public Defender Pete Lyle asked the witness about the gun."
    b = "In court, public defender Peter Lyle asked the witness about the gun."
    # an agreement: nothing to review (agreements of a title are not listed)
    assert [f[2] for f in flags(a, b, "title") if f[2] != "consistent"] == []
    c = "Assistant District Attorney Mara Quist told the jury the shot came from the car."
    d = "The shot came from the car, district attorney Mara Quist told the jury."
    assert [f[2] for f in flags(c, d, "title") if f[2] != "consistent"] == []
    # the same pair with the rank written out on both sides still differs
    e = "The shot came from the car, District Attorney Mara Quist told the jury."
    assert [f[2] for f in flags(c, e, "title")] == ["conflict"]


def test_one_title_written_two_ways_is_no_flag(flags):
    a = "Albany County District Attorney Mia Soles announced a gun buyback."
    b = "District Attorney Mia Soles announced a gun buyback in Albany."
    assert flags(a, b, "title") == []
    # a description is no title; another person is not compared
    c = "Defense attorney Mia Soles announced a gun buyback in Albany."
    d = "District Attorney Kim Soles announced a gun buyback in Albany."
    assert flags(a, c, "title") == [] and flags(a, d, "title") == []
    # a title at another time is not read
    e = "Former Assistant District Attorney Mia Soles announced a gun buyback."
    assert flags(a, e, "title") == []
    # in apposition after the name
    f = "Mia Soles, the assistant district attorney, announced a gun buyback."
    assert [x[2] for x in flags(a, f, "title")] == ["conflict"]


def test_two_offices_are_no_flag(flags):
    a = "Judge Omar Field ruled on the motion to move the trial from Troy."
    b = "Mayor Omar Field ruled on the motion to move the trial from Troy."
    assert flags(a, b, "title") == []
    c = "Chairman Lena Ford said the company would cut 300 jobs."
    d = "Chief Executive Lena Ford said the company would cut 300 jobs."
    assert flags(c, d, "title") == []
    # but two ranks of one ladder are
    e = "Capt. Lena Ford said the unit would cut 300 jobs."
    f = "Maj. Lena Ford said the unit would cut 300 jobs."
    assert [x[2] for x in flags(e, f, "title")] == ["conflict"]
