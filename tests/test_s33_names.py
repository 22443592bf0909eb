"""A surname one letter longer in one report (judge/names.py, ``lengthened``).

A fresh user read the eleven ECB+ reports of two climbers' deaths at Mt Cook
(event 23_ecbplus): the first man is "Duncan Rait" in most and "Duncan Raite"
in two, and no flag. The spelling test left out any spelling that is a prefix
of the other (plurals, "Jack"/"Jackie"), so a surname with an 'e' added
("Clark"/"Clarke") or its last letter doubled ("Mitchel"/"Mitchell") was
never compared. Cases written for this test: other names, an 'e' added or
dropped, a last letter doubled, the given name the same; and what stays
quiet: a given name one letter longer (another person, "Louis"/"Louise"), an
added 's' (a plural), two different people with alike names ("Ryan"/"Bryan",
"Lee"/"Li", two brothers), a surname two letters longer."""

from __future__ import annotations

import pytest
from conftest import name_flags

from workbench.judge.names import lengthened
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("given", "one", "other"),
    [
        ("Duncan", "Rait", "Raite"),  # the reported case, ECB+ 23
        ("Helen", "Clarke", "Clark"),  # an 'e' dropped
        ("Marcus", "Brown", "Browne"),
        ("Ingrid", "Lock", "Locke"),
        ("Tomasz", "Mitchel", "Mitchell"),  # the last letter doubled
        ("Aisha", "Bennett", "Bennet"),  # or written once
        ("Pablo", "Farrel", "Farrell"),
    ],
)
def test_a_surname_one_letter_longer_is_a_conflict(tmp_path, given, one, other):
    a = f"On Friday, 36-year-old {given} {one} died after falling 60 metres from a ridge.\n"
    b = f"The day before, {given} {other}, 36, fell about 200ft from a ridge and died.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {f"{given} {one}", f"{given} {other}"}
    assert "one spelling is wrong" in d.explanation


def test_a_longer_surname_in_sentences_that_say_other_things(tmp_path):
    # the given name agrees: one person, wherever the two reports name him
    a = "Gareth Locke, a builder from Leeds, was named on Monday as the man who died.\n"
    b = "The inquest heard that the crane had been checked a week earlier by Gareth Lock.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert {s.text for s in d.sides} == {"Gareth Locke", "Gareth Lock"}


def test_a_middle_name_in_one_report_only(tmp_path):
    a = "Duncan Robert Rait, a native of Nelson living in Melbourne, was with a ski group.\n"
    b = "On Friday, 36-year-old Duncan Raite died after slipping from a ridge.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert {s.text for s in d.sides} == {"Duncan Robert Rait", "Duncan Raite"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a given name one letter longer: another person
        (
            "Louis Martin, 17, was treated for a broken arm, police said.\n",
            "Louise Martin, 17, was treated for a broken arm at the scene, police said.\n",
        ),
        # an added 's' is a plural, not a misspelling
        (
            "The Winter Olympic champion crashed in training on Tuesday.\n",
            "The Winter Olympics champion crashed in training on Tuesday.\n",
        ),
        # two people whose names look alike
        (
            "Ryan Walsh, the club's captain, scored twice in the second half.\n",
            "Bryan Walsh, the club's captain, scored twice in the second half.\n",
        ),
        (
            "Police spoke to Min Lee, who owns the shop, on Saturday morning.\n",
            "Police spoke to Min Li, who owns the shop, on Saturday morning.\n",
        ),
        # two brothers
        (
            "Mark Kelly flew the shuttle on its last mission in May.\n",
            "Scott Kelly spent a year on the space station before retiring.\n",
        ),
        # a surname two letters longer is another name
        (
            "The report was written by Ingrid Mann, the council's engineer.\n",
            "Ingrid Manners, the council's engineer, wrote the report.\n",
        ),
    ],
)
def test_names_that_are_not_one_spelled_two_ways_stay_quiet(tmp_path, a, b):
    assert name_flags(tmp_path, a, b) == []


def test_an_article_writing_both_spellings_is_left_to_itself(tmp_path):
    # it corrects itself, or names two people: no flag against the other report
    a = "Duncan Rait died on Friday. Climbers tried to rescue Raite on the glacier.\n"
    b = "On Friday, 36-year-old Duncan Raite died after slipping from a ridge.\n"
    assert name_flags(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("Rait", "Raite", True),
        ("Raite", "Rait", True),
        ("Cooke", "Cook", True),
        ("Russel", "Russell", True),
        ("Müller", "Muellere", False),  # house style, then two letters
        ("Smith", "Smiths", False),  # a plural
        ("Low", "Lowe", False),  # three letters: too short to tell
        ("Mann", "Manning", False),
        ("Centre", "Center", False),
        ("Hefner", "Heffner", False),  # no prefix: spelled_alike's case
    ],
)
def test_lengthened(one, other, alike):
    assert lengthened(one, other) is alike
