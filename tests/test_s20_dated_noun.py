"""A date inside a noun phrase dates that noun, not its clause's verb (issue 11,
session 20: "sentenced Saturday ... for his deadly 2005 rampage"). Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.dated_noun import noun_dated
from workbench.facts.measure import dated_event_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _at(sentence: str, value: str) -> tuple[str, int, int]:
    i = sentence.index(value)
    return sentence, i, i + len(value)


@pytest.mark.parametrize(
    ("sentence", "value", "dates"),
    [
        ("A court tossed out a 2008 conviction against the pastor.", "2008", "convicted"),
        ("She was jailed for the June 3, 2011, robbery of a bank.", "June 3, 2011", "robbery"),
        ("He was sentenced on Friday for his deadly 2019 rampage.", "2019", "incident"),
        ("The board fined the club for the 2016 season.", "2016", "season"),
        ("Tuesday's vote was put off by the council.", "Tuesday", "voted"),
        (
            "Two people died in the Sunday night collision on the bypass.",
            "Sunday night",
            "incident",
        ),
    ],
)
def test_a_date_inside_a_noun_phrase_dates_its_noun(sentence, value, dates):
    assert dated_event_of(*_at(sentence, value)) == dates


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a time told from now never stands before a noun
        ("He was arrested a few hours after the attack this morning, police said.", "this morning"),
        ("She moved back to her home town 12 weeks ago after a spell abroad.", "12 weeks ago"),
        # a verb's date, no noun phrase around it
        ("The pastor was convicted in 2008 of two counts.", "2008"),
        ("He escaped from the courthouse on May 2, 2009, killing a guard.", "May 2, 2009"),
        # a year after "the year" and a comma: no noun follows it
        ("In the year 2005, officials said, the plant closed.", "2005"),
    ],
)
def test_a_date_outside_a_noun_phrase_is_left_to_its_clause(sentence, value):
    assert noun_dated(*_at(sentence, value)) == ""


def test_a_date_in_a_murder_charge_is_not_the_killing():
    s = "Hiller is expected to be arraigned on two murder charges later today."
    assert dated_event_of(*_at(s, "later today")) != "incident"


def test_opening_fire_is_the_shooting_not_an_opening():
    s = "The gunman opened fire in the lobby on Monday."
    assert dated_event_of(*_at(s, "Monday")) == "incident"


def test_a_title_shot_is_no_shooting():
    s = "The challenger fell into the title shot five weeks ago when the champion withdrew."
    assert dated_event_of(*_at(s, "five weeks ago")) != "incident"


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, published: str = "2012-05-14"):
        paths = [
            write(tmp_path, n, f"---\ntitle: T\noutlet: {o}\npublished: {published}\n---\n{t}\n")
            for n, o, t in (("a.md", "Courier", a), ("b.md", "Gazette", b))
        ]
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value)
            for d in analyze_paths(paths).discrepancies
        ]

    return run


def test_the_day_of_a_sentencing_is_not_held_against_the_year_of_the_crime(flags):
    found = flags(
        "A judge sentenced Tom Reyes on Saturday to life in prison for the 2009 shooting spree.",
        "Tom Reyes was sentenced to life in prison on Saturday for his deadly 2010 rampage.",
    )
    assert not any(
        {"Saturday", "2010"} == {a, b} or {"Saturday", "2009"} == {a, b} for a, b, _ in found
    )
    assert ("2009", "2010", "conflict") in found or ("2009", "2010", "unresolved") in found


def test_the_crime_named_as_a_noun_and_by_its_verb_still_compare(flags):
    found = flags(
        "Reyes was sentenced for the March 11, 2009, shooting at the county courthouse "
        "that killed four people.",
        "Reyes opened fire at the county courthouse on March 12, 2009, killing four people.",
    )
    assert [v for a, b, v in found if {a, b} == {"March 11, 2009", "March 12, 2009"}] == [
        "conflict"
    ]
