"""Issue 11, points 2 and 3 (session 23). Made-up sentences.

1. Same counted thing, different scope: a count for one place against a count
   for a larger area that holds it ("12 dead in Spain" / "20 dead in Spain and
   France", "40 homes in Kent" / "400 across the region"), a count that takes
   in or leaves out a group another report counts apart ("nine killed,
   including crew" / "seven killed") is a question naming both scopes, never a
   conflict (rule wider_scope); a scope merely written another way ("in Spain"
   / "Spanish"), or a place only one report names, is the same scope and
   stays a conflict.
2. Two bounds in the same direction compare their bounds for every kind of
   value: "at least 34 years" / "at least 36 years", "more than 10 hours" /
   "more than 12 hours" differ; the same bound in two units does not, and
   opposite bounds stay as they were.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.measure import measure_of
from workbench.facts.parts import inclusion_of


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str, without=()):
        found = courier_gazette(tmp_path, a, b, without)
        return [(d.verdict.value, d.rule, d.explanation) for d in found]

    return run


def _measure(sentence: str, value: str):
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value))


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The fire killed 9 people, including crew, officials said.", "9", "others"),
        ("The attack killed 13 people, including the gunman.", "13", "others"),
        ("The gunman killed 13 people including himself.", "13", "others"),
        ("The ferry carried 40 passengers, excluding crew.", "40", "less"),
        ("The bombing killed 12 people, not counting the bomber.", "12", "less"),
        ("The company employs 300 staff and contractors at the plant.", "300", "others"),
        ("The crash killed 150 passengers and crew.", "150", "others"),
        ("About 40 students and teachers were evacuated.", "40", "more"),
        # members of the count named, not a group taken in
        ("Thomas missed 10 games, including the finale, with the injury.", "10", ""),
        ("The blast killed 9 people, including two children.", "9", ""),
        ("Gunmen killed 12 people without warning.", "12", ""),
        ("The blast killed 9 people in the market.", "9", ""),
    ],
)
def test_a_group_taken_in_or_left_out_is_read(sentence, value, want):
    i = sentence.index(value)
    assert inclusion_of(sentence, i + len(value)) == want


@pytest.mark.parametrize(
    ("sentence", "value", "scope", "place"),
    [
        ("The storm destroyed 400 homes across the region, the council said.", "400", "", "region"),
        ("Police arrested 60 people throughout the country.", "60", "", "nation"),
        ("The virus has infected 900 people across the state.", "900", "", "state"),
        ("The attack killed 25 people altogether.", "25", "total", ""),
        ("The virus has killed 12 people since January.", "12", "total", ""),
        ("The two storms killed a combined 40 people.", "40", "total", ""),
        ("The floods killed 31 people overall.", "31", "total", ""),
        ("Combined with the rain, the wind damaged 30 homes.", "30", "", ""),
        ("The storm destroyed 40 homes in Kent.", "40", "", ""),
    ],
)
def test_wider_scopes_are_read_from_the_clause(sentence, value, scope, place):
    m = _measure(sentence, value)
    assert (m.scope, m.place) == (scope, place)


@pytest.mark.parametrize(
    ("a", "b", "scopes"),
    [
        (
            "Floods killed 24 people in Spain on Tuesday, officials said.",
            "Floods killed 20 people in Spain and France on Tuesday, officials said.",
            ("in Spain", "in Spain and France"),
        ),
        (
            "Floods killed 14 people in Spain and Portugal, officials said.",
            "Floods killed 20 people in Spain and France, officials said.",
            ("in Spain and Portugal", "in Spain and France"),
        ),
        (
            "The storm destroyed 450 homes in Kent, the council said.",
            "The storm destroyed 400 homes across the region, the council said.",
            ("in Kent", "across the region"),
        ),
        (
            "Police arrested 75 people in Manchester on Saturday.",
            "Police arrested 60 people nationwide on Saturday.",
            ("in Manchester", "nationwide"),
        ),
        (
            "Health officials reported 4,200 cases in the county on Monday.",
            "Health officials reported 3,400 cases statewide on Monday.",
            ("in the county", "statewide"),
        ),
        (
            "The quake damaged 380 schools in Sichuan, the ministry said.",
            "The quake damaged 300 schools worldwide, the ministry said.",
            ("in Sichuan", "worldwide"),
        ),
        (
            "The fire killed 7 people, the fire service said.",
            "The fire killed 9 people, including crew, the fire service said.",
            ("no others counted in", "counting others in"),
        ),
        (  # (session 39: 13 including the gunman against 12 adds up, group_told_adds_up;
            # 14 does not, still a question)
            "The attack killed 14 people, including the gunman, police said.",
            "The attack killed 12 people, police said.",
            ("counting others in", "no others counted in"),
        ),
        (  # (session 31: the passengers alone no more than the total is no flag,
            # subgroup_of_total; more than it, still a question)
            "The crash killed 150 passengers and crew, the airline said.",
            "The crash killed 160 passengers, the airline said.",
            ("counting others in", "no others counted in"),
        ),
        (
            "The bombing killed 25 people, including 4 in Lyon, police said.",
            "The bombing killed 6 people in Lyon, police said.",
            ("in all (a part of it in Lyon)", "in Lyon"),
        ),
        (
            "The floods killed 31 people, 12 of them in Spain, officials said.",
            "The floods killed 9 people in Spain, officials said.",
            ("in all (a part of it in Spain)", "in Spain"),
        ),
        (
            "The ferry carried 40 passengers, excluding crew, when it sank.",
            "The ferry carried 52 passengers when it sank.",
            ("leaving some out", "no others counted in"),
        ),
    ],
)
def test_counts_over_nested_scopes_are_a_question(flags, a, b, scopes):
    """(Session 28: the places nest with the part larger than the whole it sits in;
    a part no larger than its whole is no flag, test_a_part_no_larger_than_its_whole_
    place_is_not_compared.)"""
    found = flags(a, b)
    assert [f[:2] for f in found] == [("unresolved", "wider_scope")]
    assert "different scope" in found[0][2] and all(s in found[0][2] for s in scopes)
    # the rule is what decides them: without it they were a conflict, or (two
    # places neither sentence names twice) not compared at all
    assert [f[0] for f in flags(a, b, without=("wider_scope",))] in (["conflict"], [])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one scope written two ways, or named by one report only
        ("The quake killed 12 people in Spain.", "The quake killed 20 Spanish people."),
        ("Rebels killed 12 soldiers in Spain.", "Rebels killed 20 soldiers in Spain."),
        ("MADRID — Floods killed 12 people on Tuesday.", "Floods killed 20 people in Madrid."),
        ("Floods killed 12 people in Spain on Tuesday.", "Floods killed 20 people on Tuesday."),
        ("The blast killed 9 people, including two children.", "The blast killed 7 people."),
        ("Police arrested 15 people nationwide.", "Police arrested 60 people nationwide."),
        ("Floods killed 12 in Spain and France.", "Floods killed 20 in France and Spain."),
    ],
)
def test_the_same_scope_still_conflicts(flags, a, b):
    assert [f[0] for f in flags(a, b)] == ["conflict"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The gunman was at least 34 years old.", "The gunman was at least 36 years old."),
        ("The blast killed at least 7 people.", "The blast killed at least 30 people."),
        ("More than 150 people were evacuated.", "More than 200 people were evacuated."),
        ("Fewer than 50 homes were damaged.", "Fewer than 60 homes were damaged."),
        (
            "The project will cost more than $2 million.",
            "The project will cost more than $5 million.",
        ),
        (
            "Unemployment fell to under 5% in the region.",
            "Unemployment fell to under 8% in the region.",
        ),
        ("Winds of up to 40 mph hit the coast.", "Winds of up to 40 km/h hit the coast."),
        ("The storm dumped up to 10 inches of rain.", "The storm dumped up to 12 inches of rain."),
        ("The siege lasted more than 10 hours.", "The siege lasted more than 12 hours."),
        ("He served at least 3 years in prison.", "He served at least 5 years in prison."),
        ("The talks lasted less than two hours.", "The talks lasted less than three hours."),
        ("The suspect must leave within 48 hours.", "The suspect must leave within 24 hours."),
    ],
)
def test_two_bounds_in_one_direction_compare_their_bounds(flags, a, b):
    found = flags(a, b)
    assert [f[0] for f in found] == ["conflict"]
    assert any(w in found[0][2] for w in ("floors", "ceilings"))


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # the same bound in other units or words
        ("The storm lasted up to 3 days.", "The storm lasted up to 72 hours.", "consistent"),
        (
            "He has lived there for at least 20 years.",
            "He has lived there for more than 20 years.",
            "consistent",
        ),
        # opposite bounds stay as they were
        ("The blast killed at least 30 people.", "The blast killed up to 40 people.", "consistent"),
        # an open bound near a figure agrees; far from it, it is a question
        ("The blast killed at least 30 people.", "The blast killed 32 people.", "consistent"),
        ("The blast killed at least 10 people.", "The blast killed 25 people.", "unresolved"),
        # a ceiling more than twice above the figure is a question (session 23: three
        # times before); at twice it is a ceiling and a figure under it
        ("The blast killed up to 40 people.", "The blast killed 15 people.", "unresolved"),
        ("Winds of up to 60 mph hit the coast.", "Winds of 25 mph hit the coast.", "unresolved"),
        (
            "The bill could rise by up to 40 percent.",
            "The bill could rise by 20 percent.",
            "consistent",
        ),
        (
            "Rescuers searched for more than 10 hours.",
            "Rescuers searched for 25 hours.",
            "unresolved",
        ),
    ],
)
def test_bounds_that_agree_or_ask_stay_as_they_were(flags, a, b, verdict):
    found = [f[0] for f in flags(a, b)]
    # an agreement may also go unshown; it is never a conflict
    assert found == [verdict] or (verdict == "consistent" and found == [])


def test_bounds_of_lengths_orders_apart_are_not_compared(flags):
    found = flags("The race took less than two seconds.", "The race took less than two weeks.")
    assert not any(f[0] == "conflict" for f in found)


_OPENING = "Floods swept across the Iberian peninsula on Tuesday after days of torrential rain."
_CLOSING = "Rescue teams were searching for survivors in the mountain villages near the river."


def _story(middle: str) -> str:
    return f"{_OPENING}\n{middle}\n{_CLOSING}"


@pytest.mark.parametrize(
    ("b", "want"),
    [
        # the other's place and another: a part and its whole
        (
            "Emergency services said on Wednesday evening that 20 people had died in Spain "
            "and France as rivers burst their banks.",
            [("unresolved", "unmet_wider_scope")],
        ),
        # another place altogether: two counts
        (
            "Emergency services said on Wednesday evening that 20 people had died in "
            "Portugal as rivers burst their banks.",
            [],
        ),
        # no place of its own: the story's place, one toll
        (
            "Emergency services said on Wednesday evening that 20 people had died as rivers "
            "burst their banks.",
            [("conflict", "figures_never_met")],
        ),
    ],
)
def test_key_figures_of_nested_places_are_a_question(flags, b, want):
    a = _story("The floods killed 12 people in Spain, the interior ministry said.")
    assert [f[:2] for f in flags(a, _story(b))] == want


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Floods killed 12 people in Spain on Tuesday, officials said.",
            "Floods killed 20 people in Spain and France on Tuesday, officials said.",
        ),
        (
            "The storm destroyed 40 homes in Kent, the council said.",
            "The storm destroyed 400 homes across the region, the council said.",
        ),
        (
            "Police arrested 15 people in Manchester on Saturday.",
            "Police arrested 60 people nationwide on Saturday.",
        ),
        (
            "Health officials reported 1,200 cases in the county on Monday.",
            "Health officials reported 3,400 cases statewide on Monday.",
        ),
        (
            "The quake damaged 80 schools in Sichuan, the ministry said.",
            "The quake damaged 300 schools worldwide, the ministry said.",
        ),
    ],
)
def test_a_part_no_larger_than_its_whole_place_is_not_compared(flags, a, b):
    """Session 28 (eng79, the brief's rule): a count of one place within a count
    over a whole that holds it, the part no larger, measures a part and its whole
    — not comparable, no flag (part_within_whole); before, a question."""
    assert flags(a, b) == []
    assert [f[:2] for f in flags(a, b, without=("part_within_whole",))] == [
        ("unresolved", "wider_scope")
    ]
