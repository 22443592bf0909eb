"""Issue 12, session 15: classes an editor would also call wrong, found with our own
sentences (not copied from evaluation data): a day written out after its month
("March eighth"), quarters named together ("the second and fourth quarters"),
two units joined as one hedge ("weeks or months"), bare lengths after "take" /
"last", a day counted from the day a report is about ("the previous Friday",
"the day before"), a month, quarter or season under a habitual adverb (a SET),
and dawn, dusk and "the night" as parts of a day."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times, find_times_in_document
from workbench.facts.time.combine import timeml_extents

PUB = date(2003, 5, 14)  # a Wednesday


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The referendum was held on March eighth.", [("March eighth", "2003-03-08")]),
        ("The season opens June twenty-first.", [("June twenty-first", "2003-06-21")]),
        ("Polls close on April the third, 2004.", [("April the third, 2004", "2004-04-03")]),
        ("He was sworn in on January first.", [("January first", "2003-01-01")]),
        # the ordinal qualifies its own noun: not a day
        ("In March third-quarter orders slipped.",
         [("March", "2003-03"), ("third-quarter", "2002-Q3")]),
        # ... and "first half" before results is a half-year, as "third-quarter" is a quarter
        ("By April first half results were known.",
         [("April", "2003-04"), ("first half", "2002-H1")]),
    ],
)  # fmt: skip
def test_a_day_written_out_after_its_month(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Profit fell in the first and third quarters of 2002.",
         [("first", "2002-Q1"), ("third quarters of 2002", "2002-Q3")]),
        ("Losses mounted in the second, third and fourth quarters of last year.",
         [("second", "2002-Q2"), ("third", "2002-Q3"),
          ("fourth quarters of last year", "2002-Q4")]),
        ("Three quarters of the voters stayed home.", []),
    ],
)  # fmt: skip
def test_quarters_named_together_are_each_read(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The inquiry could drag on for weeks or months.", [("weeks or months", "PXW")]),
        ("Repairs may take days or even weeks.", [("days or even weeks", "PXD")]),
        ("Investors have fled in recent weeks and months.",
         [("recent weeks and months", "PAST_REF")]),
        ("The strike lasted hours.", [("hours", "PTXH")]),
        ("The cleanup took months, officials said.", [("months", "PXM")]),
        # not one hedge: the second unit is shorter, or a noun follows the verb's object
        ("Employees are taking days off.", []),
    ],
)  # fmt: skip
def test_two_units_joined_are_one_vague_length(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


def test_a_day_counted_from_the_day_of_the_report():
    doc = [
        "Shares in Frankfurt fell 2% on Monday.",
        "The index had closed 1% higher the previous Friday.",
        "Traders had sold heavily the day before.",
    ]
    got = [[(m.text, m.timex) for m in ms] for ms in find_times_in_document(doc, PUB)]
    assert got == [
        [("Monday", "2003-05-12")],
        [("the previous Friday", "2003-05-09")],
        # session 18: counted from the narrative's last day (the Friday), not the lede's
        [("the day before", "2003-05-08")],
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Rebels took the port on June 3 and left the following Tuesday.",
         # a past verb: the latest 3 June up to publication (time27)
         [("June 3", "2002-06-03"), ("the following Tuesday", "2002-06-04")]),
        ("The ship docked on Friday, May 9, and sailed the day after.",
         [("Friday, May 9", "2003-05-09"), ("the day after", "2003-05-10")]),
        ("Voting starts on Sunday; results come the following Monday.",
         [("Sunday", "2003-05-18"), ("the following Monday", "2003-05-19")]),
    ],
)  # fmt: skip
def test_a_day_counted_from_a_day_in_the_sentence(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


def test_the_same_day_is_the_day_named_before():
    doc = ["Stocks fell on Friday.", "A jobs report came out on the same day."]
    got = [[(m.text, m.timex) for m in ms] for ms in find_times_in_document(doc, PUB)]
    assert got == [[("Friday", "2003-05-09")], [("the same day", "2003-05-09")]]
    assert read("Police arrested him on May 2 and charged him the same day.") == [
        ("May 2", "2003-05-02"),
        ("the same day", "2003-05-02"),
    ]
    assert read("The blasts came on the same day as the vote.") == []


def test_with_no_day_to_count_from_the_previous_weekday_stays_unread():
    assert read("Nobody recalls what happened the previous Thursday.") == []
    # the weekday alone keeps its own reading
    assert read("The vote will be held the following Tuesday.") == [("Tuesday", "2003-05-20")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Toy makers usually earn most of their profit in December.",
         [("December", "SET", "XXXX-12")]),
        ("Sales typically peak in the fourth quarter.", [("the fourth quarter", "SET", "XXXX-Q4")]),
        ("Farmers normally sow in the spring.", [("the spring", "SET", "XXXX-SP")]),
        # one occurrence: a year, a relative word, "generally", another clause
        ("Sales usually peak in the fourth quarter of 2002.",
         [("the fourth quarter of 2002", "DATE", "2002-Q4")]),
        ("Analysts generally expected a loss in the third quarter.",
         [("the third quarter", "DATE", "2002-Q3")]),
        ("Elections were usually held in the spring.", [("the spring", "SET", "XXXX-SP")]),
        ("The firm said its sales are usually strongest in the second and fourth quarters.",
         [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]),
        ("Prices usually rise, but in December they fell.", [("December", "DATE", "2002-12")]),
    ],
)  # fmt: skip
def test_a_period_under_a_habitual_adverb_is_a_set(text: str, want: list[tuple[str, str, str]]):
    assert [(m.text, m.type, m.timex) for m in find_times(text, PUB)] == want


def test_a_habitual_month_is_not_compared_with_a_date():
    (habit,) = find_times("Toy makers usually earn most of their profit in December.", PUB)
    (day,) = find_times("The toy fair was held on December 4, 2002.", PUB)
    assert compare(habit, day, "A", "B") is None


@pytest.mark.parametrize(
    "text, want",
    [
        ("Troops entered the village at dawn.", [("dawn", "TMO")]),
        ("The ferry left shortly before daybreak.", [("daybreak", "TMO")]),
        ("Police carried out a pre-dawn raid.", [("pre-dawn", "TMO")]),
        ("The curfew begins at dusk.", [("dusk", "TEV")]),
        ("Negotiators worked through the night.", [("the night", "TNI")]),
        # not a part of a day
        ("Police staged dawn raids across the city.", []),
        ("It was the dawn of a new era.", []),
        ("Dawn Smith chaired the meeting.", []),
        ("They met during the night of the attack.", []),
    ],
)  # fmt: skip
def test_dawn_dusk_and_the_night(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Revenue in the first three months of the year rose 4%.",
         [("the first three months", "P3M"), ("the year", "2003")]),
        ("Rebels gained ground in the first weeks of the year.", [("the year", "2003")]),
        ("Sales in the last two quarters of the fiscal year fell.", [("the fiscal year", "2003")]),
        # another year: not the year of the report (two back since session 29)
        ("It was the coldest weeks of the year before last.", [("the year before last", "2001")]),
    ],
)  # fmt: skip
def test_the_year_after_months_of_is_the_reports_year(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Such chips run most of today's laptop computers.", [("today", "PRESENT_REF")]),
        ("That view has no place in today's world.", [("today", "PRESENT_REF")]),
        ("We must train the engineers of tomorrow.", [("tomorrow", "FUTURE_REF")]),
        ("The schools of today and tomorrow need money.",
         [("today", "PRESENT_REF"), ("tomorrow", "FUTURE_REF")]),
        # the day itself
        ("Today's vote was close.", [("Today", "2003-05-14")]),
        ("The outcome of today's meeting is unclear.", [("today", "2003-05-14")]),
        ("Trading halts at the close of today.", [("the close of today", "2003-05-14")]),
        ("Voters go to the polls today and tomorrow.",
         [("today", "2003-05-14"), ("tomorrow", "2003-05-15")]),
    ],
)  # fmt: skip
def test_today_and_tomorrow_naming_an_era(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


def test_an_era_today_is_not_compared_with_the_day():
    (era,) = find_times("Such chips run most of today's laptop computers.", PUB)
    (day,) = find_times("The chip went on sale on May 2.", PUB)
    assert compare(era, day, "A", "B") is None


@pytest.mark.parametrize(
    "text, want",
    [
        ("The rally is this coming Sunday, May eighteenth.",
         [("this coming Sunday, May eighteenth", "2003-05-18")]),
        # with digits the date was lost behind "this coming Sunday"
        ("The rally is this coming Sunday, May 18.",
         [("this coming Sunday, May 18", "2003-05-18")]),
        ("He left last Friday, 9 May.", [("last Friday, 9 May", "2003-05-09")]),
        ("Polls open on Tuesday, May twentieth, at 7 a.m.",
         [("Tuesday, May twentieth", "2003-05-20"), ("7 a.m.", "2003-05-20T07:00")]),
        # two days, not one day named twice
        ("The talks ran from Monday, May 5, to Friday.",
         [("Monday, May 5", "2003-05-05"), ("Friday", "2003-05-09")]),
    ],
)  # fmt: skip
def test_timeml_joins_a_day_and_its_date_across_a_comma(text: str, want: list[tuple[str, str]]):
    assert [(m.text, m.timex) for m in timeml_extents(text, find_times(text, PUB))] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("As recently as last week, officials denied it.", [("last week", "2003-W19")]),
        ("The firm was profitable as recently as 2001.", [("2001", "2001")]),
        # "recently" on its own, or before another "as", stays a vague reference
        ("Prices fell, as recently reported.", [("recently", "PAST_REF")]),
        ("He was seen recently.", [("recently", "PAST_REF")]),
    ],
)  # fmt: skip
def test_as_recently_as_is_a_hedge_on_the_time_that_follows(text, want):
    assert read(text) == want
