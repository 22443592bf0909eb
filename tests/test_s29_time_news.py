"""Issue 12, session 29 (time36): general-news wordings of our own, beyond TimeBank's copy.

Classes found by reading varied news sentences (wire style, 1998-2000 and later,
publication on different weekdays) through the analysis:

* a day in a first predicate followed by a second one joined by "and" ("arrived on
  Monday and will leave Friday", "arrested him Tuesday, and he will appear"): the
  second predicate's future read the first day ahead, a week off;
* a day inside a participle phrase set off by commas ("the measure, approved by the
  Senate on Monday, will go to the House"): the main verb after the closing comma
  read it ahead, as it may not inside a comma-set relative clause;
* the colon of a clock counted as a clause break ("left Athens at 10:15 p.m.
  Thursday and was due ..."): the past verb before the clock lost to a farther one;
* a clock beside a part of its day ("11 p.m. last night", "7:40 a.m. this
  morning", "3 a.m. Tuesday morning") is one TimeML TIMEX3, as "10 p.m. Wednesday"
  already was (TimeBank's "mid-afternoon yesterday");
* "the past weekend", "the last weekend", "this past week" lost their first word
  ("past weekend", "past week") from the extent;
* two units back or ahead ("the week before last", "the year after next", "the
  weekend before last", "Thursday before last") were unread or read as one unit
  ("the weekend" of last week).

Guards keep what must stay as it was: a day with no verb before it still takes the
verb after "and"; "the last weekend of August" is no weekend of publication; a
comma-set participle phrase does not hide a plan inside it; "before last year's
election" is no week before last.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document
from workbench.facts.time.combine import timeml_extents

WED = "1998-08-12"
MON = "2003-03-10"
FRI = "2011-06-17"


def marked(text: str, pub: str) -> list[tuple[str, str]]:
    found = find_times_in_document([text], date.fromisoformat(pub))[0]
    return [(m.text, m.timex) for m in timeml_extents(text, found)]


def value_of(text: str, pub: str, words: str) -> str:
    for t, v in marked(text, pub):
        if words in t:
            return v
    raise AssertionError(f"{words!r} not marked in {marked(text, pub)}")


# --- a second predicate after "and" -------------------------------------------------

COORDINATED = [
    ("The senator arrived in Moscow on Monday and will leave Friday.", WED, "Monday", "1998-08-10"),
    (
        "The envoy met rebel leaders on Sunday and is expected to return Thursday.",
        WED,
        "Sunday",
        "1998-08-09",
    ),
    (
        "Police arrested the suspect Tuesday, and he will appear in court Friday.",
        WED,
        "Tuesday",
        "1998-08-11",
    ),
    (
        "The central bank cut rates on Tuesday and will meet again next month.",
        FRI,
        "Tuesday",
        "2011-06-14",
    ),
    (
        "Inspectors visited the plant on Thursday and plan to return in April.",
        MON,
        "Thursday",
        "2003-03-06",
    ),
    (
        "The team landed in Sydney Saturday and then will travel to Perth.",
        MON,
        "Saturday",
        "2003-03-08",
    ),
]


@pytest.mark.parametrize(("text", "pub", "words", "value"), COORDINATED)
def test_day_of_first_predicate_keeps_its_past(text, pub, words, value):
    assert value_of(text, pub, words) == value


def test_the_second_predicate_still_looks_ahead():
    text = "The senator arrived in Moscow on Monday and will leave Friday."
    assert value_of(text, WED, "Friday") == "1998-08-14"


def test_day_with_no_verb_before_takes_the_verb_after_and():
    # nothing before the day to govern it: the future after "and" still does
    assert value_of("Tuesday and Wednesday will be cloudy.", WED, "Tuesday") == "1998-08-18"


# --- a comma-set participle phrase --------------------------------------------------

PARTICIPLE = [
    (
        "The measure, approved by the Senate on Monday, will now go to the House.",
        WED,
        "Monday",
        "1998-08-10",
    ),
    (
        "The treaty, signed in Rome on Tuesday, will take effect next year.",
        FRI,
        "Tuesday",
        "2011-06-14",
    ),
    (
        "The suspects, arrested by police Saturday, will appear in court.",
        MON,
        "Saturday",
        "2003-03-08",
    ),
    (
        "The plan, unveiled by the mayor on Sunday, could cost $2 billion.",
        WED,
        "Sunday",
        "1998-08-09",
    ),
]


@pytest.mark.parametrize(("text", "pub", "words", "value"), PARTICIPLE)
def test_day_inside_comma_set_participle_phrase(text, pub, words, value):
    assert value_of(text, pub, words) == value


def test_plan_inside_comma_set_phrase_still_looks_ahead():
    text = "The summit, scheduled for Friday, will draw 40 leaders."
    assert value_of(text, WED, "Friday") == "1998-08-14"


# --- the colon of a clock -----------------------------------------------------------

CLOCK_COLON = [
    (
        "The plane left Athens at 10:15 p.m. Thursday and was due in New York at 6 a.m.",
        MON,
        "Thursday",
        "2003-03-06T22:15",
    ),
    (
        "The ferry sailed at 6:30 a.m. Monday and was expected in port by noon.",
        FRI,
        "Monday",
        "2011-06-13T06:30",
    ),
]


@pytest.mark.parametrize(("text", "pub", "words", "value"), CLOCK_COLON)
def test_clock_colon_is_no_clause_break(text, pub, words, value):
    assert value_of(text, pub, words) == value


# --- a clock beside a part of its day -----------------------------------------------

CLOCK_AND_PART = [
    ("At about 11 p.m. last night the fire spread.", WED, "11 p.m. last night", "1998-08-11T23:00"),
    ("The curfew begins at 10 p.m. tonight.", FRI, "10 p.m. tonight", "2011-06-17T22:00"),
    (
        "Police were called at 7:40 a.m. this morning.",
        MON,
        "7:40 a.m. this morning",
        "2003-03-10T07:40",
    ),
    (
        "The shooting happened at 3 a.m. Tuesday morning.",
        WED,
        "3 a.m. Tuesday morning",
        "1998-08-11T03:00",
    ),
]


@pytest.mark.parametrize(("text", "pub", "extent", "value"), CLOCK_AND_PART)
def test_clock_beside_part_of_its_day_is_one_timex(text, pub, extent, value):
    assert (extent, value) in marked(text, pub)


def test_clock_and_part_with_at_between_stay_two():
    got = marked("The ship sank Tuesday night at 11:30 p.m.", WED)
    assert [t for t, _ in got] == ["Tuesday night", "11:30 p.m."]


# --- "the past weekend", "this past week" ------------------------------------------

WINDOWS = [
    ("Over the past weekend, storms killed 12 people.", WED, "the past weekend", "1998-W32-WE"),
    ("Over the last weekend, police made 40 arrests.", FRI, "the last weekend", "2011-W23-WE"),
    ("He will rest over the coming weekend.", MON, "the coming weekend", "2003-W11-WE"),
    ("This past week, the market fell 5 percent.", WED, "This past week", "P1W"),
    ("This past month, prices rose sharply.", FRI, "This past month", "P1M"),
]


@pytest.mark.parametrize(("text", "pub", "extent", "value"), WINDOWS)
def test_window_keeps_its_first_word(text, pub, extent, value):
    assert (extent, value) in marked(text, pub)


def test_last_weekend_of_a_month_is_not_publications():
    got = marked("The race is held on the last weekend of August.", WED)
    assert not any("WE" in v for _, v in got)


# --- two units back or ahead --------------------------------------------------------

TWO_UNITS = [
    ("The talks collapsed the week before last.", WED, "the week before last", "1998-W31"),
    ("The vote is set for the week after next.", MON, "the week after next", "2003-W13"),
    ("Prices fell the year before last.", FRI, "the year before last", "2009"),
    ("The ruling is due the month after next.", WED, "the month after next", "1998-10"),
    ("He was last seen the weekend before last.", FRI, "the weekend before last", "2011-W22-WE"),
    ("The fire broke out Thursday before last.", WED, "Thursday before last", "1998-07-30"),
    ("The two men met on the Sunday before last.", MON, "the Sunday before last", "2003-03-02"),
]


@pytest.mark.parametrize(("text", "pub", "extent", "value"), TWO_UNITS)
def test_two_units_back_or_ahead(text, pub, extent, value):
    assert (extent, value) in marked(text, pub)


def test_before_last_years_event_is_not_two_weeks_back():
    got = marked("Turnout fell the week before last year's election.", WED)
    assert not any("before last" in t for t, _ in got)
