"""Issue 12, session 12: phrases about a day that were read as lengths or not at
all. "One day" after a modal is some day in the future ("will one day lead"),
not a length of one day; "it's the third day of the strike" is the day the
present tense speaks from; "a week or so ago" is a point counted back;
"everyday" run together is the repetition "every day" when it is an adverb;
"mid night" and "mid-day" written apart are midnight and noon. Cases are our
own; published Friday 13 February 1998."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times

PUB = date(1998, 2, 13)


def read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The club hopes it will one day play in Europe.", [("one day", "DATE", "FUTURE_REF")]),
        ("She said she may one day return to politics.", [("one day", "DATE", "FUTURE_REF")]),
        ("They plan to one day buy the farm.", [("one day", "DATE", "FUTURE_REF")]),
        ("Fans could some day see a stadium here.", [("some day", "DATE", "FUTURE_REF")]),
        # a length, or a day of a story: not the future
        ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
        ("The festival will run for one day only.", [("one day", "DURATION", "P1D")]),
        ("One day, a stranger knocked at the door.", []),
    ],
)
def test_one_day_after_a_modal_is_the_future(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("It's the third day of the rail strike.", [("the third day", "DATE", "1998-02-13")]),
        ("Today is the fifth day of the siege, officials said.",
         [("Today", "DATE", "1998-02-13"), ("the fifth day", "DATE", "1998-02-13")]),
        ("This is the 12th straight day of protests in the capital.",
         [("the 12th straight day", "DATE", "1998-02-13")]),
        # a past narrative: which day is not said
        ("It was the second day of the trial.", []),
        ("The second day of the trial was calmer.", []),
    ],
)  # fmt: skip
def test_the_nth_day_in_the_present_tense_is_publication_day(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("A week or so ago, the board met in secret.", ("A week or so ago", "1998-02-06")),
        ("The mill shut a month or so ago.", ("a month or so ago", "1998-01")),
        ("Talks will go on for the next two years or so.", ("the next two years or so", "P2Y")),
    ],
)
def test_or_so_stays_in_the_expression(text, want):
    assert [(m.text, m.timex) for m in find_times(text, PUB)] == [want]


def test_a_week_or_so_ago_is_approximate():
    (m,) = find_times("A week or so ago, the board met in secret.", PUB)
    (exact,) = find_times("A week ago, the board met in secret.", PUB)
    assert m.interval[0] <= exact.interval[0] and m.interval[1] >= exact.interval[1]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ferry sails everyday.", [("everyday", "SET", "P1D")]),
        ("He swims everyday at 6am.", [("everyday", "SET", "P1D"), ("6am", "TIME", "T06:00")]),
        ("Staff check the pumps everyday, except Sundays.",
         [("everyday", "SET", "P1D"), ("Sundays", "SET", "XXXX-WXX-7")]),
        # the adjective is no time: "everyday life", "an everyday object"
        ("Prices of everyday goods rose.", []),
        ("It is an everyday routine.", []),
    ],
)  # fmt: skip
def test_everyday_as_an_adverb_is_every_day(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The curfew starts at mid night.", [("mid night", "TIME", "T00:00")]),
        ("Prayers were held at mid-day.", [("mid-day", "TIME", "T12:00")]),
        ("The session ran past mid-night on Tuesday.",
         [("mid-night", "TIME", "1998-02-10T24:00"), ("Tuesday", "DATE", "1998-02-10")]),
        # not a clock: "the mid-day of the festival" names part of an event
        ("Crowds peaked on the mid-day of the festival.", []),
    ],
)  # fmt: skip
def test_midnight_and_midday_written_apart(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The clinic opens Mondays at 8am.", ("8am", "XXXX-WXX-1T08:00")),
        ("Mass is said at 10am every Sunday.", ("10am", "XXXX-WXX-7T10:00")),
        ("The market runs every Saturday from 9am.", ("9am", "XXXX-WXX-6T09:00")),
        ("The shop shuts on Sundays, at noon on Saturdays.", ("noon", "XXXX-WXX-6T12:00")),
        # one Monday: the clock takes that day's date
        ("The clinic opened on Monday at 8am.", ("8am", "1998-02-09T08:00")),
    ],
)
def test_a_clock_beside_a_weekly_day_comes_round_with_it(text, want):
    (clock,) = [m for m in find_times(text, PUB) if m.type == "TIME"]
    assert (clock.text, clock.timex) == want


def test_a_weekly_clock_is_still_compared_as_a_clock():
    (a,) = [m for m in find_times("The clinic opens Mondays at 8am.", PUB) if m.type == "TIME"]
    (b,) = [m for m in find_times("The clinic opens at 9am.", PUB) if m.type == "TIME"]
    assert compare(a, b, "A", "B").verdict.name == "CONFLICT"


@pytest.mark.parametrize(
    "text, want",
    [
        ("The council gave residents a week to object.", [("a week", "DURATION", "P1W")]),
        ("Rebels were given a day to surrender.", [("a day", "DURATION", "P1D")]),
        ("The regulator has a month to decide.", [("a month", "DURATION", "P1M")]),
        ("They offered Smith a year to repay.", [("a year", "DURATION", "P1Y")]),
        ("The firm marked a century of trading.", [("a century", "DURATION", "P100Y")]),
        ("The nation held a day of mourning.", [("a day", "DURATION", "P1D")]),
        ("After a decade of war, peace came.", [("a decade", "DURATION", "P10Y")]),
        # a rate, a range of units, an idiom, a day among others: no length
        ("Monday is a day of the week.", [("Monday", "DATE", "1998-02-09")]),
        ("The mine ships 40 tonnes a week to the port.", []),
        ("Delays grew from a day to a week.", []),
        ("Fans had a day to remember.", []),
    ],
)
def test_a_time_allowed_or_filled_is_a_length(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The accord expires at the end of the decade.", ("the end of the decade", "199")),
        ("By the end of the century, seas will rise.", ("the end of the century", "19")),
        ("Output grew at the start of the decade.", ("the start of the decade", "199")),
    ],
)
def test_the_end_of_the_decade_or_century(text, want):
    (m,) = find_times(text, PUB)
    assert (m.text, m.timex) == want and m.part is not None


HOLIDAY_PUB = date(2023, 12, 6)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Shops close on Christmas and Easter.", ["Christmas", "Easter"]),
        ("Offices shut for Ramadan, Eid and Diwali.", ["Ramadan", "Eid", "Diwali"]),
        ("Flights are full over Christmas, New Year's Eve and Easter.",
         ["Christmas", "New Year's Eve", "Easter"]),
        ("The office is closed between Christmas and Easter.", ["Christmas", "Easter"]),
        # no preposition before the list, or the name qualifies a noun: no date
        ("The gap between Christmas sales and Easter was wide.", []),
        ("Christmas and Easter sales rose.", []),
        ("She bought gifts for Christmas and Easter eggs.", ["Christmas"]),
    ],
)  # fmt: skip
def test_holidays_listed_after_a_preposition_share_it(text, want):
    assert [m.text for m in find_times(text, HOLIDAY_PUB)] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The shop reopens the Monday after Easter.", ("Monday", "2024-04-01")),
        ("Sales peak the Friday before Christmas.", ("Friday", "2023-12-22")),
        ("The vote is on the Tuesday after March 5.", ("Tuesday", "2024-03-12")),
        ("Schools reopen the Tuesday after Labor Day.", ("Tuesday", "2023-09-05")),
        # no "the": the weekday is read on its own
        ("The talks ended Monday before the vote on Friday.", ("Monday", "2023-12-04")),
    ],
)
def test_the_weekday_after_a_named_day_counts_from_it(text, want):
    assert (lambda m: (m.text, m.timex))(find_times(text, HOLIDAY_PUB)[0]) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("The road will be shut 10pm-6am tonight.", ("6am", "1998-02-14T06:00")),
        ("The curfew runs from 10pm on Friday to 6am.", ("6am", "1998-02-14T06:00")),
        ("Police shut the road from 11 p.m. to 4 a.m. last night.", ("4 a.m.", "1998-02-13T04:00")),
        # an end after the start stays on the start's day
        ("The shop opens from 9am to 5pm on Friday.", ("5pm", "1998-02-13T17:00")),
    ],
)
def test_an_end_clock_before_the_start_is_the_next_morning(text, want):
    ends = [(m.text, m.timex) for m in find_times(text, PUB) if m.text == want[0]]
    assert ends == [want]


@pytest.mark.parametrize(
    "pub, text, want",
    [
        # a Friday paper: the coming weekend, the coming Monday, yesterday's Thursday
        (date(2024, 3, 15), "Traders sold ahead of the weekend.", ("the weekend", "2024-W11-WE")),
        (date(2024, 3, 15), "Shares fell ahead of Monday's vote.", ("Monday", "2024-03-18")),
        (date(2024, 3, 15), "Bonds slipped ahead of Thursday's data.", ("Thursday", "2024-03-14")),
        # a Tuesday paper: the weekend and the Monday just past
        (date(2024, 3, 19), "Traders sold ahead of the weekend.", ("the weekend", "2024-W11-WE")),
        (date(2024, 3, 19), "Shares fell ahead of Monday's vote.", ("Monday", "2024-03-18")),
    ],
)
def test_ahead_of_a_day_is_the_one_nearest_publication(pub, text, want):
    assert [(m.text, m.timex) for m in find_times(text, pub)] == [want]
