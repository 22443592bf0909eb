"""Issue 12, session 26 (time33): which way a weekday or a bare month points, in clauses
whose verb the tense cues misread (own cases; AQUAINT's class counts put 5 wrong values
in "a day after publication read six days back" and 5 in "a month ahead read last
year's"). A copula before the clock time of a day ("the deadline is 5 p.m. Thursday"),
a timetable verb before "noon" or "midnight", a negated expectation ("is not expected
before Thursday"), the future in the past ("was to vote Thursday", "hoped to finish by
March"), a forecast or a target ("is forecast for Tuesday", "targeted for 2:15 p.m.
Tuesday"), "continue", "debate", "face" with a day a few words on, and "the Fed" (a
name, not the past of "feed")."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document
from workbench.facts.time.combine import timeml_extents

WED = date(1998, 2, 11)  # a Wednesday
MON = date(1998, 2, 9)
JAN = date(1998, 1, 20)


def value(pub: date, sentence: str, expr: str) -> str | None:
    return {m.text: m.timex for m in find_times_in_document([sentence], pub)[0]}.get(expr)


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        # a copula before the day's clock time, a timetable verb before noon or midnight
        (WED, "The deadline for bids is 5 p.m. Thursday.", "Thursday", "1998-02-12"),
        (WED, "The funeral is at 11 a.m. Saturday.", "Saturday", "1998-02-14"),
        (WED, "Voting ends at noon Thursday.", "Thursday", "1998-02-12"),
        (WED, "Polls close at midnight Sunday.", "Sunday", "1998-02-15"),
        # a negated expectation still looks ahead
        (WED, "A decision is not expected before Thursday.", "Thursday", "1998-02-12"),
        (WED, "A ruling isn't expected until Friday.", "Friday", "1998-02-13"),
        (WED, "The results are not due until Monday.", "Monday", "1998-02-16"),
        (JAN, "Analysts said the Fed was unlikely to move before March.", "March", "1998-03"),
        # the future in the past: the occurrence nearest publication
        (WED, "Israel's cabinet was to vote Thursday on the plan.", "Thursday", "1998-02-12"),
        (WED, "Annan intended to return to New York on Thursday.", "Thursday", "1998-02-12"),
        (WED, "Annan said he hoped to reach a deal by Thursday.", "Thursday", "1998-02-12"),
        (JAN, "The government was to announce the plan in February.", "February", "1998-02"),
        (JAN, "The minister hoped to finish the review by March.", "March", "1998-03"),
        # a target, a forecast, and timetable verbs with the day a few words on
        (MON, "Launch is targeted for 2:15 p.m. Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "Rain is forecast for Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "Negotiations continue Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "The conference continues through Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "Parliament debates the bill Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "He faces sentencing Tuesday.", "Tuesday", "1998-02-10"),
        (MON, "Iraq faces a Tuesday deadline.", "Tuesday", "1998-02-10"),
        # "the Fed" is no past verb
        (JAN, "The Fed meets in March.", "March", "1998-03"),
        (JAN, "The Fed meets again in March, analysts said.", "March", "1998-03"),
    ],
)  # fmt: skip
def test_ahead(pub, sentence, expr, want):
    assert value(pub, sentence, expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (WED, "The funeral was at 11 a.m. Monday.", "Monday", "1998-02-09"),
        (WED, "Markets closed at noon Monday.", "Monday", "1998-02-09"),
        (WED, "He had hoped to leave Monday but was delayed.", "Monday", "1998-02-09"),
        (JAN, "The plant was opened in March.", "March", "1997-03"),
        (MON, "Fighting continued Tuesday.", "Tuesday", "1998-02-03"),
        (MON, "The company faces a lawsuit filed Tuesday.", "Tuesday", "1998-02-03"),
        (JAN, "He fed the troops in December.", "December", "1997-12"),
        (JAN, "The board met in December.", "December", "1997-12"),
        (JAN, "Earlier, the Fed raised rates in December.", "December", "1997-12"),
    ],
)  # fmt: skip
def test_still_back(pub, sentence, expr, want):
    assert value(pub, sentence, expr) == want


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        # an aside in brackets between the verb and the day is no clause break
        (WED, "The blast came at 10:35 a.m. local time (0735 GMT) on Aug. 7.", "Aug. 7",
         "1997-08-07"),
        (WED, "The bombs went off at 10:30 a.m. (0730 GMT) on Aug. 7 in Nairobi.", "Aug. 7",
         "1997-08-07"),
        (WED, "The vote will take place at 9 a.m. (1400 GMT) on Aug. 7.", "Aug. 7", "1998-08-07"),
        (WED, "Talks will resume at 10 a.m. (0800 GMT) Thursday.", "Thursday", "1998-02-12"),
    ],
)  # fmt: skip
def test_bracketed_aside(pub, sentence, expr, want):
    assert value(pub, sentence, expr) == want


@pytest.mark.parametrize(
    "sentence, expr, want",
    [
        # a signal before the day's clock time is the day's signal
        ("Iraq has until 6 p.m. Tuesday to respond.", "6 p.m. Tuesday", "1998-02-10T18:00"),
        ("Bids must be in by noon Friday.", "noon Friday", "1998-02-13T12:00"),
        ("Fighting raged until 2 a.m. Sunday.", "2 a.m. Sunday", "1998-02-08T02:00"),
        # a timetable told with a clock time, "called for" a time, "plan a"
        ("The strike is called for 6 a.m. Tuesday.", "6 a.m. Tuesday", "1998-02-10T06:00"),
        ("A news conference has been called for 2 p.m. Tuesday.", "2 p.m. Tuesday",
         "1998-02-10T14:00"),
        ("Officials plan a news conference at 2 p.m. Tuesday.", "2 p.m. Tuesday",
         "1998-02-10T14:00"),
        ("The shuttle lifts off at 6 a.m. Tuesday.", "6 a.m. Tuesday", "1998-02-10T06:00"),
        ("The panel holds hearings Tuesday.", "Tuesday", "1998-02-10"),
        ("The bill comes up for a vote Tuesday.", "Tuesday", "1998-02-10"),
        ("He called for calm Tuesday.", "Tuesday", "1998-02-03"),
        ("The plane took off at 6 a.m. Tuesday.", "6 a.m. Tuesday", "1998-02-03T06:00"),
        # "from 4 to 8 p.m." is a range of hours, not 7:56
        ("Visitation was from 4 to 8 p.m. Monday.", "8 p.m. Monday", "1998-02-09T20:00"),
    ],
)  # fmt: skip
def test_clock_and_day(sentence, expr, want):
    pub = MON
    assert timeml(pub, sentence).get(expr) == want


def timeml(pub: date, sentence: str) -> dict[str, str]:
    found = find_times_in_document([sentence], pub)[0]
    return {m.text: m.timex for m in timeml_extents(sentence, found)}


JUN = date(1998, 6, 8)  # a Monday


@pytest.mark.parametrize(
    "sentence, expr, want",
    [
        # the clock's zone, or its twin in brackets, between the verb and the day
        ("The deadline is 5 p.m. EDT Tuesday.", "5 p.m. EDT Tuesday", "1998-06-09T17:00-04:00"),
        ("The launch window opens at 6:06 a.m. EDT Tuesday.", "6:06 a.m. EDT Tuesday",
         "1998-06-09T06:06-04:00"),
        ("Polls close at 8 p.m. EDT (0000 GMT Wednesday).", "8 p.m. EDT",
         "1998-06-09T20:00-04:00"),
        ("Stocks closed at 4 p.m. EDT (2000 GMT) Friday.", "Friday", "1998-06-05"),
        # a bound set ahead of the verb's own time, with a clock time
        ("The court adjourned until 10 a.m. Tuesday.", "10 a.m. Tuesday", "1998-06-09T10:00"),
        ("Judge Ito recessed the trial until 9 a.m. Tuesday.", "9 a.m. Tuesday",
         "1998-06-09T09:00"),
        ("The trial was adjourned until 10 a.m. Tuesday.", "10 a.m. Tuesday",
         "1998-06-09T10:00"),
        ("The hearing was recessed until Tuesday.", "Tuesday", "1998-06-09"),
        ("Fighting raged until 2 a.m. Sunday.", "2 a.m. Sunday", "1998-06-07T02:00"),
    ],
)  # fmt: skip
def test_zone_and_bound(sentence, expr, want):
    assert timeml(JUN, sentence).get(expr) == want


THU = date(1998, 6, 11)


@pytest.mark.parametrize(
    "sentence, expr, want",
    [
        # a happening as its clause's subject, its day right after it: the consequence
        # the clause goes on to tell does not move the day ahead
        ("The decision Wednesday could delay the project.", "Wednesday", "1998-06-10"),
        ("The move Wednesday is expected to boost shares.", "Wednesday", "1998-06-10"),
        ("The ruling Wednesday means the trial will proceed.", "Wednesday", "1998-06-10"),
        ("After talks, the agreement Tuesday will let inspectors return.", "Tuesday",
         "1998-06-09"),
        # a verb and its adverb before the day
        ("Shares fell sharply Wednesday and are likely to fall again.", "Wednesday",
         "1998-06-10"),
        # planned happenings keep the clause's tense
        ("The meeting Wednesday will focus on Iraq.", "Wednesday", "1998-06-17"),
        ("Talks will resume early Monday.", "early Monday", "1998-06-15"),
    ],
)  # fmt: skip
def test_happening_and_adverb(sentence, expr, want):
    assert timeml(THU, sentence).get(expr) == want


JUN17 = date(1998, 6, 17)


@pytest.mark.parametrize(
    "sentence, expr, want",
    [
        # the month a change is measured from is a month gone by
        ("Production is down 10 percent from December.", "December", "1997-12"),
        ("Prices are up 3 percent over September.", "September", "1997-09"),
        ("Sales were higher than in November.", "November", "1997-11"),
        ("The rate is 5.1 percent, compared with 4.9 percent in August.", "August", "1997-08"),
        # not a starting point ahead, nor a month a figure is forecast for
        ("Exports are expected to rise from July.", "July", "1998-07"),
        ("The jobless rate will be 5 percent in December.", "December", "1998-12"),
        ("Inflation will fall from 5 percent to 3 percent by December.", "December", "1998-12"),
    ],
)  # fmt: skip
def test_month_measured_from(sentence, expr, want):
    assert value(JUN17, sentence, expr) == want
