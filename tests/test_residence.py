"""Where a named person lives, stated two ways by two sources (judge/residence.py).

Trial 26: "Anthony LaSalle, 36, of Minneapolis" in one report, "of Bloomington"
in four others. Cases written for this test in several shapes: US and British
appositions, an age before the name, a surname alone, a town with its state;
and what must stay quiet: the same town written two ways, two relatives, two
people of one name decades apart in age, an organisation, "from" with no age."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.residence import residences_in
from workbench.model import Claim, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _homes(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, a, b))
    return [d for d in analysis.discrepancies if d.kind == "residence"]


def _claims(*sentences: str) -> list[Claim]:
    out, at = [], 0
    for i, s in enumerate(sentences):
        out.append(Claim(f"c{i}", "a", i, at, at + len(s), s))
        at += len(s) + 1
    return out


@pytest.mark.parametrize(
    ("a", "b", "places"),
    [
        (
            "Police said Anthony LaSalle, 36, of Minneapolis, hit a woman outside the store.\n",
            "Anthony Phillip LaSalle, 36, of Bloomington, was charged with murder on Friday.\n",
            {"Minneapolis", "Bloomington"},
        ),
        (
            "Daniel Okafor, 24, from Leeds, was jailed for six years at the crown court.\n",
            "A court heard that Daniel Okafor, 24, from Bradford, had denied the charge.\n",
            {"Leeds", "Bradford"},
        ),
        (
            "The victim, 71-year-old Margaret McAllister, of Eden Prairie, died at the scene.\n",
            "Margaret McAllister, of St. Cloud, was crossing the road when she was hit.\n",
            {"Eden Prairie", "St. Cloud"},
        ),
        (
            "Officers arrested Carl DeMarco on Tuesday night near the bridge.\n\n"
            "DeMarco, of Springfield, was held without bail.\n",
            "Carl DeMarco, 52, of Shelbyville, was held without bail after the arrest.\n",
            {"Springfield", "Shelbyville"},
        ),
    ],
)
def test_two_towns_for_one_person_are_a_conflict(tmp_path, a, b, places):
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "home_in_two_towns"
    assert {s.text for s in d.sides} == places
    assert "one is wrong" in d.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the same town, written alike or with "St." for "Saint"
            "John Barker, 40, of St. Paul, was arrested on Monday.\n",
            "John Barker, 40, of Saint Paul, appeared in court on Tuesday.\n",
        ),
        (  # two relatives: another given name
            "Mary Ellison, 34, of Dayton, was driving the car.\n",
            "Her brother, Thomas Ellison, 31, of Toledo, was a passenger in the car.\n",
        ),
        (  # one name, two people decades apart in age
            "Robert Hale, 19, of Austin, was the driver.\n",
            "Robert Hale, 58, of Houston, was a witness to the crash.\n",
        ),
        (  # an organisation, not a home
            "Karen Whitfield, of Boston University, said the survey was small.\n",
            "Karen Whitfield, of Cambridge, said the survey was small.\n",
        ),
        (  # a street is no town
            "Alan Pike, 63, of Newton Street, Millom, was found at home.\n",
            "Alan Pike, 63, of Millom, was found at home on Sunday.\n",
        ),
        (  # "from" without an age is not read as a home
            "Peter Lang, from Reuters, asked the first question.\n",
            "Peter Lang, 45, from Vienna, asked the first question.\n",
        ),
    ],
)
def test_what_must_stay_quiet(tmp_path, a, b):
    assert _homes(tmp_path, a, b) == []


def test_the_same_town_is_no_flag(tmp_path):
    a = "Luis Ortega, 29, of Fresno, was taken to hospital.\n"
    b = "Police said Luis Ortega, of Fresno, was taken to hospital with burns.\n"
    assert _homes(tmp_path, a, b) == []


def test_a_town_against_a_state_is_unresolved(tmp_path):
    a = "Dana Whitcombe, 44, of Texas, was among the passengers hurt.\n"
    b = "Dana Whitcombe, 44, of Plano, was among the passengers hurt in the crash.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.UNRESOLVED and d.rule == "home_may_be_inside"


def test_a_town_and_the_state_the_text_puts_it_in_agree(tmp_path):
    a = "Dana Whitcombe, 44, of Plano, Texas, was among the passengers hurt.\n"
    b = "Dana Whitcombe, 44, of Texas, was among the passengers hurt in the crash.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.CONSISTENT and d.rule == "home_inside_the_other"
    assert {s.text for s in d.sides} == {"Plano, Texas", "Texas"}


def test_a_surname_alone_takes_the_articles_one_full_name():
    claims = _claims(
        "Officers stopped Anthony Phillip LaSalle near the store.",
        "LaSalle, of Bloomington, refused to get out of the car.",
    )
    (r,) = residences_in(claims)
    assert (r.given, r.surname, r.town, r.age) == ("anthony", "LaSalle", "Bloomington", None)
    two_people = _claims(
        "Ann Fisher and Paul Fisher were both questioned.",
        "Fisher, of Duluth, was released.",
    )
    assert residences_in(two_people) == []


def test_an_age_before_the_name_counts():
    claims = _claims("Police said 66-year-old LuAnn Marie Johnson, of Burnsville, was hit.")
    (r,) = residences_in(claims)
    assert (r.given, r.surname, r.age, r.text) == ("luann", "Johnson", 66, "Burnsville")


def test_who_lived_in_states_a_home():
    claims = _claims(
        "Raj Chohan, who lived half a mile away in South Ozone Park, died in hospital.",
        "Maria Lopez, 40, who lives in El Paso, Texas, was not hurt.",
    )
    homes = {(r.given, r.town, r.region) for r in residences_in(claims)}
    assert homes == {("raj", "South Ozone Park", ""), ("maria", "El Paso", "Texas")}


@pytest.mark.parametrize(
    ("setting", "wide", "narrow"),
    [
        ("Queens District Attorney Richard Brown said the driver was drunk.", "Queens", "Jamaica"),
        ("The case goes to Brooklyn Supreme Court next month.", "Brooklyn", "Bushwick"),
        ("The borough of Staten Island saw three crashes.", "Staten Island", "Tottenville"),
        ("Kane County prosecutors filed the charges.", "Kane", "Elgin"),
    ],
)
def test_a_place_with_county_offices_may_hold_a_town(tmp_path, setting, wide, narrow):
    a = f"{setting}\n\nHelen Markham, 59, of {wide}, was hit while crossing the road.\n"
    b = f"Helen Markham, 59, of {narrow}, was hit while crossing the road on Friday.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.UNRESOLVED and d.rule == "home_may_be_inside"


def test_two_neighbourhoods_of_a_county_are_still_two_towns(tmp_path):
    a = (
        "Queens District Attorney Richard Brown said the driver was drunk.\n\n"
        "Raj Chohan, who lived in South Ozone Park, was walking to a temple.\n"
    )
    b = "Raj Chohan, 59, of College Point, was walking to a temple on Friday evening.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {"South Ozone Park", "College Point"}


@pytest.mark.parametrize(
    ("sentence", "home"),
    [
        (
            "Anthony LaSalle, a 36-year-old Bloomington man, was arrested.",
            ("anthony", "Bloomington", 36),
        ),
        ("Police named the driver as Dora Kim, a Fort Lee woman.", ("dora", "Fort Lee", None)),
        (
            "Schenectady resident Vishwanand Subryan was held on bail.",
            ("vishwanand", "Schenectady", None),
        ),
        ("Officers said Ray Boyd, a Michigan man, fled.", ("ray", "Michigan", None)),
    ],
)
def test_a_town_man_or_town_resident_states_a_home(sentence, home):
    (r,) = residences_in(_claims(sentence))
    assert (r.given, r.town, r.age) == home


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad, a Pakistani man, was questioned.",
        "Jane Doe, a British woman, said she saw it.",
        "Local resident Tom Reed said the road is dangerous.",
        "Sarah Cole, a Muslim woman, spoke at the vigil.",
        "Ken Ito, a Japanese man, was a passenger.",
    ],
)
def test_who_someone_is_is_not_where_they_live(sentence):
    assert residences_in(_claims(sentence)) == []
