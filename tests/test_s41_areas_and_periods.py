"""Figures of a part against the whole, of different areas or wholes (issue 11,
session 41).

Readers of the opened development events judged these conflicts "different
scope" (session 40's table, rows D1, D2):

1. a figure of a part of the area against one of the whole, each told as such
   ('all 14 hospitals in the province' / '23 in the affected area'): the
   width of each area is read from the figure's own clause
   (facts/area_told.py) and the pair kept apart (judge/areas_apart.py): no
   flag when the part is no larger than its whole, a question naming both
   areas when it is, never a conflict;
2. two shares of wholes of different widths ('38 per cent of demand in the
   north' / '15% of national demand'; '8% of its German workforce' / '3% of the
   group's workforce'): no flag, also when bound to one figure the reports
   give alike (bound.py).

Made-up cases in other words, numbers, places and trades than the events'.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.facts.area_told import area_told
from workbench.facts.count_period import count_period
from workbench.facts.parts.sums import sum_of_parts


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _width(text: str, figure: str) -> int:
    at = text.index(figure)
    return area_told(text, at, at + len(figure))[0]


# --- 1. the width of the area a figure is told of --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "width"),
    [
        ("All 31 schools in the county closed early on Friday.", "31", 1),
        ("Clinics in Tarrow province treated 512 people for smoke.", "512", 1),
        ("Some 60 roads were shut in the province of Alvera.", "60", 1),
        ("About 180 jobs will go at the Kestrel plant.", "180", 1),
        ("Across the south-west, 47 schools stayed shut.", "47", 2),
        ("Some 2,300 homes in the flooded areas lost water.", "2,300", 2),
        ("It met about 41% of demand in the east that evening.", "41%", 2),
        ("The outage cut 9% of national supply.", "9%", 3),
        ("Police made 212 arrests nationwide.", "212", 3),
        ("The cuts amount to 8% of its Spanish workforce.", "8%", 3),
        ("The cuts amount to about 3% of the company's workforce.", "3%", 4),
        ("Sales rose 6% globally.", "6%", 4),
        # no area: an agency's name, a team, a side of a valley, a bare count
        ("The national weather service said 44 people had died.", "44", 0),
        ("The national team won 3-1 after 2 goals late on.", "2", 0),
        ("Winds felled 40 trees on the north side of the valley.", "40", 0),
        ("Some 75 people were taken to hospital.", "75", 0),
    ],
)
def test_the_width_of_the_area_a_figure_is_told_of(text, figure, width):
    assert _width(text, figure) == width


# --- 2. a part of the area against the whole ------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In Tarrow itself, all 9 schools in the province closed within the hour.",
            "Across the south, 26 schools closed within the hour, the education office said.",
        ),
        (
            "The water board said 26 schools in the affected area closed within the hour.",
            "In the province, all 9 schools closed within the hour, the water board said.",
        ),
        (
            "Some 640 staff at the Dunmore plant will lose their jobs, the union said.",
            "The company said 1,900 staff would lose their jobs across the group.",
        ),
        # equal figures of plainly different areas: no agreement shown either
        (
            "Officials said 17 bridges in the county were closed for inspection.",
            "Officials said 17 bridges across the north were closed for inspection.",
        ),
    ],
)
def test_a_part_of_the_area_against_the_whole(flags, a, b):
    opening = "A storm hit the region on Monday."
    found = flags((opening, a, "2027-03-02"), (opening, b, "2027-03-02"))
    assert not [f for f in found if {f[0], f[1]} & {"9", "26", "640", "1,900", "17"}], found


def test_a_part_larger_than_its_area_is_a_question(flags):
    opening = "A storm hit the region on Monday."
    a = "The health office said 40 clinics in the province switched to generators."
    b = "The health office said 23 clinics across the north switched to generators."
    found = flags((opening, a, "2027-03-02"), (opening, b, "2027-03-02"))
    pairs = [f for f in found if {f[0], f[1]} == {"40", "23"}]
    assert pairs and all(f[2] == "unresolved" for f in pairs), found
    assert "one province or site" in pairs[0][3] and "one region" in pairs[0][3]


def test_areas_of_one_width_in_other_words_are_still_compared(flags):
    opening = "A storm hit the region on Monday."
    a = "The health office said 23 clinics in the affected area switched to generators."
    b = "The health office said 31 clinics across the north switched to generators."
    found = flags((opening, a, "2027-03-02"), (opening, b, "2027-03-02"))
    assert [f for f in found if {f[0], f[1]} == {"23", "31"} and f[2] == "conflict"], found


# --- 3. shares of wholes of different widths ------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The plant lost about 2,400 megawatts, some 41 per cent of demand in the east at "
            "the time.",
            "With the east short of some 2,400MW, roughly 11% of national demand, frequency "
            "collapsed.",
        ),
        (
            "The 1,200 job cuts amount to 8% of its Spanish workforce, the carmaker said.",
            "The 1,200 job cuts amount to about 3% of the company's workforce, the carmaker said.",
        ),
        # equal shares of two wholes are no agreement
        (
            "The 1,200 job cuts amount to 3% of its Spanish workforce, the carmaker said.",
            "The 1,200 job cuts amount to 3% of the group's workforce, the carmaker said.",
        ),
    ],
)
def test_shares_of_wholes_of_different_widths(flags, a, b):
    opening = "The company announced cuts on Tuesday."
    found = flags((opening, a, "2027-05-04"), (opening, b, "2027-05-04"))
    shares = [f for f in found if f[0].endswith(("%", "cent")) or f[1].endswith(("%", "cent"))]
    assert not shares, found


def test_shares_of_one_whole_are_still_compared(flags):
    opening = "The company announced cuts on Tuesday."
    a = "The 1,200 job cuts amount to 8% of its workforce, the carmaker said."
    b = "The 1,200 job cuts amount to about 3% of its workforce, the carmaker said."
    found = flags((opening, a, "2027-05-04"), (opening, b, "2027-05-04"))
    assert [f for f in found if f[2] == "conflict" and "8%" in (f[0], f[1])], found


# --- 4. counts over periods told differently, and the ends of such periods -------------


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Clinics treated 412 people for smoke between Tuesday and Thursday.", "412", True),
        ("From Monday to Saturday, 96 flights were cancelled.", "96", True),
        ("Police logged 1,050 calls in the four days to Sunday.", "1,050", True),
        ("Clinics treated 412 people for smoke on Tuesday.", "412", False),
    ],
)
def test_the_period_a_count_was_counted_over(text, figure, period):
    at = text.index(figure)
    assert (count_period(text, at, at + len(figure)) is not None) == period


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Clinics in the capital treated 412 people for smoke between Tuesday and Thursday, "
            "the health office said.",
            "Some 2,900 people were treated for smoke between Tuesday and Sunday.",
        ),
        (
            "From Monday to Wednesday, 96 flights were cancelled at the main airport.",
            "In all, 310 flights were cancelled from Monday to Saturday, the airline said.",
        ),
    ],
)
def test_counts_over_different_periods(flags, a, b):
    opening = "Wildfire smoke blanketed the region this week."
    found = flags((opening, a, "2031-06-13"), (opening, b, "2031-06-15"))
    assert not [f for f in found if f[2] == "conflict"], found


@pytest.mark.parametrize(
    ("a", "b", "ends"),
    [
        (
            "Hospitals in the capital admitted 412 people with heatstroke between Monday and "
            "Wednesday, officials said.",
            "More than 2,900 people were admitted to hospital with heatstroke between Monday "
            "and Friday.",
            {"Wednesday", "Friday"},
        ),
        (
            "From Tuesday to Thursday, 96 flights were cancelled at the main airport.",
            "In all, 310 flights were cancelled from Tuesday to Saturday, the airline said.",
            {"Thursday", "Saturday"},
        ),
    ],
)
def test_the_ends_of_two_counting_periods(flags, a, b, ends):
    opening = "Heat gripped the country this week."
    found = flags((opening, a, "2031-07-17"), (opening, b, "2031-07-19"))
    assert not [f for f in found if {f[0], f[1]} & ends], found


def test_one_count_over_one_period_told_twice_is_still_compared(flags):
    opening = "Wildfire smoke blanketed the region this week."
    a = "Clinics treated 412 people for smoke between Tuesday and Thursday, officials said."
    b = "Clinics treated 521 people for smoke between Tuesday and Thursday, officials said."
    found = flags((opening, a, "2031-06-13"), (opening, b, "2031-06-13"))
    assert [f for f in found if {f[0], f[1]} == {"412", "521"} and f[2] == "conflict"], found


def test_a_period_no_count_is_told_over_is_still_dated(flags):
    opening = "Rail workers will strike this week."
    a = "The strike will run from Monday to Wednesday, the union said."
    b = "The strike will run from Monday to Friday, the union said."
    found = flags((opening, a, "2031-06-08"), (opening, b, "2031-06-08"))
    assert [f for f in found if {f[0], f[1]} == {"Wednesday", "Friday"}], found


# --- 5. a count whose own sentence accounts for the other's -----------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other's count is the whole told beside this one
        (
            "The three closed warehouses employ 460 workers, or about 40 per cent of the "
            "firm's 1,150 staff.",
            "The firm's three warehouses employ 1,150 workers.",
        ),
        # the other's count is the rest: the whole less the part the sentence sets apart
        (
            "Rescuers brought 2,450 sheep out of the floodwater, 610 of them injured.",
            "Rescuers brought 1,840 unhurt sheep out of the floodwater.",
        ),
        (
            "By Thursday evening 1,260 oiled seabirds had been brought in, 420 of them dead.",
            "As of Thursday, 840 oiled seabirds were alive in rescue centres.",
        ),
        (
            "Of the 96 climbers evacuated from the mountain, 14 were taken to hospital.",
            "Some 82 climbers evacuated from the mountain went home the same night.",
        ),
    ],
)
def test_a_count_its_sentence_accounts_for(flags, a, b):
    opening = "Floods hit the valley this week."
    found = flags((opening, a, "2028-04-07"), (opening, b, "2028-04-08"))
    assert not [f for f in found if f[2] == "conflict"], found


@pytest.mark.parametrize(
    "b",
    [
        # neither the whole nor the rest
        "Rescuers brought 1,300 unhurt sheep out of the floodwater.",
        # the whole told again, in another figure
        "Rescuers brought 2,900 sheep out of the floodwater.",
    ],
)
def test_a_count_its_sentence_does_not_account_for_is_compared(flags, b):
    opening = "Floods hit the valley this week."
    a = "Rescuers brought 2,450 sheep out of the floodwater, 610 of them injured."
    found = flags((opening, a, "2028-04-07"), (opening, b, "2028-04-08"))
    assert [f for f in found if "2,450" in (f[0], f[1])], found


# --- 6. one thing's value against the total value of several things --------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Police put the total value of the drugs seized at more than 10 million marks.", True),
        ("Customs put the combined worth of the seized watches at 2.3 million euros.", True),
        ("The overall value of all the paintings recovered was $41 million.", True),
        # one deal's value, however it is worded
        ("The total value of the deal was 4.1 billion dollars.", False),
        ("The total value of the contract is $880 million.", False),
    ],
)
def test_a_value_of_several_things(text, total):
    at = next(i for i, ch in enumerate(text) if ch.isdigit())
    end = text.index(" ", at)
    assert sum_of_parts(text, at, end) == total
