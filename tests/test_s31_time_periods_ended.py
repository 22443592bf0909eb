"""Session 31 (time38): a reporting period named by the day it ends, that day written
as a weekday or counted from publication ("the quarter ended Saturday", "the year
ending tomorrow", "the week ended Friday"), or as a month alone ("the year to June",
"the quarter to September", "the year through March": British and wire business
copy), and a week so named ("the week ended Oct. 21", "the week to Friday").

On main the period was dropped and only its day read, so "earned $5 million in the
quarter ended Saturday" stated no quarter at all, and weekly data ("claims fell in
the week ended Oct. 21") no week. Each case is our own sentence; the expectation is
the period's first and last day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.facts.time import compare, find_times


def period(text: str, pub: str, head: str):
    ms = find_times(text, date.fromisoformat(pub))
    got = [m for m in ms if m.text.lower().endswith(head)]
    assert got, [(m.text, m.timex) for m in ms]
    return got[0]


def days(m) -> tuple[date, date]:
    lo, hi = m.interval
    return lo.date(), (hi - timedelta(days=1)).date()


@pytest.mark.parametrize(
    "pub, text, head, first, last, timex",
    [
        # a retailer's quarter ending on a weekday (a 13-week quarter named by
        # the calendar quarter holding most of it)
        (
            "2023-05-08",
            "The chain earned $41 million in the quarter ended Saturday.",
            "quarter",
            "2023-02-07",
            "2023-05-06",
            "2023-Q1",
        ),
        # published on the Tuesday: 'last Sunday' is the 24th under both readings
        # (in a Monday paper it is read a week back since session 36, eng115)
        (
            "2019-11-26",
            "Sales at the grocer rose 3% for its quarter ended last Sunday.",
            "quarter",
            "2019-08-25",
            "2019-11-24",
            "2019-Q4",
        ),
        # a fiscal year ending on a day counted from publication
        (
            "2001-03-30",
            "The bank expects a loss of 9 billion yen for the year ending tomorrow.",
            "year",
            "2000-04-01",
            "2001-03-31",
            "P1Y",
        ),
        (
            "2016-06-30",
            "Its fiscal year that ends today was the worst in a decade.",
            "year",
            "2015-07-01",
            "2016-06-30",
            "P1Y",
        ),
        # a half ending yesterday
        (
            "2010-09-01",
            "Revenue fell in the half ended yesterday, the miner said.",
            "half",
            "2010-03-01",
            "2010-08-31",
            "2010-H1",
        ),
        # weekly data: a week ending on a written date, a weekday, or "to" a day
        (
            "1995-10-30",
            "Initial jobless claims fell by 12,000 in the week ended Oct. 21.",
            "week",
            "1995-10-15",
            "1995-10-21",
            "1995-W42",
        ),
        (
            "2008-03-17",
            "Mortgage applications jumped in the week ending Friday.",
            "week",
            "2008-03-08",
            "2008-03-14",
            "2008-W11",
        ),
        (
            "2021-02-08",
            "Shares in the group lost 6% in the week to Sunday.",
            "week",
            "2021-02-01",
            "2021-02-07",
            "2021-W05",
        ),
        (
            "2014-07-21",
            "Box office takings in the week ended 19 July were a record.",
            "week",
            "2014-07-13",
            "2014-07-19",
            "2014-W29",  # 14-19 July of the seven days
        ),
        # a period running to a month: the months ending with it
        (
            "2012-08-15",
            "Consumer prices rose 2.8% in the year to June.",
            "year",
            "2011-07-01",
            "2012-06-30",
            "P1Y",
        ),
        (
            "2017-11-02",
            "Like-for-like sales grew 4% in the quarter to September.",
            "quarter",
            "2017-07-01",
            "2017-09-30",
            "2017-Q3",
        ),
        (
            "2005-05-20",
            "Home sales fell in the year through March, the realtors said.",
            "year",
            "2004-04-01",
            "2005-03-31",
            "P1Y",
        ),
        (
            "2020-02-27",
            "The airline lost money in the half to December.",
            "half",
            "2019-07-01",
            "2019-12-31",
            "2019-H2",
        ),
    ],
)
def test_a_period_named_by_a_day_it_ends_on(pub, text, head, first, last, timex):
    m = period(text, pub, head)
    assert days(m) == (date.fromisoformat(first), date.fromisoformat(last))
    assert m.timex == timex
    assert "ended" in m.value  # the explanation names the day it ended


@pytest.mark.parametrize(
    "pub, text",
    [
        ("2023-05-08", "The quarter ended badly for the club."),
        ("2023-05-08", "The week ended with a storm on Saturday."),  # no day right after
        ("2023-05-08", "They met to talk for the year ahead on Saturday."),
    ],
)
def test_no_period_without_its_day_right_after(pub, text):
    ms = find_times(text, date.fromisoformat(pub))
    assert not [m for m in ms if "ended" in m.value], [(m.text, m.value) for m in ms]


def test_two_weeks_ending_on_different_days_conflict_and_one_week_agrees():
    pub = date(1995, 10, 30)
    a = "Jobless claims fell in the week ended Oct. 21."
    b = "Jobless claims fell in the week to Oct. 14."
    c = "Jobless claims fell in the week ending Saturday, Oct. 21."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "conflict"
    assert compare(ma, mc, a, c).verdict in ("identical", "consistent")


def test_a_quarter_ended_on_a_weekday_agrees_with_its_calendar_quarter():
    pub = date(2023, 5, 8)
    a = "The chain earned $41 million in the quarter ended Saturday."
    b = "The chain earned $41 million in the first quarter."
    c = "The chain earned $41 million in the fourth quarter."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert compare(ma, mb, a, b).verdict == "consistent"
    assert compare(ma, mc, a, c).verdict == "conflict"


def test_two_years_ended_on_different_days_conflict():
    """Two fiscal years are compared by their months, not as lengths (on main two
    different fiscal years were "identical": the same length)."""
    pub = date(2012, 8, 15)
    a = "Consumer prices rose 2.8% in the year to June."
    b = "Consumer prices rose 2.8% in the year to June 2011."
    c = "Consumer prices rose 2.8% in the year ended June 30."
    ma, mb, mc = (find_times(t, pub)[0] for t in (a, b, c))
    assert (ma.timex, mb.timex, mc.timex) == ("P1Y", "P1Y", "P1Y")
    assert compare(ma, mb, a, b).verdict == "conflict"
    assert compare(ma, mc, a, c).verdict == "identical"
