"""Issue 12, session 21 (time27): past-tense dates resolved into the future (trial 31).

A month and day without its year that a past verb dates ("was arrested on March 3",
"was shot early Aug. 2 outside his home", "resigned abruptly Dec. 28") names the latest
such day up to publication, however near the next one lies; a plan the past verb only
reports (a future auxiliary, an infinitive, a bound set ahead) keeps the day ahead. The
auxiliary "did" makes the verb after it past ("did go ahead and make the announcement
on Tuesday", "didn't meet on Thursday"), whatever that verb says as a timetable. A
weekday written with the date picks the year in which the day falls on it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import value_of

SAT_FEB = date(2009, 2, 7)  # early in the year: March and August lie ahead
JAN = date(2010, 1, 5)  # just after a year end
DEC = date(2008, 12, 20)  # just before one
JUL = date(2011, 7, 14)  # mid-year
WED = date(2009, 1, 21)
MON = date(2009, 1, 19)


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        # crime: passive, active, no preposition
        ("He was arrested on March 3.", SAT_FEB, "March 3", "2008-03-03"),
        (
            "Escalante was shot in the head early Aug. 2 outside his home.",
            SAT_FEB,
            "Aug. 2",
            "2008-08-02",
        ),
        ("Police arrested the suspect on Feb. 20 in Phoenix.", SAT_FEB, "Feb. 20", "2008-02-20"),
        ("He was arrested on the third of March.", SAT_FEB, "the third of March", "2008-03-03"),
        # business, just after a year end
        ("The company reported a quarterly loss on Jan. 28.", JAN, "Jan. 28", "2009-01-28"),
        ("Shares were sold on Feb. 10 at $4.", SAT_FEB, "Feb. 10", "2008-02-10"),
        # politics, just before a year end
        ("The minister resigned abruptly Dec. 28 after the vote.", DEC, "Dec. 28", "2007-12-28"),
        ("Voters went to the polls on March 1.", SAT_FEB, "March 1", "2008-03-01"),
        # sport, mid-year: past perfect, a passive with a comma after the day
        ("The team had beaten them on Aug. 3 in Madrid.", JUL, "Aug. 3", "2010-08-03"),
        ("The striker was sent off July 30, and the club appealed.", JUL, "July 30", "2010-07-30"),
    ],
)
def test_a_past_verb_dates_the_latest_such_day(text: str, pub: date, expr: str, want: str) -> None:
    assert value_of(text, pub, expr) == want


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        ("He will be arraigned on March 3.", SAT_FEB, "March 3", "2009-03-03"),
        ("He will be tried on the third of March.", SAT_FEB, "the third of March", "2009-03-03"),
        ("The minister said he would resign on March 3.", SAT_FEB, "March 3", "2009-03-03"),
        ("The company said it will redeem the notes on Feb. 20.", SAT_FEB, "Feb. 20", "2009-02-20"),
        ("The regulator asked the bank to respond by Feb. 25.", SAT_FEB, "Feb. 25", "2009-02-25"),
        ("The deadline was extended to March 3.", SAT_FEB, "March 3", "2009-03-03"),
        ("The talks were due to resume on Jan. 12.", JAN, "Jan. 12", "2010-01-12"),
        ("Escalante trial opens March 3", SAT_FEB, "March 3", "2009-03-03"),  # a headline
        ("He was arrested on March 3, 2009.", SAT_FEB, "March 3, 2009", "2009-03-03"),
        # "have" that owns or must is no perfect: a deadline ahead
        (
            "Clubs have until 23:00 on 30 August to complete deals.",
            date(2024, 8, 21),
            "30 August",
            "2024-08-30",
        ),
        ("GM has a June 1 deadline to finish the plan.", date(2009, 5, 28), "June 1", "2009-06-01"),
        ("Bidders have to file on Feb. 20 at the latest.", SAT_FEB, "Feb. 20", "2009-02-20"),
        # a hedge or a modal earlier in the sentence, or the deadline a day sets
        (
            "It is unclear whether the dates can be kept, and the stop on Nov. 11, maybe"
            " scrapped in favour of a visit on Nov. 16.",
            date(2005, 11, 5),
            "Nov. 16",
            "2005-11-16",
        ),
        (
            "The company has a deadline set at June 1 to draw up a plan.",
            date(2009, 5, 7),
            "June 1",
            "2009-06-01",
        ),
    ],
)
def test_a_plan_or_a_written_year_keeps_its_day(text: str, pub: date, expr: str, want: str) -> None:
    assert value_of(text, pub, expr) == want


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        (
            "The carrier did go ahead and make the official product announcement on Tuesday.",
            WED,
            "Tuesday",
            "2009-01-20",
        ),
        ("The committee didn't meet on Thursday as planned.", WED, "Thursday", "2009-01-15"),
        ("The team did not play Saturday because of snow.", MON, "Saturday", "2009-01-17"),
        ("The senators did vote on Friday, aides said.", WED, "Friday", "2009-01-16"),
        # without "did" the timetable verbs and the future still look ahead
        ("The committee meets on Thursday.", WED, "Thursday", "2009-01-22"),
        ("The team plays Saturday in Denver.", MON, "Saturday", "2009-01-24"),
        ("The senators will vote on Friday.", WED, "Friday", "2009-01-23"),
    ],
)
def test_did_makes_the_verb_after_it_past(text: str, pub: date, expr: str, want: str) -> None:
    assert value_of(text, pub, expr) == want


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        # 16 March 2009 is a Monday, 16 March 2008 a Sunday
        (
            "The paper said in an editorial on Monday, March 16, that the plan was dead.",
            SAT_FEB,
            "Monday, March 16",
            "2009-03-16",
        ),
        # 25 April 1998 is a Saturday, 25 April 1997 a Friday
        (
            "The paper said in an editorial on Saturday, April 25, that the ruling was wrong.",
            date(1998, 4, 24),
            "Saturday, April 25",
            "1998-04-25",
        ),
        # a weekday that fits only a day over half a year off is likelier wrong than that
        # day (25 April 2021 is a Sunday, 25 April 2020 a Saturday)
        (
            "The paper said on Saturday, April 25, that the court erred.",
            date(2021, 6, 10),
            "Saturday, April 25",
            "2021-04-25",
        ),
        # no year near it has 3 March on a Friday: the tense's year stands
        ("He was arrested on Friday, March 3.", SAT_FEB, "Friday, March 3", "2008-03-03"),
    ],
)
def test_a_written_weekday_picks_the_year(text: str, pub: date, expr: str, want: str) -> None:
    assert value_of(text, pub, expr) == want
