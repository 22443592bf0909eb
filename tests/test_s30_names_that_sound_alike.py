"""A name written with other letters for the same sound (judge/names.py,
``sounded_alike``). A fresh user trial on ECB+ 32 saw a murdered woman named
"Catherine Gomes" in two reports, "Katherine Gomes" in two and "Kathryn
Gomes" in one, and no finding: the spelling test wanted the same first letter
and at most two letters apart. Cases written for this test: c or k, ch or k,
ph or f, th or t, y or i, a vowel more or less; given names and surnames; and
what stays quiet: different names whose consonants differ, British and
American spellings, given names apart in sentences that say different things."""

from __future__ import annotations

import pytest
from conftest import name_flags

from workbench.judge.names import sounded_alike, spelled_alike
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Catherine", "Katherine"),
        ("Katherine", "Kathryn"),
        ("Carl", "Karl"),
        ("Christine", "Kristine"),
        ("Philip", "Filip"),
        ("Conrad", "Konrad"),
    ],
)
def test_a_given_name_written_two_ways_in_one_claim_is_a_conflict(tmp_path, one, other):
    a = f"The body of {one} Alvarez, 61, was found in the flat on Tuesday, police said.\n"
    b = f"Police said the body of {other} Alvarez, 61, was found in the flat on Tuesday.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {f"{one} Alvarez", f"{other} Alvarez"}
    assert "one spelling is wrong" in d.explanation


@pytest.mark.parametrize(
    ("one", "other"),
    [("Carlsson", "Karlsson"), ("Christensen", "Kristensen"), ("Phelps", "Felps")],
)
def test_a_surname_written_two_ways_is_a_conflict(tmp_path, one, other):
    a = f"The council's report was written by Ingrid {one}, its senior engineer.\n"
    b = f"Ingrid {other}, the council's senior engineer, wrote the report.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {f"Ingrid {one}", f"Ingrid {other}"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Colin", "Kevin"),  # the consonants differ: two people
        ("Carla", "Karen"),
        ("Clark", "Kirk"),
        ("Catalina", "Katarina"),
        ("Simon", "Simone"),  # one is the other and more
        ("Centre", "Center"),  # British and American
        ("Jon", "John"),  # too short to tell
    ],
)
def test_names_that_do_not_sound_alike(one, other):
    assert not sounded_alike(one, other)


@pytest.mark.parametrize(("one", "other"), [("Colin", "Kevin"), ("Carla", "Karen")])
def test_two_people_of_one_family_stay_quiet(tmp_path, one, other):
    a = f"{one} Novak, 34, told reporters she had waited six hours for a bus.\n"
    b = f"{other} Novak, 34, told reporters she had waited six hours for a bus.\n"
    assert name_flags(tmp_path, a, b) == []


def test_given_names_that_sound_alike_in_different_claims_stay_quiet(tmp_path):
    a = (
        "Catherine Brennan chairs the hospital board.\n\n"
        "The hospital opened its new wing on Friday after a two-year delay.\n"
    )
    b = (
        "The new wing of the hospital opened on Friday, two years late.\n\n"
        "Katherine Brennan, a nurse, has worked in the emergency department since 2011.\n"
    )
    assert name_flags(tmp_path, a, b) == []


def test_what_spelled_alike_already_finds_is_unchanged():
    # sounded_alike adds to spelled_alike; it does not replace it
    assert spelled_alike("Hefner", "Heffner") and not spelled_alike("Catherine", "Katherine")
    assert sounded_alike("Catherine", "Katherine")
