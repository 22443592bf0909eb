"""Session 43 (eng161, issue 11): two slips held-out readers found left unjudged.

- Transposed digits never compared: "Seventeen people were admitted to
  hospital" / "71 were taken to hospital". Two figures written with the same
  digits, two neighbours swapped, are read as one figure mistyped and compared
  below the conflict floor (judge/transposed.py); a count spelled out was read
  as having no digits at all, so the slip went unseen when one report spelled it.
- A wrong record year: "the course record set in 2011" / "the course record,
  which Mary Keitany had set in 2013". The year an old record was set is a date
  of an earlier happening (facts/background.py); told with its holder before
  "had set", or as "Jones had set the stadium record in 2016", it was read as the
  story's own and set apart from the other report's year.

Each case is our own pair of reports.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.facts.background import earlier_happening


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str):
    found = analyze(load_articles(pair(tmp_path, a, b))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found]


def _conflicts(tmp_path, a: str, b: str, figures: tuple[str, str]):
    return [
        v for v, why in _flags(tmp_path, a, b) if v == "conflict" and all(f in why for f in figures)
    ]


FIRE = "A fire tore through a warehouse in Leeds on Tuesday night. {} Firefighters fought on."
FIRE_B = "A fire tore through a Leeds warehouse on Tuesday night. {} Firefighters fought on."
STORM = "Storms swept the coast on Monday. {} Roads were closed."
RIOT = "Riots broke out in the city centre on Friday. {} Shops were looted."
FERRY = "A ferry ran aground off Skye on Saturday. {} Nobody was hurt."
BLAST = "A gas explosion wrecked flats in Salford on Sunday. {} Engineers inspected the building."

TRANSPOSED = [
    (
        FIRE.format("Seventeen people were admitted to hospital, officials said."),
        FIRE_B.format("Officials said 71 were taken to hospital with smoke inhalation."),
        ("17", "71"),
    ),
    (
        BLAST.format("Seventeen residents were admitted to hospital."),
        BLAST.format("The council said 71 residents needed hospital care after the blast."),
        ("17", "71"),
    ),
    (
        STORM.format("Thirteen homes were flooded, the council said."),
        STORM.format("The council said water had entered 31 homes along the seafront."),
        ("13", "31"),
    ),
    (
        RIOT.format("Thirty-eight people were arrested, police said."),
        RIOT.format("Police said officers made 83 arrests during the night of disorder."),
        ("38", "83"),
    ),
    (
        FERRY.format("Forty-six passengers were rescued, the coastguard said."),
        FERRY.format("The coastguard said lifeboat crews brought 64 passengers safely ashore."),
        ("46", "64"),
    ),
    (
        FIRE.format("Twelve people were taken to hospital, police said."),
        FIRE_B.format("Paramedics said 21 were treated in hospital for their injuries."),
        ("12", "21"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), TRANSPOSED)
def test_transposed_digits_of_a_spelled_count_are_one_figure_mistyped(tmp_path, a, b, figures):
    assert _conflicts(tmp_path, a, b, figures), _flags(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        # the same figure, spelled and written
        (
            FIRE.format("Seventeen people were admitted to hospital, officials said."),
            FIRE_B.format("Officials said 17 were taken to hospital with smoke inhalation."),
            ("17", "17"),
        ),
        # other digits: no slip, below the floor as before
        (
            FIRE.format("Seventeen people were admitted to hospital, officials said."),
            FIRE_B.format("Officials said 27 were taken to hospital with smoke inhalation."),
            ("17", "27"),
        ),
        (
            STORM.format("Thirteen homes were flooded, the council said."),
            STORM.format("The council said water had entered 35 homes along the seafront."),
            ("13", "35"),
        ),
        # another count: the firefighters sent, not the people taken to hospital
        (
            FIRE.format("Seventeen people were admitted to hospital, officials said."),
            FIRE_B.format("Officials said 71 firefighters were sent to the scene."),
            ("17", "71"),
        ),
    ],
)
def test_figures_that_are_no_slip_are_not_made_one(tmp_path, a, b, figures):
    assert _conflicts(tmp_path, a, b, figures) == []


RECORD_YEARS = [
    (
        "Her time broke the course record set in 2011 by Mary Keitany.",
        "She beat the course record, which Mary Keitany had set in 2013.",
        ("2011", "2013"),
    ),
    (
        "The stadium record, set by Jones in 2015, fell on Sunday.",
        "Jones had set the stadium record in 2016.",
        ("2015", "2016"),
    ),
    (
        "Keitany, who set the course record in 2013, finished third.",
        "Keitany, whose course record had stood since 2011, finished third.",
        ("2013", "2011"),
    ),
    (
        "The relay team broke the national record that Britain had set in 2009.",
        "The relay team broke the national record set by Britain in 2008.",
        ("2009", "2008"),
    ),
    (
        "Lind broke the world record that Ahmed had set in 2019 on Saturday.",
        "Lind's swim broke the world record, which Ahmed had set in 2021, on Saturday.",
        ("2019", "2021"),
    ),
    (
        "Diaz, who had set the club record in 2004, watched from the stands.",
        "Diaz, whose club record had stood since 2006, watched from the stands.",
        ("2004", "2006"),
    ),
]


@pytest.mark.parametrize(("a", "b", "years"), RECORD_YEARS)
def test_an_old_records_year_told_two_ways_is_a_conflict(tmp_path, a, b, years):
    assert _conflicts(tmp_path, a, b, years), _flags(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Her time broke the course record set in 2011 by Mary Keitany.",
            "She beat the course record, which Mary Keitany had set in 2011.",
        ),
        # two records: the women's course record, the men's
        (
            "Her time broke the course record set in 2011 by Mary Keitany.",
            "Kiprop, whose men's record had stood since 2013, was fourth.",
        ),
        # a new record's day against the old one's year
        (
            "She set a new course record on Sunday, breaking the mark set in 2011.",
            "The previous course record was set in 2011 by Keitany.",
        ),
        (
            "Keitany, who set the course record in 2011, won again on Sunday.",
            "Keitany won the race on Sunday in 2:19:40.",
        ),
    ],
)
def test_record_years_that_agree_or_are_of_other_records_are_no_conflict(tmp_path, a, b):
    assert [v for v, _ in _flags(tmp_path, a, b) if v == "conflict"] == []


@pytest.mark.parametrize(
    ("sentence", "year", "earlier"),
    [
        ("She beat the course record, which Mary Keitany had set in 2013.", "2013", True),
        ("Jones had set the stadium record in 2016.", "2016", True),
        ("Keitany, who set the course record in 2013, was third.", "2013", True),
        ("The previous course record of 2:17:01 had stood since 2013.", "2013", True),
        ("Jones has set a new stadium record in 2024.", "2024", False),
        ("The firm had set a target in 2019.", "2019", False),
    ],
)
def test_the_year_a_record_was_set_by_its_holder(sentence, year, earlier):
    at = sentence.index(year)
    assert earlier_happening(sentence, at, at + len(year)) is earlier
