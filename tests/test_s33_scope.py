"""A count's place, time and happening before it is compared (issue 11, session 33).

Readers of the authored held-out events judged every flag between figures of
different scope or of different happenings wrong, whatever its verdict. Three
classes, each read once from the figure's own clause:

1. place: a locality ("six in the town", "in the village", "in the city")
   against a wider area ("nationwide", "in the province", "across the
   country") is a part and its whole (facts/period.PLACES "town",
   judge/scopes.py);
2. time: a count over a stretch of the happening ("overnight", "on the second
   day", "in the first hour") or cut off at a moment of the day ("by 2 p.m.")
   against the whole (facts/scope_time.py, judge/time_parts.py);
3. happenings of one story: a later death of wounds ("died in hospital on
   Thursday from burns") and the happening found or the alarm raised ("first
   spotted at 11.40pm") are stages of their own, not the day or time of the
   blast or the outbreak (facts/happenings.DATED).

Made-up cases in varied domains; each would fail before.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.facts.measure import dated_event_of, measure_of
from workbench.facts.scope_time import time_part


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


def _pairs(found, x: str, y: str):
    return [f for f in found if {f[0], f[1]} == {x, y}]


# --- 1. place -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Police arrested six people in the town on Tuesday.", "six", "town"),
        ("Rescuers pulled 17 survivors from the rubble in the village.", "17", "town"),
        ("About 12,000 households lost power across the city.", "About 12,000", "town"),
        ("The council housed 40 families in the borough last winter.", "40", "town"),
        ("About 90,000 households lost power across the country.", "About 90,000", "nation"),
        # a city's own name is no area word; no locality, no place
        ("The storm felled 300 trees in Bristol.", "300", ""),
        ("The storm felled 300 trees.", "300", ""),
    ],
)
def test_a_locality_is_read_as_the_place_of_its_count(text, figure, place):
    assert measure_of(*_at(text, figure)).place == place


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        (
            "Police arrested 25 people nationwide on Tuesday in raids on a smuggling ring.",
            "Police arrested six people in the town on Tuesday in raids on a smuggling ring.",
            "25",
            "six",
        ),
        (
            "Rescuers pulled 64 survivors from the rubble in the province, officials said.",
            "Rescuers pulled 17 survivors from the rubble in the village, officials said.",
            "64",
            "17",
        ),
        (
            "About 90,000 households lost power across the country after the storm.",
            "About 12,000 households lost power in the city after the storm.",
            "About 90,000",
            "About 12,000",
        ),
    ],
)
def test_a_locality_is_not_compared_with_a_wider_area(flags, a, b, x, y):
    found = flags(("Raids", a, "2026-03-10"), ("Raids", b, "2026-03-10"))
    assert _pairs(found, x, y) == []


def test_two_counts_of_one_locality_still_conflict(flags):
    found = flags(
        ("Quake", "The quake destroyed 300 houses in the town, officials said.", "2026-03-10"),
        ("Quake", "The quake destroyed 450 houses in the town, officials said.", "2026-03-10"),
    )
    assert [f[2] for f in _pairs(found, "300", "450")] == ["conflict"]


# --- 2. time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("Police had arrested 40 protesters by 2 p.m., a spokesman said.", "40", "cutoff"),
        ("Turnout stood at 31% by midday.", "31%", "cutoff"),
        ("Firefighters tackled 35 car fires overnight.", "35", "stretch"),
        ("Some 9,000 workers joined the walkout on the second day.", "9,000", "stretch"),
        ("The shop sold 1,500 tickets in the first hour.", "1,500", "stretch"),
        ("The appeal raised £2 million within the first 24 hours.", "£2 million", "stretch"),
        ("Crews answered 200 calls during the afternoon.", "200", "stretch"),
        # a moment with its day named is a stamp for the running-count rows
        ("It had recorded more than 80 aftershocks by Monday afternoon.", "80", "stamped"),
        ("It had recorded 46 aftershocks by 6pm yesterday.", "46", "stamped"),
        # the day of the happening itself is no part of it, nor a night its day names,
        # nor a happening called overnight; a reading adds up to nothing
        ("Two people were killed on Tuesday when the bus crashed.", "Two", ""),
        ("Firefighters tackled 35 car fires overnight on Friday.", "35", "stamped"),
        ("More than 200 were pulled from the sea in an overnight rescue.", "More than 200", ""),
        ("The quake destroyed 300 houses, officials said.", "300", ""),
    ],
)
def test_the_part_of_the_time_a_count_covers_is_read_from_its_clause(text, figure, part):
    assert time_part(*_at(text, figure))[0] == part


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        (
            "Police had arrested 40 protesters by 2 p.m., a spokesman said.",
            "Police arrested 130 protesters during the demonstrations, a spokesman said.",
            "40",
            "130",
        ),
        (
            "Firefighters tackled 35 car fires overnight, the fire service said.",
            "Firefighters tackled 120 car fires during the unrest, the fire service said.",
            "35",
            "120",
        ),
        (
            "Some 9,000 workers joined the walkout on the second day, organisers said.",
            "Some 25,000 workers joined the walkout, organisers said.",
            "Some 9,000",
            "Some 25,000",
        ),
        (
            "The appeal raised £2 million within the first 24 hours, the charity said.",
            "The appeal raised £7 million, the charity said.",
            "£2 million",
            "£7 million",
        ),
        (
            "Police had arrested 40 protesters by 2 p.m., a spokesman said.",
            "Police had arrested 95 protesters by evening, a spokesman said.",
            "40",
            "95",
        ),
    ],
)
def test_a_count_over_a_part_of_the_time_is_not_compared(flags, a, b, x, y):
    found = flags(("Update", a, "2026-03-10"), ("Update", b, "2026-03-10"))
    assert _pairs(found, x, y) == []


def test_a_peak_reading_over_a_night_is_still_compared(flags):
    found = flags(
        ("Storm", "Gusts of up to 90mph hit the coast overnight, forecasters said.", "2026-03-10"),
        ("Storm", "Gusts of up to 120mph hit the coast, forecasters said.", "2026-03-10"),
    )
    assert [f[2] for f in _pairs(found, "up to 90mph", "up to 120mph")] == ["conflict"]


def test_one_part_stated_alike_still_conflicts(flags):
    found = flags(
        (
            "Protests",
            "Police had arrested 40 protesters by 2 p.m., a spokesman said.",
            "2026-03-10",
        ),
        (
            "Protests",
            "Police had arrested 95 protesters by 2 p.m., a spokesman said.",
            "2026-03-10",
        ),
    )
    assert [f[2] for f in _pairs(found, "40", "95")] == ["conflict"]


def test_a_cut_off_count_that_agrees_with_an_unstamped_one_is_still_shown(flags):
    found = flags(
        ("Rescue", "Coastguards had rescued 215 people by 8 a.m., officials said.", "2026-03-10"),
        ("Rescue", "Coastguards rescued more than 200 people, officials said.", "2026-03-10"),
    )
    assert [f[2] for f in _pairs(found, "215", "more than 200")] == ["consistent"]


# --- 3. happenings of one story ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "stage"),
    [
        ("Erik Lund, 58, died in hospital on Thursday from burns.", "Thursday", "died later"),
        ("The guard succumbed to his injuries on Monday, police said.", "Monday", "died later"),
        ("A passenger died of her wounds late on Friday.", "Friday", "died later"),
        ("The blaze was first spotted by a guard at 11.40pm on Monday.", "11.40pm", "discovered"),
        ("The first emergency call came in at 6.32am, police said.", "6.32am", "discovered"),
        ("The leak was discovered on 3 March, the company said.", "3 March", "discovered"),
        ("The bank had found the intrusion on 2 October.", "2 October", "discovered"),
        # the time a fire is recorded as reported at is its time, as before
        ("The fire was reported at 2.52pm on the lower floors.", "2.52pm", ""),
        # the happening itself keeps its stage
        ("The explosion on Tuesday injured four workers.", "Tuesday", "incident"),
        ("Two people died on Sunday when the bus crashed.", "Sunday", "incident"),
        ("The blaze broke out shortly after 10pm on Monday.", "10pm", "opens"),
    ],
)
def test_a_date_dates_the_happening_its_own_verb_tells(text, value, stage):
    assert dated_event_of(*_at(text, value)) == stage


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        (
            "Erik Lund, 58, died in hospital on Thursday from burns he suffered in the blast.",
            "The explosion on Tuesday injured Erik Lund, 58, who suffered severe burns.",
            "Thursday",
            "Tuesday",
        ),
        (
            "The blaze was first spotted by a security guard at 11.40pm on Monday, the fire "
            "service said.",
            "The blaze broke out shortly after 10pm on Monday, the fire service said.",
            "11.40pm",
            "10pm",
        ),
    ],
)
def test_days_of_two_happenings_of_one_story_are_not_compared(flags, a, b, x, y):
    found = flags(("Fire", a, "2026-03-14"), ("Fire", b, "2026-03-14"))
    assert [f for f in found if x in f[0] + f[1] and y in f[0] + f[1]] == []


def test_one_happening_dated_two_ways_still_conflicts(flags):
    found = flags(
        (
            "Held",
            "The suspect was arrested on Friday and will appear in court on Monday.",
            "2026-03-08",
        ),
        ("Held", "The suspect was arrested on Saturday, police said.", "2026-03-08"),
    )
    assert [f[2] for f in _pairs(found, "Friday", "Saturday")] == ["conflict"]


# --- the rows that decide -------------------------------------------------------------


def _decided(tmp_path, a: tuple[str, str, str], b: tuple[str, str, str]):
    from workbench import judge

    with judge.tracing() as decided:
        opening_body_flags(tmp_path, a, b)
    return {rule for rule, outcome in decided if outcome == "skip"}


def test_the_row_of_a_part_of_the_time_decides_aligned_counts(tmp_path):
    decided = _decided(
        tmp_path,
        (
            "Riots",
            "Firefighters tackled 35 car fires overnight, the fire service said.",
            "2026-03-10",
        ),
        (
            "Riots",
            "Firefighters tackled 120 car fires during the unrest, the fire service said.",
            "2026-03-10",
        ),
    )
    assert "time_part_of_a_whole" in decided


_OPENING = "Riot police fired tear gas at crowds outside parliament on Tuesday."
_CLOSING = "Shops along the main avenue stayed shuttered as smoke hung over the square."


def test_the_row_of_a_part_of_the_time_decides_key_figures_never_met(tmp_path):
    decided = _decided(
        tmp_path,
        (
            "Clashes in the capital",
            f"{_OPENING}\nOfficers had arrested 40 people by 2 p.m., a police spokesman "
            f"told reporters.\n{_CLOSING}",
            "2026-03-10",
        ),
        (
            "Clashes in the capital",
            f"{_OPENING}\nThe interior ministry put the number of demonstrators arrested at "
            f"130.\n{_CLOSING}",
            "2026-03-10",
        ),
    )
    assert "unmet_time_part" in decided


@pytest.mark.parametrize(
    ("a", "b", "x", "y", "want"),
    [
        # two updates, no figure alike: two briefings
        (
            "A strong earthquake struck early Sunday, killing at least 47 people, officials "
            "said late Sunday.",
            "Officials said on Monday that 46 people had died in the province and nine in "
            "the next.",
            "late Sunday",
            "Monday",
            [],
        ),
        (
            "A strong earthquake struck early Sunday, killing at least 47 people, officials "
            "said late Sunday.",
            "A strong earthquake struck early Sunday, and 58 people have died, officials said "
            "on Monday.",
            "late Sunday",
            "Monday",
            [],
        ),
        # one figure alike: one update dated two ways, still compared
        (
            "The ferry sank in heavy seas, leaving 12 people missing, the coastguard said on "
            "Tuesday evening.",
            "Twelve people were missing, the coastguard said on Wednesday.",
            "Tuesday evening",
            "Wednesday",
            ["conflict"],
        ),
    ],
)
def test_two_briefings_are_not_one_statement_misdated(flags, a, b, x, y, want):
    found = flags(("Update", a, "2026-03-12"), ("Update", b, "2026-03-12"))
    assert [f[2] for f in _pairs(found, x, y)] == want


def test_an_announcements_day_is_still_compared(flags):
    found = flags(
        (
            "Deal",
            "Halden Foods announced on Monday that it would buy Corvo for £1.2bn.",
            "2026-03-12",
        ),
        (
            "Deal",
            "Halden Foods announced on Tuesday that it would buy Corvo for £1.3bn.",
            "2026-03-12",
        ),
    )
    assert [f[2] for f in _pairs(found, "Monday", "Tuesday")] == ["conflict"]


def test_a_locality_may_be_the_other_reports_named_town(flags):
    found = flags(
        (
            "Floods",
            "The floods damaged 800 homes in the city, the emergency agency said.",
            "2026-03-10",
        ),
        (
            "Floods",
            "The floods damaged 1,200 homes in Lagos, the emergency agency said.",
            "2026-03-10",
        ),
    )
    assert [f[2] for f in _pairs(found, "800", "1,200")] == ["conflict"]


# --- an earlier happening told with its year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "earlier"),
    [
        ("The mill had a fire in 2009 that injured five staff.", "five", True),
        ("The mill had a fire in 2009 that injured five staff.", "2009", True),
        (
            "It was not the deep fault that caused the country's deadliest quake, in 1999.",
            "1999",
            True,
        ),
        ("The region's worst flood in living memory, in 1968, killed 31 people.", "31", True),
        (
            "The worst was a 1987 storm on the Channel coast, which felled 15 million trees.",
            "15 million",
            True,
        ),
        ("The worst was a 1994 crash at the Marlow Junction, in which 7 died.", "7", True),
        # the story's own happening, dated by its day or month, stays the story's
        ("The fire on Tuesday injured five staff.", "five", False),
        ("The explosion in March injured five staff.", "five", False),
        ("A fire broke out at the mill on Tuesday, injuring five staff.", "five", False),
    ],
)
def test_a_happening_told_with_its_year_is_an_earlier_one(text, value, earlier):
    from workbench.facts.background import earlier_happening

    assert earlier_happening(*_at(text, value)) is earlier


def test_an_earlier_fires_toll_is_not_this_ones(flags):
    found = flags(
        (
            "Mill fire",
            "Fire gutted the mill on Tuesday. The mill had a fire in 2009 that injured five staff.",
            "2026-03-11",
        ),
        (
            "Mill fire",
            "Fire gutted the mill on Tuesday. The blaze injured 14 staff, the fire service said.",
            "2026-03-11",
        ),
    )
    assert [f for f in found if "five" in f[0] + f[1] or "2009" in f[0] + f[1]] == []
