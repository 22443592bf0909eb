"""Issue 12, session 18: a day named after the present passive of an expectation or
a plan ("the verdict is expected Thursday", "a ruling is expected on Monday", "the
vote is set for Saturday", "the hearing is planned for Monday") lies ahead, as it
does after "is expected to" or "is scheduled for"; it was read as the day before
publication (the weak present "is" was the nearest cue). The past of the same words
("was expected Tuesday but was delayed") still looks back. So does a term that "ends in
November" or a truce that "runs out on Sunday" (a month or day must follow: not a
market's close, "stocks end on a high note Friday").

And times counted from the narrative rather than from publication: "the day after",
"the following Monday" count from the last day the story named (the sentence before,
not only the lede's day near publication), and "The day before" / "The following
Monday" are read at the head of a sentence too; "that week", "that month", "that
weekend" take a coarser unit from a date of the narrative away from publication ("The
ship sank on Jan. 28. ... That week"), "that spring" / "that winter" the season of the
year named; "that night", "the next morning", "the previous evening" are that part of
the day named last. The day a report was made ("resigned Tuesday") still says
nothing of "that week" or "the previous month", and with no date before, the phrase
stays unread. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times, find_times_in_document

WED = date(2004, 9, 15)  # a Wednesday
MON = date(2011, 5, 2)  # a Monday


def read(text: str, pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("The verdict is expected Thursday.", WED, [("Thursday", "2004-09-16")]),
        ("A ruling is expected on Monday.", WED, [("Monday", "2004-09-20")]),
        ("Sales figures are expected Friday from the agency.", MON, [("Friday", "2011-05-06")]),
        ("An announcement is widely expected on Tuesday.", WED, [("Tuesday", "2004-09-21")]),
        ("The vote is set for Saturday.", MON, [("Saturday", "2011-05-07")]),
        ("The hearing is planned for Monday.", WED, [("Monday", "2004-09-20")]),
        (
            "Talks are now scheduled for Thursday in Oslo.",
            MON,
            [("now", "PRESENT_REF"), ("Thursday", "2011-05-05")],
        ),
        ("The launch is slated for Sunday, weather permitting.", WED, [("Sunday", "2004-09-19")]),
        # the past of the same words still looks back
        (
            "The jury's verdict was expected Tuesday but was delayed.",
            WED,
            [("Tuesday", "2004-09-14")],
        ),
        ("Results were expected Saturday.", MON, [("Saturday", "2011-04-30")]),
    ],
)
def test_expected_or_planned_day_lies_ahead(text, pub, want):
    assert read(text, pub) == want


def doc(sentences: list[str], pub: date) -> list[list[tuple[str, str]]]:
    return [[(m.text, m.timex) for m in ms] for ms in find_times_in_document(sentences, pub)]


def test_days_counted_from_the_narrative():
    got = doc(
        [
            "The ferry sank on Jan. 28.",
            "Divers reached the wreck the following day.",
            "Two survivors were found the day after.",
            "The day before, the crew had reported a leak.",
        ],
        WED,
    )
    assert got[1:] == [
        [("the following day", "2004-01-29")],
        [("the day after", "2004-01-30")],
        [("The day before", "2004-01-29")],
    ]


def test_the_following_weekday_at_the_head_of_a_sentence():
    got = doc(["The strike began on Oct. 2, 2003.", "The following Monday, the union met."], WED)
    assert got[1] == [("The following Monday", "2003-10-06")]


@pytest.mark.parametrize(
    "first, second, want",
    [
        ("The ferry sank on Jan. 28.", "That week, the owners were charged.", "2004-W05"),
        ("The ferry sank on Jan. 28.", "By that weekend the search was over.", "2004-W05-WE"),
        ("The dam burst on Aug. 7, 1996.", "That month, aid arrived.", "1996-08"),
        ("The dam burst on Aug. 7, 1996.", "That year, repairs were finished.", "1996"),
        ("The war ended in 1945.", "That summer the soldiers came home.", "1945-SU"),
        ("The plant opened in 1994.", "That spring, 300 people were hired.", "1994-SP"),
        ("The dam burst on Feb. 3, 1996.", "That winter, thousands were homeless.", "1995-WI"),
    ],
)
def test_a_coarser_unit_from_a_date_of_the_narrative(first, second, want):
    got = doc([first, second], WED)
    assert [v for _, v in got[1]] == [want]


@pytest.mark.parametrize(
    "sentences, want",
    [
        (["Troops entered the valley on Feb. 12.", "That night, rebels shelled the town."],
         [("That night", "2004-02-12TNI")]),
        (["Troops entered the valley on Feb. 12.", "The next morning, talks began."],
         [("The next morning", "2004-02-13TMO")]),
        (["The verdict came on May 3, 2001.", "The previous evening the jury had been sent home."],
         [("The previous evening", "2001-05-02TEV")]),
        (["The verdict came on May 3, 2001.", "Later that afternoon, he was freed."],
         [("that afternoon", "2001-05-03TAF")]),
        (["The polls closed on Nov. 2.", "That night, the count began.",
          "By the next morning it was over."],
         [("the next morning", "2003-11-03TMO")]),
    ],
)  # fmt: skip
def test_a_part_of_the_day_named_before(sentences, want):
    assert doc(sentences, WED)[-1] == want


@pytest.mark.parametrize(
    "sentences",
    [
        # the day of a report is not a narrative date for a coarser unit
        ["The minister resigned Tuesday.", "That week had been hard for the government."],
        ["The minister resigned Tuesday.", "The previous month, he had denied the charges."],
        # nothing named before: unread
        ["That spring the river flooded."],
        ["The following spring it flooded again."],
        ["That night, rebels shelled the town."],
        # "that" opening a clause
        ["The storm hit on Sept. 3.", "Officials warned that fall would bring more floods."],
        ["The storm hit on Sept. 3.", "He said that night shifts were cancelled."],
    ],
)
def test_left_unread(sentences):
    assert doc(sentences, WED)[-1] == []


AUG20 = date(1998, 8, 20)
DEC10 = date(2004, 12, 10)


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a day naming an event, in a future clause: the event has happened
        ("The trial of those accused in the Aug. 7 bombings will open soon.", AUG20, "1998-08-07"),
        ("A memorial for the victims of Aug. 7 will be held.", AUG20, "1998-08-07"),
        ("Police will question witnesses to the July 30 blast.", AUG20, "1998-07-30"),
        # the next year's day when it is near
        ("The Jan. 5 deadline will pass without a deal.", DEC10, "2005-01-05"),
        # a preposition ties the day to the future verb, or "next" says so: next year's
        ("The notice will run until June 15.", AUG20, "1999-06-15"),
        ("The plant will reopen next Aug. 7.", AUG20, "1999-08-07"),
    ],
)
def test_a_day_without_its_year_in_a_future_clause(text, pub, want):
    assert [v for _, v in read(text, pub) if v[:1] in "12"] == [want]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a term or period that ends, runs out or lapses in a month or on a day: ahead
        ("His term ends in November.", WED, [("November", "2004-11")]),
        ("The mandate lapses in December.", MON, [("December", "2011-12")]),
        ("The truce runs out on Sunday.", MON, [("Sunday", "2011-05-08")]),
        # not a market's close, nor "ends on a high note"
        ("Stocks end on a high note Friday.", MON, [("Friday", "2011-04-29")]),
        ("The index ends in positive territory on Friday.", MON, [("Friday", "2011-04-29")]),
    ],
)
def test_a_period_that_ends_in_a_month_lies_ahead(text, pub, want):
    assert read(text, pub) == want
