"""Dates of different stages are not one date (issue 11, session 38, eng132):
what a date stamps when it is no day of the happening — a state or a level
("as of", "were still in hospital on"), what was under way ("were last night
trying"), the finding of a happening, its run through a place, the first call
about it (facts/stamped.py). Made-up reports of several kinds of story.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.dated_things import date_reading
from workbench.facts.stamped import CALLED, FOUND, GOING, SPREAD, STATE, kept_alone


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _stage(sentence: str, day: str) -> str:
    i = sentence.index(day)
    return date_reading(sentence, i, i + len(day)).event


# (sentence, the date in it, the stage it dates)
READINGS = [
    # a state or a level at a moment
    (
        "As of Friday evening, 12 people remained in hospital, the ministry said.",
        "Friday evening",
        STATE,
    ),
    ("Nine patients were still in hospital on Thursday night.", "Thursday night", STATE),
    ("About 12,000 homes were still without power on Sunday.", "Sunday", STATE),
    ("By Monday afternoon the council had counted 212 damaged houses.", "Monday afternoon", STATE),
    ("The spill was held at about 4,000 barrels overnight, the operator said.", "overnight", STATE),
    ("Losses had reached $3.2 million by Wednesday, the insurer said.", "Wednesday", STATE),
    ("The toll stood at 19 on Saturday, according to the police.", "Saturday", STATE),
    ("Two of the crew were in a serious condition last night.", "last night", STATE),
    # what was under way then
    ("Divers were on Wednesday searching the wreck for the missing.", "Wednesday", GOING),
    ("The river is expected to remain above flood level until Friday.", "Friday", GOING),
    (
        "The gauge at Millbrook recorded 180mm in the 48 hours to 6am on Thursday.",
        "Thursday",
        GOING,
    ),
    ("As of Sunday night, engineers were still trying to restore the line.", "Sunday night", GOING),
    # the finding of a happening
    (
        "The leak was detected at about 11pm on Saturday by a night-shift operator.",
        "Saturday",
        FOUND,
    ),
    ("Staff first noticed the smoke on Monday morning.", "Monday morning", FOUND),
    ("The body was found on Thursday in woodland near the A6.", "Thursday", FOUND),
    ("The fraud was discovered in March, the bank said.", "March", FOUND),
    # the first call about it
    ("The coastguard received the first distress call at 3.12am.", "3.12am", CALLED),
    ("The first 999 call came in at 10:41 p.m., police said.", "10:41 p.m.", CALLED),
    # a fire or a flood running through a place
    ("Flames burned through the village of Ardley late on Wednesday.", "Wednesday", SPREAD),
    ("The blaze ran across the ridge into Kelby overnight.", "overnight", SPREAD),
    # a mudslide that swept through a village is the happening itself
    ("A mudslide swept through the village of Orra on Tuesday.", "Tuesday", ""),
    ("The Saturday on which the blaze ran was the hottest of the year.", "Saturday", SPREAD),
    # the happening itself, and other stages, read as before
    (
        "A gas explosion tore through the factory early Friday, killing three.",
        "early Friday",
        "incident",
    ),
    ("The bomb exploded at 9:15 a.m. near the station.", "9:15 a.m.", "incident"),
    ("The fire was put out at 5 a.m., the fire service said.", "5 a.m.", "ended"),
    ("He was found guilty on Friday of two counts of fraud.", "Friday", "convicted"),
    # a base figure's period is no stamp: "up from 61.9% in 2022" compares with its like
    ("Turnout rose to 68.4%, up from 61.9% in 2022.", "2022", ""),
]


@pytest.mark.parametrize(("sentence", "day", "stage"), READINGS)
def test_what_a_date_stamps(sentence, day, stage):
    assert _stage(sentence, day) == stage


def test_stages_kept_alone():
    # what was under way and a call compare with their own kind only; a state, a
    # finding, a run through a place with any stage their own or none
    assert kept_alone(GOING) and kept_alone(CALLED)
    assert not kept_alone(STATE) and not kept_alone(FOUND) and not kept_alone(SPREAD)
    assert not kept_alone("incident") and not kept_alone("")


# (one report's sentence, another's), published on Saturday 2 March 2024: each
# pair was a date or time flag before the stamp was read, a conflict, a question
# or an empty "consistent" (authored development: plant_explosion, wildfire,
# cyclone, emergency_landing, in other words)
APART = [
    (  # what was under way against the day of the happening
        "A cargo jet skidded off the runway at Tarnby airport on Friday, injuring four crew, "
        "officials said.",
        "Investigators at Tarnby airport were last night trying to establish why the cargo jet "
        "skidded off the runway, injuring four crew.",
    ),
    (  # a count's state at a moment against the day of the happening
        "Seventeen people were taken to hospital after the explosion at the Tarnby works, and "
        "five of them were in critical condition on Friday afternoon.",
        "Seventeen people were taken to hospital after an explosion ripped through the Tarnby "
        "works yesterday.",
    ),
    (  # the end of a reading's window against the night a cyclone crossed
        "Kirkby recorded 240mm of rain in the 24 hours to 9am on Thursday as the cyclone crossed "
        "the coast, the bureau said.",
        "The cyclone crossed the coast at Kirkby on Wednesday night with 240mm of rain, the "
        "bureau said.",
    ),
    (  # the day a fire was found against the day it ran through a valley
        "The Alder Creek fire, which was discovered on Tuesday of last week, has burned 5,000 "
        "hectares of forest.",
        "The Alder Creek fire, which ran through the valley on Wednesday, has burned 5,000 "
        "hectares of forest.",
    ),
    (  # the first call against the minute of the blast
        "The blast at the Tarnby chemical works was reported in the first 999 call at 6.48am, "
        "fire officials said.",
        "The blast at the Tarnby chemical works happened at 6:46 a.m., fire officials said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_dates_of_different_stages_are_not_compared(tmp_path, a, b):
    found = courier_gazette(tmp_path, a, b, published="2024-03-02")
    assert not [d for d in found if d.kind in ("date", "time")], [d.explanation for d in found]


def test_two_days_a_fire_was_found_still_compare(tmp_path):
    # the key's wrong discovery day stays found: a finding against a finding
    found = courier_gazette(
        tmp_path,
        "The Pine Ridge fire was first spotted on Friday afternoon by a fire lookout, "
        "officials said.",
        "The Pine Ridge fire was discovered on Thursday afternoon by a fire lookout, "
        "officials said.",
    )
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]


def test_a_wrong_day_of_the_happening_is_still_found(tmp_path):
    found = courier_gazette(
        tmp_path,
        "Two workers were killed in the blast at the Dunmore mill on Friday, police said.",
        "Two workers were killed in the blast at the Dunmore mill on Thursday, police said.",
    )
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]


# Two groups of people a staged happening reached on different days
# (facts/dated_group.py): (one report's sentence, another's), each pair a date
# conflict before the groups were read (authored mine_rescue, in other words)
GROUPS = [
    (
        "The first 40 of the workers trapped by the flood at the Orrin Dam site were ferried "
        "out by boat on Tuesday, the company said.",
        "The last 25 workers trapped by the flood at the Orrin Dam site were ferried out by "
        "boat on Thursday, the company said.",
    ),
    (
        "The remaining 30 passengers trapped in the flooded Kelby rail tunnel were brought out "
        "alive on Saturday, police said.",
        "Rescue crews brought eight passengers out of the flooded Kelby rail tunnel alive early "
        "on Thursday, police said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), GROUPS)
def test_the_days_of_two_groups_are_not_compared(tmp_path, a, b):
    found = courier_gazette(tmp_path, a, b, published="2024-03-04")
    assert not [d for d in found if d.kind == "date"], [d.explanation for d in found]


def test_one_group_dated_two_ways_still_compares(tmp_path):
    found = courier_gazette(
        tmp_path,
        "The first 40 of the workers trapped by the flood at the Orrin Dam site were ferried "
        "out by boat on Tuesday, the company said.",
        "Forty workers trapped by the flood at the Orrin Dam site were ferried out by boat on "
        "Wednesday, the company said.",
        published="2024-03-04",
    )
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]
