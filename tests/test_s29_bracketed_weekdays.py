"""A weekday with its date in brackets right after it ("Thursday afternoon (13
March)", "Wednesday (March 11)"): the date says which day the weekday is. Read
apart, the weekday was placed from publication alone — in a weekly dated a week
later, a Thursday after the date it printed — and a wrong weekday was compared
only by its date (session 29, authored development cyclone and tower_fire). The
cases here are our own: other weekdays, months, years and parts of a day."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict


def dates(sentence: str, published: date):
    return [t for t in find_times(sentence, published) if t.type == "DATE"]


@pytest.mark.parametrize(
    ("sentence", "published", "timex", "value"),
    [
        # a weekly dated a week on: the weekday alone would be the later one
        (
            "Applications received by Thursday afternoon (13 March): 8,600",
            date(2025, 3, 21),
            "2025-03-13TAF",
            "Thu 13 Mar 2025, afternoon",
        ),
        (
            "The count stood at 412 on Monday evening (2 June), the agency said.",
            date(2025, 6, 12),
            "2025-06-02TEV",
            "Mon 2 Jun 2025, evening",
        ),
        # a weekday its date does not fall on: the date kept, the weekday doubted
        (
            "The fire started on Wednesday (March 11) on the scaffolding.",
            date(2025, 3, 14),
            "2025-03-11",
            "Tue 11 Mar 2025, not a Wednesday",
        ),
        (
            "Voting closed on Saturday (Nov. 9) after a week of delays.",
            date(2024, 11, 12),
            "2024-11-09",
            "Sat 9 Nov 2024",
        ),
        (
            "The ship docked last Sunday (4 May 2025) in Valletta.",
            date(2025, 5, 9),
            "2025-05-04",
            "Sun 4 May 2025",
        ),
        (
            "Shares were suspended on Friday (October 16) pending a statement.",
            date(2026, 10, 20),
            "2026-10-16",
            "Fri 16 Oct 2026",
        ),
    ],
)
def test_the_bracketed_date_says_which_day(sentence, published, timex, value):
    found = dates(sentence, published)
    day = next(m for m in found if m.timex.startswith(timex[:10]))
    assert day.timex == timex
    assert day.value == value
    assert {m.interval[0].date() for m in found} == {day.interval[0].date()}  # no other day


def test_a_wrong_weekday_is_one_mention_spanning_the_bracket():
    (m,) = dates("Police said it began on Monday (August 19) near the harbour.", date(2026, 8, 21))
    assert m.text == "Monday (August 19)"  # 19 August 2026 is a Wednesday
    assert m.value == "Wed 19 Aug 2026, not a Monday"


def test_a_weekday_agreeing_with_its_date_is_left_as_written():
    # the weekday already reads as its date: nothing to join, the two mentions kept
    found = dates("Police on Wednesday (March 12) arrested two men.", date(2025, 3, 14))
    assert [m.text for m in found] == ["Wednesday", "March 12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They met on Monday (today) to sign the deal.",  # no date in the bracket
        "The strike began on Tuesday (in March, the union says).",
        "The talks ended on Friday, and on 7 May they resumed.",  # no bracket
    ],
)
def test_no_date_in_brackets_leaves_the_weekday_alone(sentence):
    published = date(2026, 5, 13)
    weekday = next(m for m in dates(sentence, published) if m.text.split()[-1][:3] in "MonTueFri")
    assert "(" not in weekday.text
    assert "not a" not in weekday.value


def test_a_later_weekday_no_longer_reads_as_an_update():
    """6,800 by 'yesterday afternoon' (13 March) against 8,600 by 'Thursday
    afternoon (13 March)': the same moment, so the days agree (they were read a
    week apart and the figures taken for an update)."""
    (a,) = dates("Claims stood at 6,800 by yesterday afternoon.", date(2025, 3, 14))
    (b,) = dates("Claims lodged by Thursday afternoon (13 March): 8,600", date(2025, 3, 21))
    got = compare(a, b, "A", "B")
    assert got is not None and got.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)


def test_a_clock_on_the_bracketed_day_takes_that_day():
    """The clock time takes the bracket's date, not the weekday read alone."""
    (m,) = [
        t
        for t in find_times(
            "It began at 2.52pm on Wednesday (March 11) at Block B.", date(2025, 3, 14)
        )
        if t.type == "TIME"
    ]
    assert m.timex == "2025-03-11T14:52"


def test_a_clock_on_a_right_weekday_agrees():
    a = next(
        m
        for m in find_times("It began at 9.15am on Sunday (May 4).", date(2025, 5, 9))
        if m.type == "TIME"
    )
    b = next(
        m
        for m in find_times("It began at 9:15 a.m. on May 4.", date(2025, 5, 6))
        if m.type == "TIME"
    )
    got = compare(a, b, "A", "B")
    assert got is not None and got.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)
