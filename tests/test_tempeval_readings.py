"""The TempEval-3 harness's readings of a value (benchmarks/accuracy_tempeval.py).

TimeBank writes "Tuesday night" as the part of the day (``1998-02-10TNI``); AQUAINT
more often writes the day (``1998-02-10``). The editor's reading counts our part of
the day as right against the day it lies in; it is not that day's neighbour, nor a
part of another day. The ``part-as-day`` reading scores our export as AQUAINT writes
it, ``year-point`` writes "earlier this year" with its month left open, ``week-unit``
"six weeks ago" as its ISO week."""

from __future__ import annotations

import pytest

from benchmarks.accuracy_tempeval import (
    READINGS,
    part_of_the_day,
    same_for_an_editor,
    value_class,
)


@pytest.mark.parametrize(
    "gold, ours, want",
    [
        ("1998-02-10", "1998-02-10TNI", True),
        ("1998-02-10", "1998-02-10TMO", True),
        ("2004-09-13", "2004-09-13TEV", True),
        ("1998-02-10", "1998-02-11TNI", False),  # the next day's night
        ("1998-02-10TNI", "1998-02-10", False),  # ours says less than gold
        ("1998-02-10", "1998-02-10T21:00", False),  # a clock time is no part of the day
        ("1998-02", "1998-02-10TNI", False),
    ],
)
def test_part_of_the_day_gold_names(gold, ours, want):
    assert part_of_the_day(gold, ours) is want
    assert same_for_an_editor(gold, ours) is want


def test_the_class_of_a_part_of_the_day_says_so():
    assert value_class("1998-02-10", "1998-02-10TNI").startswith("ours names a part of the day")
    assert value_class("1998-02-10", "1998-02-17TNI") != value_class("1998-02-10", "1998-02-10TNI")


def test_readings_rewrite_only_their_convention():
    as_day = READINGS["part-as-day"]
    assert as_day("Tuesday night", "1998-02-10TNI", "TIME") == ("1998-02-10", "DATE")
    assert as_day("Tuesday", "1998-02-10", "DATE") == ("1998-02-10", "DATE")
    assert as_day("10 p.m. Tuesday", "1998-02-10T22:00", "TIME") == ("1998-02-10T22:00", "TIME")
    point = READINGS["year-point"]
    assert point("earlier this year", "1998", "DATE") == ("1998-XX", "DATE")
    assert point("later in the year", "1998", "DATE") == ("1998-XX", "DATE")
    assert point("this year", "1998", "DATE") == ("1998", "DATE")
    assert point("earlier this month", "1998-02", "DATE") == ("1998-02", "DATE")


def test_week_unit_reading_writes_a_count_of_weeks_as_its_week():
    week = READINGS["week-unit"]
    assert week("six weeks ago", "1998-01-18", "DATE") == ("1998-W03", "DATE")  # a Sunday: ISO W03
    assert week("two weeks later", "1998-12-31", "DATE") == ("1998-W53", "DATE")  # ISO year
    assert week("a week from now", "2004-01-01", "DATE") == ("2004-W01", "DATE")
    assert week("Two weeks earlier", "1990-08-02", "DATE") == ("1990-W31", "DATE")
    # days, a week as a length, and a week already written as one are left as they are
    assert week("ten days ago", "1998-08-04", "DATE") == ("1998-08-04", "DATE")
    assert week("two weeks", "P2W", "DURATION") == ("P2W", "DURATION")
    assert week("last week", "1998-W32", "DATE") == ("1998-W32", "DATE")
    assert week("the weekend ago", "1998-08-08", "DATE") == ("1998-08-08", "DATE")


@pytest.mark.parametrize(
    "gold, ours, want",
    [
        ("1998-W3", "1998-W03", True),  # an ISO week written without its leading zero
        ("1998-W3-WE", "1998-W03-WE", True),
        ("1998-W3", "1998-W33", False),
        ("1998-W3", "1998-W04", False),
    ],
)
def test_a_week_written_with_one_digit_is_spelt_differently(gold, ours, want):
    """Session 32 (time39): gold's one-digit week numbers are the same week, spelt
    differently, in the editor's reading (the TempEval-3 score compares strings)."""
    assert same_for_an_editor(gold, ours) is want
    assert value_class(gold, ours).startswith("same value spelt differently") is want
