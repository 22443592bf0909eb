"""Issue 12, session 23 (time30): classes of news time expressions rarer in TimeBank.

A count of units before "later" or "earlier" ("two days later", "three weeks
earlier", "two years later") is the date it lands on, counted from the date told
before it: in its sentence, else, when the phrase leads its sentence, the story's
last day or date of an earlier sentence (:mod:`workbench.facts.time.laterby`).

A clock written with the same instant in another zone in brackets and then the
day ("at 10:40 a.m. (0740 GMT) Friday", the wire's style) takes that day, and so
does the bracketed clock (:func:`workbench.facts.time.combine.attach_days`)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values, value_of

from workbench.facts.time import find_times, find_times_in_document

THU = date(1998, 3, 5)
AUG = date(2011, 8, 17)


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        (
            "The rebels attacked on Monday and two days later the army struck back.",
            THU,
            "two days later",
            "1998-03-04",
        ),
        (
            "The company was founded in 1960 and three decades later it went public.",
            THU,
            "three decades later",
            "1990",
        ),
        (
            "He was sentenced on July 2, 2009, and six months later he was freed.",
            AUG,
            "six months later",
            "2010-01-02",
        ),
        (
            "The dam broke on Aug. 14; four days earlier engineers had warned.",
            AUG,
            "four days earlier",
            "2011-08-10",
        ),
    ],
)
def test_a_count_later_in_the_sentence_of_its_date(text, pub, expr, want) -> None:
    assert value_of(text, pub, expr) == want


@pytest.mark.parametrize(
    "first, second, expr, want",
    [
        (
            "The talks began Feb. 2.",
            "Three weeks later they collapsed.",
            "Three weeks later",
            "1998-02-23",
        ),
        (
            "Troops entered the city in 1995.",
            "Two years later, they withdrew.",
            "Two years later",
            "1997",
        ),
        (
            "Police arrested him in May 1997.",
            "Eight months later, he was freed.",
            "Eight months later",
            "1998-01",
        ),
        (
            "The quake struck on Feb. 10.",
            "But two days later, rescuers found survivors.",
            "two days later",
            "1998-02-12",
        ),
    ],
)
def test_a_count_leading_its_sentence_counts_from_the_story(first, second, expr, want) -> None:
    assert doc_values(THU, first, second)[1][expr] == want


def test_a_count_inside_a_clause_or_after_a_statement_day_stays_a_length() -> None:
    # the day a statement was made is not the story's date
    said = {
        m.text: m.timex
        for m in find_times_in_document(
            ["He said Monday that two days later he would resign."], THU
        )[0]
    }
    assert "two days later" not in said and said["two days"] == "P2D"
    # an earlier length is no date to count from; "than" compares
    values = doc_values(
        THU, "The ceasefire held for two days.", "Three days later, fighting resumed."
    )
    assert "Three days later" not in values[1]
    assert (
        "two weeks earlier"
        not in doc_values(THU, "He arrived on Jan. 3, two weeks earlier than planned.")[0]
    )
    # a count beside a date after a comma restates that date, reckoned from an earlier one
    told = doc_values(
        THU,
        "The attack began on Jan. 10.",
        "It was not discovered until Feb. 20, 41 days later, and was disclosed on Feb. 27.",
    )[1]
    assert "41 days later" not in told and told["41 days"] == "P41D"
    # a part of a month is no date to count from ("in late March ... two years earlier")
    late = doc_values(THU, "Prices rose in late March from two years earlier.")[0]
    assert "-" not in late.get("two years earlier", "")


# The wire's clock with the same instant in another zone in brackets, then the day:
# both clocks take that day (the bracket no longer cuts the clock off from it).
@pytest.mark.parametrize(
    "text, expr, want",
    [
        ("The blast occurred at 10:40 a.m. (0740 GMT) Friday.", "10:40 a.m.", "1998-08-07T10:40"),
        ("The blast occurred at 10:40 a.m. (0740 GMT) Friday.", "0740 GMT", "1998-08-07T07:40Z"),
        ("Troops opened fire at about 9 p.m. (1400 GMT) on Sunday.", "9 p.m.", "1998-08-09T21:00"),
        ("The talks resumed at noon (1600 GMT) Monday.", "noon", "1998-08-10T12:00"),
        (
            "The bomb went off at 10:30 a.m. local time (0730 GMT) Friday.",
            "10:30 a.m. local time",
            "1998-08-07T10:30",
        ),
        # the bracket names the other zone's own day: the local clock takes the day after it
        ("The ferry sank at 2 a.m. (1800 GMT Saturday) Sunday.", "2 a.m.", "1998-08-09T02:00"),
        ("The ferry sank at 2 a.m. (1800 GMT Saturday) Sunday.", "1800 GMT", "1998-08-08T18:00Z"),
    ],
)
def test_a_clock_and_its_zone_aside_take_the_day_after_the_bracket(text, expr, want) -> None:
    assert value_of(text, date(1998, 8, 12), expr) == want


def test_a_bracket_followed_by_a_clause_gives_no_day() -> None:
    # "officials said on Monday": the day of the statement, not of the clock
    assert (
        value_of(
            "He spoke at 3 p.m. (2000 GMT), officials said on Monday.", date(1998, 8, 12), "3 p.m."
        )
        == "T15:00"
    )


# The half of a year results copy reports on, named without its year ("profit fell in
# the first half", "second-half sales"): the half of the year the tense points at; a
# past verb tells of a half already over. Without a figure of business, or in a game
# report, "the second half" is no half-year.
FEB = date(1999, 2, 10)
AUG = date(1998, 8, 12)


@pytest.mark.parametrize(
    "text, pub, expr, want",
    [
        ("Profit fell in the first half.", AUG, "the first half", "1998-H1"),
        ("Sales in the second half are expected to improve.", AUG, "the second half", "1998-H2"),
        ("First-half earnings rose 12 percent.", AUG, "First-half", "1998-H1"),
        ("Profit fell in the second half, the company said.", FEB, "the second half", "1998-H2"),
        ("Sales rose in the first half.", FEB, "the first half", "1998-H1"),
        ("The company will report first-half results in July.", FEB, "first-half", "1999-H1"),
        ("Net income for the first half was $5 million.", FEB, "the first half", "1998-H1"),
    ],
)
def test_a_half_without_its_year_in_results_copy(text, pub, expr, want) -> None:
    assert value_of(text, pub, expr) == want


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice in the second half.",
        "The film's second half drags, but sales were strong.",
        "Shares lost a second half point before the close.",
        "The company sold the first half of its stake.",
    ],
)
def test_a_half_of_something_else_is_no_half_year(text) -> None:
    found = [m.timex for m in find_times(text, AUG)]
    assert not any(t.endswith(("H1", "H2")) for t in found), found


# "At the time", "at that time" ending its clause, or after a statement verb, is the
# time the story told of: a vague past reference (TimeBank's PAST_REF); before a clause
# that defines it ("At the time Howes was captured, ...") it is no time of its own.
@pytest.mark.parametrize(
    "text, expr",
    [
        ("At the time, no one knew.", "the time"),
        ("At that time, the town had 5,000 people.", "that time"),
        ("It was the largest bridge in Europe at the time.", "the time"),
        ("He spoke six weeks ago, saying at the time he was willing to withdraw.", "the time"),
    ],
)
def test_at_the_time_told_is_a_past_reference(text, expr) -> None:
    assert value_of(text, AUG, expr) == "PAST_REF"


@pytest.mark.parametrize(
    "text",
    [
        "At the time Howes was captured, the rebels were united.",
        "He was in Paris at the time of the attack.",
        "We will decide at the time that suits us.",
    ],
)
def test_the_time_a_clause_defines_is_not_read(text) -> None:
    assert not any(m.text.endswith("time") for m in find_times(text, AUG))


# "Early that morning", "late that night" lead their sentence like "that night": the part
# of the story's last day
@pytest.mark.parametrize(
    "first, second, expr, want",
    [
        (
            "The vote was held on Sunday.",
            "Early that morning, polls opened.",
            "that morning",
            "1998-08-09TMO",
        ),
        (
            "He was arrested on June 3.",
            "Late that evening, he was charged.",
            "that evening",
            "1998-06-03TEV",
        ),
    ],
)
def test_early_or_late_that_part_of_the_day(first, second, expr, want) -> None:
    assert doc_values(AUG, first, second)[1][expr] == want
