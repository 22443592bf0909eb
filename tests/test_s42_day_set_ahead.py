"""A day a court or a body set ahead, told with a past verb, is the occurrence nearest
publication, not last year's (user trial 49: "a provisional trial date was set for
October 28" in a June 2013 story was read as October 2012). The past act's own day
keeps the past reading."""

from datetime import date

import pytest

from workbench.facts.time import find_times


def _value(text: str, published: date, surface: str) -> str:
    for m in find_times(text, published):
        if surface in m.surface:
            return str(m.value)
    raise AssertionError(f"{surface!r} not found in {text!r}")


SET_AHEAD = [
    (
        "A provisional trial date was set for October 28.",
        date(2013, 6, 12),
        "October 28",
        "28 Oct 2013",
    ),
    (
        "He was remanded in custody until September 6, when he will enter a plea.",
        date(2013, 6, 12),
        "September 6",
        "6 Sep 2013",
    ),
    ("Sentencing was set for Aug. 9.", date(2013, 6, 12), "Aug. 9", "9 Aug 2013"),
    (
        "The inquest was formally adjourned until 14 November.",
        date(2021, 7, 2),
        "14 November",
        "14 Nov 2021",
    ),
    (
        "She was bailed to appear before magistrates in Leeds on 3 September.",
        date(2019, 4, 20),
        "3 September",
        "3 Sep 2019",
    ),
    (
        "The vote was postponed until March 30 after the walkout.",
        date(2024, 2, 1),
        "March 30",
        "30 Mar 2024",
    ),
    (
        "The judge set a new trial date of December 2.",
        date(2016, 5, 10),
        "December 2",
        "2 Dec 2016",
    ),
    (
        "The hearing was listed for 19 October at the High Court.",
        date(2022, 6, 30),
        "19 October",
        "19 Oct 2022",
    ),
    (
        "The appeal was pushed back to November 21 because a lawyer fell ill.",
        date(2018, 3, 5),
        "November 21",
        "21 Nov 2018",
    ),
    ("He was remanded in custody until Friday.", date(2013, 6, 12), "Friday", "14 Jun 2013"),
    ("The case was adjourned until Monday.", date(2020, 9, 9), "Monday", "14 Sep 2020"),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), SET_AHEAD)
def test_a_day_set_ahead_is_the_nearest(text, published, surface, expected):
    assert expected in _value(text, published, surface)


PAST_ACTS = [
    ("He was remanded in custody on Monday.", date(2013, 6, 12), "Monday", "10 Jun 2013"),
    ("The couple married on October 28.", date(2013, 6, 12), "October 28", "28 Oct 2012"),
    ("The record was set on October 28.", date(2013, 6, 12), "October 28", "28 Oct 2012"),
    ("He was freed on bail on September 30.", date(2013, 6, 12), "September 30", "30 Sep 2012"),
    ("The hearing was set for Oct. 28 last year.", date(2013, 6, 12), "Oct. 28", "28 Oct 2012"),
    (
        "Police said the fire was set on the night of August 3.",
        date(2015, 5, 1),
        "August 3",
        "3 Aug 2014",
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), PAST_ACTS)
def test_the_past_acts_own_day_keeps_the_past(text, published, surface, expected):
    assert expected in _value(text, published, surface)


def test_a_plan_since_changed_keeps_its_day_back():
    # the past perfect tells the old plan (tests/test_time12e_midnight.py)
    text = "The sentencing had originally been set for October 28."
    assert "28 Oct 2012" in _value(text, date(2013, 6, 12), "October 28")
