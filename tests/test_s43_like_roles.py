"""A figure is compared only with a figure in the same role (issue 11, session
43, eng159).

Held-out readers found figures of different roles paired inside aligned
sentences and called conflicts while the real comparison went unmade:
survivors against the missing, what a place was built for against who is in
it, a measure's start against its peak or its close, and the day of one
happening against another's (a collapse against a discharge from hospital).
The sentences here are made up; the classes are the readers'. Each class has
near-misses that must still pair and conflict."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.capacity import capacity
from workbench.facts.dated_things import date_reading
from workbench.facts.figure_stage import (
    END,
    LATER,
    LOW,
    NORMAL,
    PEAK,
    START,
    stage_of,
    stages_apart,
    survivor_count,
)
from workbench.facts.measure import date_measure, measure_of
from workbench.facts.whose import clause_bounds


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _span(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


def _stage(text: str, figure: str) -> str:
    s, e = _span(text, figure)
    return stage_of(text, s, e, clause_bounds(text, s, e)[0])


# ---- the point of a running measure --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "stage"),
    [
        ("Shares opened at 102p and closed at 97p.", "102p", START),
        ("Shares opened at 102p and closed at 97p.", "97p", END),
        ("The stock closed at $95 after opening at $102.", "$102", START),
        ("The index ended the day at 10,325.", "10,325", END),
        ("It had an opening price of 4.10 euros.", "4.10 euros", START),
        ("Temperatures were 18C at the start of the race.", "18C", START),
        ("The runners set off in 18C heat.", "18C", START),
        ("It was 29C by the finish.", "29C", END),
        ("The river peaked at 6.8 metres on Sunday.", "6.8 metres", PEAK),
        ("The Elbe crested at 7.1m in Dresden.", "7.1m", PEAK),
        ("Forecasters expect a high of 31C.", "31C", PEAK),
        ("It was 41C at its height.", "41C", PEAK),
        ("Overnight there was a low of 4C.", "4C", LOW),
        ("The river is normally 1.2 metres deep.", "1.2 metres", NORMAL),
        ("Its normal level is 1.2m.", "1.2m", NORMAL),
        ("The lake usually stands at 3.4 metres.", "3.4 metres", NORMAL),
        ("Temperatures rose to 29C in the afternoon.", "29C", LATER),
        ("Shares fell to 95p.", "95p", LATER),
        ("The river reached 7.1 metres.", "7.1 metres", LATER),
    ],
)
def test_the_point_of_a_running_measure_a_figure_gives(text, figure, stage):
    assert _stage(text, figure) == stage


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The stadium opened in 1998 at a cost of $40m.", "$40m"),
        ("Temperatures of 29C are forecast.", "29C"),
        ("The river was 6.8 metres deep.", "6.8 metres"),
        ("Shares were trading at 98p.", "98p"),
        ("A career high of 30 points.", "30 points"),
        ("He was paid $4m, and the deal ended last year.", "$4m"),
        ("The carmaker is to cut 8,500 jobs by the end of 2028.", "8,500"),
        ("It was travelling at about 14 knots when it began to list.", "about 14 knots"),
    ],
)
def test_a_figure_whose_words_name_no_point_has_none(text, figure):
    assert _stage(text, figure) == ""


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (START, END, True),
        (START, PEAK, True),
        (NORMAL, PEAK, True),
        (PEAK, LOW, True),
        (LATER, START, True),
        (LATER, NORMAL, True),
        (LATER, PEAK, False),
        (LATER, END, False),
        (LATER, LOW, False),
        (PEAK, PEAK, False),
        (START, "", False),
        ("", END, False),
    ],
)
def test_only_figures_of_one_point_or_an_untold_one_compare(a, b, apart):
    assert stages_apart(a, b) is apart
    assert stages_apart(b, a) is apart


# ---- survivors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Coastguards said 84 survivors had been brought ashore.", "84"),
        ("So far 84 people have survived.", "84"),
        ("At least 30 people survived the collapse.", "30"),
        ("Rescuers said 17 miners were found alive.", "17"),
        ("Divers say 12 were pulled out alive.", "12"),
    ],
)
def test_a_count_of_survivors_counts_the_rescued(text, figure):
    s, e = _span(text, figure)
    assert survivor_count(text, e, len(text))
    assert measure_of(text, s, e).event == "rescued"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He is survived by 3 children.", "3"),
        ("The ferry carried 300 passengers.", "300"),
        ("About 115 people are still missing.", "115"),
    ],
)
def test_a_count_that_names_no_survivor_is_none(text, figure):
    _, e = _span(text, figure)
    assert not survivor_count(text, e, len(text))


# ---- what a place or a craft was made for -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A centre built for 250 is now housing 143.", "250"),
        ("The boat, built for a crew of eight, carried 210 people.", "eight"),
        ("The prison, designed to hold 1,200 inmates, housed 2,100.", "1,200"),
        ("The ferry was licensed to carry 400 passengers.", "400"),
        ("The shelter has room for 300 people.", "300"),
        ("The arena has a capacity of 18,000.", "18,000"),
        ("A stadium holding 40,000 was almost full.", "40,000"),
        ("The hall, which seats 2,000, was half full.", "2,000"),
        ("A 50-passenger bus was stranded.", "50"),
        ("The ground has a licensed capacity of 24,000.", "24,000"),
        ("The bridge can safely carry about 125 people at a time.", "about 125"),
        ("It held far more than the 125 people it was rated to carry.", "125"),
    ],
)
def test_what_a_place_was_made_for_is_its_capacity(text, figure):
    s, e = _span(text, figure)
    assert capacity(text, s, clause_bounds(text, s, e)[0], e)
    assert measure_of(text, s, e).role == "capacity"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The stadium was built for $40m.", "$40m"),
        ("The plant was running at 90 percent capacity.", "90 percent"),
        ("The shelter was holding 410 people.", "410"),
        ("The boat was carrying 210 people.", "210"),
        ("A capacity crowd of 40,000 watched.", "40,000"),
        ("The centre is housing 143 people.", "143"),
        ("The new line is planned for 2026 with 40 trains.", "40"),
    ],
)
def test_who_is_there_is_no_capacity(text, figure):
    s, e = _span(text, figure)
    assert measure_of(text, s, e).role != "capacity"


# ---- the days of different happenings ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "stage"),
    [
        ("Smith, who collapsed on Sunday, was discharged on Wednesday.", "Wednesday", "discharged"),
        ("Smith, who collapsed on Sunday, was discharged on Wednesday.", "Sunday", "incident"),
        ("He left hospital on Tuesday.", "Tuesday", "discharged"),
        ("She was released from hospital on Friday.", "Friday", "discharged"),
        ("The man will face a hearing on Thursday.", "Thursday", "court or inquest hearing"),
    ],
)
def test_the_stage_a_day_dates(text, day, stage):
    s, e = _span(text, day)
    assert date_reading(text, s, e).event == stage


def test_a_thing_described_as_collapsed_dates_no_collapse():
    text = "A judge sentenced the owner of a collapsed quarry firm on Tuesday."
    s, e = _span(text, "Tuesday")
    assert date_reading(text, s, e).event == "sentenced"


def test_a_weapon_discharged_is_no_discharge_from_hospital():
    text = "Police said the officer discharged his weapon on Tuesday."
    s, e = _span(text, "Tuesday")
    assert date_measure(text, s, e).event != "discharged"


# ---- whole analyses: the right pair is compared, the wrong one never -------------

_LEAD = (
    "The emergency in the region of Marlow continued on Monday, officials said. ",
    "Officials said the emergency in the Marlow region went on on Monday. ",
)
_TAIL = (
    " The regional governor visited the scene and promised an inquiry.",
    " An inquiry was promised by the regional governor, who visited the scene.",
)


def _flags(tmp_path, a: str, b: str) -> set[tuple[str, str, str]]:
    found = courier_gazette(tmp_path, _LEAD[0] + a + _TAIL[0], _LEAD[1] + b + _TAIL[1])
    return {(d.sides[0].text, d.sides[1].text, str(d.verdict)) for d in found}


def _pairs(flags) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in flags}


@pytest.mark.parametrize(
    ("a", "b", "wrong", "right"),
    [
        (  # survivors against the missing
            "84 survivors were taken to Kalamata, while about 115 remain missing.",
            "Some 99 people remain missing and 86 were rescued, officials said.",
            ("84", "Some 99"),
            ("84", "86"),
        ),
        (  # capacity against those aboard
            "The boat, designed for 50 passengers, was carrying more than 300.",
            "The boat was carrying 280 passengers.",
            ("50", "280"),
            ("more than 300", "280"),
        ),
        (  # capacity against those inside
            "The stadium, which holds 40,000, had 32,500 fans inside for the final.",
            "Some 35,000 fans were inside the 40,000-seat stadium for the final.",
            ("40,000", "Some 35,000"),
            None,
        ),
        (  # the open against the close
            "The shares opened at 102 pence and closed at 97 pence.",
            "The shares closed at 95 pence.",
            ("102 pence", "95 pence"),
            ("97 pence", "95 pence"),
        ),
        (  # the normal level against the peak
            "The river, usually 1.2 metres, peaked at 6.8 metres.",
            "The river peaked at 7.1 metres.",
            ("1.2 metres", "7.1 metres"),
            None,  # norm_against_instance still reads 'usually' beside the peak
        ),
        (  # a collapse's day against a discharge's
            "Smith, who collapsed on Sunday, was discharged on Wednesday.",
            "Smith was discharged on Tuesday.",
            ("Sunday", "Tuesday"),
            ("Wednesday", "Tuesday"),
        ),
        (
            "Smith collapsed on Sunday and was discharged from hospital on Wednesday.",
            "Smith left hospital on Tuesday.",
            ("Sunday", "Tuesday"),
            ("Wednesday", "Tuesday"),
        ),
    ],
)
def test_figures_of_different_roles_are_never_paired(tmp_path, a, b, wrong, right):
    pairs = _pairs(_flags(tmp_path, a, b))
    assert wrong not in pairs
    if right is not None:
        assert right in pairs


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Officials said 84 survivors had been found; some 115 remain missing.",
            "Officials said 48 survivors had been found; some 115 remain missing.",
            ("84", "48"),
        ),
        (
            "The navy said 84 survivors were pulled from the water, while 115 are still "
            "unaccounted for.",
            "The navy said 84 survivors were pulled from the water, while 99 are still "
            "unaccounted for.",
            ("115", "99"),
        ),
        (
            "The prison, designed to hold 1,200 inmates, housed 2,100.",
            "The prison, designed to hold 1,500 inmates, housed 2,100.",
            ("1,200", "1,500"),
        ),
        (
            "The centre, built to hold 250, houses 143 people.",
            "The centre houses 160 people.",
            ("143", "160"),
        ),
        (
            "Temperatures were 18C at the start of the race, rising to 29C by the finish.",
            "Temperatures were 20C at the start of the race and reached 29C by the finish.",
            ("18C", "20C"),
        ),
        (
            "The river, normally 1.2 metres deep, peaked at 6.8 metres on Sunday.",
            "The river, normally 1.2 metres deep, peaked at 7.1 metres on Sunday.",
            ("6.8 metres", "7.1 metres"),
        ),
        (
            "The stock opened at $102 and closed at $97.",
            "The stock closed at $95 after opening at $102.",
            ("$97", "$95"),
        ),
        (
            "Smith collapsed during the race on Sunday and was discharged from hospital on "
            "Wednesday.",
            "Smith was discharged from hospital on Tuesday after collapsing during the race on "
            "Sunday.",
            ("Wednesday", "Tuesday"),
        ),
        (
            "Smith, who collapsed on Sunday, was discharged on Wednesday.",
            "Smith, who collapsed on Saturday, was discharged on Wednesday.",
            ("Sunday", "Saturday"),
        ),
        (
            "Police arrested the man on Monday, and he appeared in court on Thursday.",
            "The man appeared in court on Friday.",
            ("Thursday", "Friday"),
        ),
    ],
)
def test_figures_of_one_role_still_conflict(tmp_path, a, b, pair):
    flags = _flags(tmp_path, a, b)
    assert (*pair, "conflict") in flags


def test_a_peak_above_a_normal_level_still_meets_a_rise_above_it(tmp_path):
    """'above its normal level' is what both figures are measured from, no norm
    stated: a peak and a rise over one level compare (tests/pairs/02)."""
    flags = _flags(
        tmp_path,
        "The river peaked at 15ft above its normal level, the highest since 1947.",
        "The river rose 4.6 metres above its normal level, its highest since 1947.",
    )
    assert ("15ft", "4.6 metres", "consistent") in flags
