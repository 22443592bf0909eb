"""Different happenings paired (issue 11, session 37, eng126): the day of a
death after the incident, or of the toll's rise, read as a stage of its own
(facts/later_death.py). Made-up reports of several kinds of incident.
"""

from __future__ import annotations

import pytest
from conftest import analyse_dated, courier_gazette, write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.dated_things import date_reading
from workbench.facts.later_death import LATER_DEATH, TOLL_ROSE, later_death
from workbench.judge.story import _key


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _stage(sentence: str, day: str) -> str:
    i = sentence.index(day)
    return date_reading(sentence, i, i + len(day)).event


# (sentence, the date in it, the stage it dates)
READINGS = [
    ("A third worker, Ana Ruiz, died in hospital last Thursday.", "last Thursday", LATER_DEATH),
    (
        "Dale Moss, 61, died yesterday afternoon at the burns unit in Leeds, his family said.",
        "yesterday afternoon",
        LATER_DEATH,
    ),
    (
        "Officials said two more passengers had died over the course of Monday.",
        "Monday",
        LATER_DEATH,
    ),
    ("On Sunday, a fourth victim succumbed to her injuries.", "Sunday", LATER_DEATH),
    ("A miner hurt in the collapse died of his wounds on 4 May.", "4 May", LATER_DEATH),
    ("Another climber later died at Mercy General Hospital on Friday.", "Friday", LATER_DEATH),
    (
        "The death toll climbed to 14 on Wednesday as divers found more bodies.",
        "Wednesday",
        TOLL_ROSE,
    ),
    (
        "The number of people killed in Saturday's crush rose to 31 last night.",
        "last night",
        TOLL_ROSE,
    ),
    # the incident itself, however its deaths are told
    (
        "An explosion tore through the plant early Tuesday, killing two workers.",
        "early Tuesday",
        "incident",
    ),
    ("Two people died at the scene on Friday.", "Friday", "incident"),
    # a death in hospital with no one hurt and no further death told is the death
    (
        "The veteran actor died on Thursday night at a hospital in Lyon after a stroke.",
        "Thursday night",
        "incident",
    ),
    ("A man died on Monday when his car hit a tree.", "Monday", "incident"),
]


@pytest.mark.parametrize(("sentence", "day", "stage"), READINGS)
def test_the_day_of_a_later_death_is_a_stage_of_its_own(sentence, day, stage):
    assert _stage(sentence, day) == stage


def test_a_possessive_day_dates_its_noun_not_the_rise():
    s = "The number of people killed in Saturday's crush rose to 31 last night."
    i = s.index("Saturday")
    assert later_death(s, i, i + len("Saturday")) == ""


def test_a_day_in_a_clause_of_another_happening_is_not_the_death():
    s = "Dale Moss died yesterday at the burns unit in Leeds where he was flown on Tuesday morning."
    assert _stage(s, "Tuesday morning") != LATER_DEATH


# (incident sentence, later-death sentence, publication dates): each pair was a
# conflict without the reading, the incident's day against the death's
INCIDENT_AND_LATER = [
    (
        "Two bakery workers were killed in the gas explosion in Horwich on Tuesday, police said.",
        "A third bakery worker hurt in the gas explosion in Horwich died in hospital on "
        "Thursday, police said.",
    ),
    (
        "Eleven passengers were killed when the bus overturned on the A40 near Tarn on "
        "Saturday, police said.",
        "Two more passengers of the bus that overturned on the A40 near Tarn died in "
        "hospital on Monday, police said.",
    ),
    (
        "Three residents were killed in the fire at the Ledbury care home on Wednesday, the "
        "fire service said.",
        "A fourth resident of the Ledbury care home succumbed to her injuries from the fire "
        "on Friday, the fire service said.",
    ),
]


def _traced(tmp_path, a: str, b: str):
    """The flags of two reports and the rule decisions made on them."""
    with judge.tracing() as decided:
        found = courier_gazette(tmp_path, a, b)
    return found, decided


@pytest.mark.parametrize(("incident", "later"), INCIDENT_AND_LATER)
def test_the_day_of_a_later_death_is_not_held_against_the_incidents(tmp_path, incident, later):
    found, decided = _traced(tmp_path, incident, later)
    assert ("different_happenings", "skip") in decided, dict(decided)
    assert not [d for d in found if d.kind == "date"]


def test_two_days_of_one_later_death_still_compare(tmp_path):
    found = courier_gazette(
        tmp_path,
        "Ana Ruiz, a welder hurt in the blast, died in hospital on Thursday, the company said.",
        "Ana Ruiz, a welder, died of her injuries in hospital on Friday, the company said.",
    )
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]


def test_a_later_death_is_no_day_of_the_main_event(tmp_path):
    # story.py compares the day of the main event across sentences never met:
    # the day of a later death is none (authored stadium_crush: Saturday's crush
    # against 'three more people had died in hospital over the course of Monday')
    text = "Health officials said three more people had died in hospital over the course of Monday."
    found = analyse_dated(tmp_path, ("2026-03-10", text))
    claim = found.claims[0]
    day = next(f for f in found.facts if f.kind == "date")
    assert _key(claim, day) is None
    text = "At least 20 people were killed in a crush at the stadium in Oda on Saturday."
    (tmp_path / "x").mkdir()
    found = analyse_dated(tmp_path / "x", ("2026-03-08", text))
    day = next(f for f in found.facts if f.kind == "date")
    assert _key(found.claims[0], day) == ("incident", "date")


# A figure or a date its sentence places years before its report
# (judge/backdated.py, the CANDIDATE row ``told_as_background``): (background
# sentence, today's sentence). Each pair was compared without the row.
BACKGROUND = [
    (  # an indefinite earlier fire, its year after it
        "The refinery had a fire in 2014 that injured four workers, the company said.",
        "Eleven refinery workers were injured in the fire on Monday, the company said.",
    ),
    (  # a year told as an aside before the verb
        "The valley's worst flood in living memory, in 1998, killed 23 people, officials said.",
        "The flood in the valley killed 19 people, officials said.",
    ),
    (  # a sentence opening on a day of a year
        "On 3 May 2009, 31 miners died in a gas blast at the Dunmore pit, officials said.",
        "At least 27 miners died in the gas blast at the Dunmore pit, officials said.",
    ),
]


@pytest.mark.parametrize(("background", "today"), BACKGROUND)
def test_a_figure_its_sentence_places_years_back_is_not_held_against_todays(
    tmp_path, background, today
):
    found, decided = _traced(tmp_path, background, today)
    assert ("told_as_background", "skip") in decided, dict(decided)
    assert not [d for d in found if d.kind in ("number", "quantity", "date")]


def test_two_earlier_happenings_of_different_years_are_not_compared(tmp_path):
    found, decided = _traced(
        tmp_path,
        "In May 2001, 126 people died at the Accra stadium after police fired tear gas.",
        "On 1 October 2022, 135 people died at the Kanjuruhan stadium after police fired tear gas.",
    )
    assert ("told_as_background", "skip") in decided, dict(decided)
    assert not [d for d in found if d.kind == "number"]


def test_two_tellings_of_one_earlier_happening_still_compare(tmp_path):
    found = courier_gazette(
        tmp_path,
        "On 3 May 2009, 31 miners died in a gas blast at the Dunmore pit, officials said.",
        "A gas blast at the Dunmore pit, on 3 May 2009, killed 33 miners, officials said.",
    )
    assert [str(d.verdict) for d in found if d.kind == "number"] == ["conflict"]


# A year against a year one calendar year nearer (courier_gazette papers: March
# 2024): a year alone dates no report's own main event, so neither side is
# "today's" and one earlier happening dated two ways still compares (the clean-
# clone CI on the merge of eng126 and eng127: the mine event's accident year).
YEAR_TWICE = [
    (
        "A flood at the county's Hadley depot in 2022 cost a worker his life, the inquest heard.",
        "The 2023 flood at the county's Hadley depot cost a worker his life, the inquest heard.",
    ),
    (
        "Brenna Foods recalled the batch after a listeria outbreak in 2022, the agency said.",
        "Brenna Foods recalled the batch after the 2023 listeria outbreak, the agency said.",
    ),
]


@pytest.mark.parametrize(("older", "newer"), YEAR_TWICE)
def test_a_year_against_a_year_nearer_the_report_still_compares(tmp_path, older, newer):
    found = courier_gazette(tmp_path, older, newer)
    got = {frozenset(s.text for s in d.sides): str(d.verdict) for d in found}
    assert got.get(frozenset({"2022", "2023"})) == "conflict", got


def test_a_year_back_against_a_day_of_this_week_is_still_another_happening(tmp_path):
    found, decided = _traced(
        tmp_path,
        "The Hadley depot flooded in 2021, the county said.",
        "The Hadley depot flooded on Saturday, the county said.",
    )
    assert ("told_as_background", "skip") in decided, dict(decided)
    assert not [d for d in found if d.kind == "date"]


def test_a_thing_built_years_ago_keeps_its_size(tmp_path):
    # a date of the thing, not of a happening the figure counts: still compared
    found = courier_gazette(
        tmp_path,
        "The 3,850-tonne ferry Agia Thekla was built in Norway in 1991.",
        "The 5,380-tonne ferry Agia Thekla was built in Norway in 1991.",
    )
    assert [str(d.verdict) for d in found if d.kind == "quantity"] == ["conflict"]


def test_a_base_years_back_belongs_to_the_figure_beside_it(tmp_path):
    # 'from 64.9% in 2022' dates the earlier turnout, not today's 68.4%
    found = courier_gazette(
        tmp_path,
        "Turnout rose to 68.4 per cent from 64.9 per cent in 2022, officials said.",
        "Turnout was 68.1 per cent, officials said.",
    )
    assert [str(d.verdict) for d in found if d.kind == "percent"] == ["conflict"]


def test_a_year_of_a_report_with_no_date_is_not_known_to_be_years_back(tmp_path):
    # tests/pairs/21_mull_ferry_aground: 'three years ago' (published 2024) /
    # 'in 2021' in a report with no publication date: one year, still compared
    a = write(
        tmp_path,
        "a.md",
        "---\ntitle: T\noutlet: Courier\npublished: 2024-09-15\n---\n"
        "The ferry entered service three years ago and was refitted in the spring.\n",
    )
    b = write(
        tmp_path,
        "b.md",
        "---\ntitle: T\noutlet: Gazette\n---\nThe ferry went into service in 2021.\n",
    )
    found = analyze_paths([a, b]).discrepancies
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["consistent"]
