"""Issue 12, session 21 (own news sentences, one class a block).

1. A month or a day written without its year in a story told about an earlier year
   ("In 1996, he was arrested in April") is in that year: read from publication it
   was the last April before it, a year news style would have written. Only when
   publication puts it in an earlier calendar year, and, with the year in an earlier
   sentence, only over half a year back ("cited in December" in an April piece is
   the December just gone).
2. The simple present of a trip, a match, a poll or an opening on a named day ("the
   team plays Saturday", "voters go to the polls Sunday", "the meeting opens Monday")
   is a timetable: the day lies ahead. And a day inside a relative clause set off by
   commas takes that clause's tense, not the main verb's after the closing comma
   ("the suspect, who will be arraigned Monday, was arrested Friday").
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times, find_times_in_document

FEB = date(1998, 2, 13)  # a Friday
AUG = date(1998, 8, 13)
WED = date(1998, 2, 11)


def values(text: str, pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


def last_sentence(sentences: list[str], pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times_in_document(sentences, pub)[-1]]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        (
            "In 1996, he was arrested in April and released in June.",
            FEB,
            [("1996", "1996"), ("April", "1996-04"), ("June", "1996-06")],
        ),
        ("Born in 1950, he moved to Paris in June.", FEB, [("1950", "1950"), ("June", "1950-06")]),
        (
            "The mine opened in 1971 and closed on Sept. 30.",
            AUG,
            [("1971", "1971"), ("Sept. 30", "1971-09-30")],
        ),
        # the month read in the year of publication, or ahead of it, keeps its reading
        (
            "The mine opened in 1971 and closed on Jan. 30.",
            FEB,
            [("1971", "1971"), ("Jan. 30", "1998-01-30")],
        ),
        (
            "In 1994 the law passed; it expires in October.",
            AUG,
            [("1994", "1994"), ("October", "1998-10")],
        ),
        # its year written, in figures or in words, or counted from publication
        (
            "In 1990 he left, and in April 1995 he came back.",
            FEB,
            [("1990", "1990"), ("April 1995", "1995-04")],
        ),
        (
            "In 1991, he said, and last April he repeated it.",
            FEB,
            [("1991", "1991"), ("last April", "1997-04")],
        ),
    ],
)
def test_a_month_without_its_year_takes_the_year_just_named(text, pub, want):
    assert values(text, pub) == want


@pytest.mark.parametrize(
    "sentences, pub, want",
    [
        (
            ["The bank lost money in 1996.", "In November, it cut 300 jobs."],
            AUG,
            [("November", "1996-11")],
        ),
        (
            ["The war began in 1991.", "On May 20, rebels took the port."],
            FEB,
            [("May 20", "1991-05-20")],
        ),
        (
            ["The treaty was signed in March 1993.", "In October, the first troops left."],
            AUG,
            [("October", "1993-10")],
        ),
        # a month just gone is often written without its year: it stays the last one
        (
            ["He was appointed in 1996.", "He was cited in December for speeding."],
            FEB,
            [("December", "1997-12")],
        ),
        # the sentence before named this year's day: nothing earlier to take
        (
            ["The plant closed on Tuesday.", "It had opened in October."],
            FEB,
            [("October", "1997-10")],
        ),
        # ahead of publication: the next one
        (["The bank lost money in 1996.", "It will reopen in April."], FEB, [("April", "1998-04")]),
    ],
)
def test_a_month_without_its_year_after_a_sentence_about_an_earlier_year(sentences, pub, want):
    assert last_sentence(sentences, pub) == want


def test_the_explanation_names_the_date_the_year_came_from():
    (_, april) = find_times("In 1996, he was arrested in April.", FEB)
    assert april.value == "April 1996 (the year of 1996)"


@pytest.mark.parametrize(
    "text, want",
    [
        ("The two-day meeting opens Monday in Geneva.", "1998-02-16"),
        ("The exhibition closes Sunday after a record run.", "1998-02-15"),
        ("The team plays Saturday against Italy.", "1998-02-14"),
        ("The school reopens Monday after the strike.", "1998-02-16"),
        ("Voters go to the polls Sunday.", "1998-02-15"),
        ("Annan flies to Baghdad on Friday.", "1998-02-13"),
        ("The envoy leaves Thursday for Cairo.", "1998-02-12"),
        ("The president heads to Moscow on Sunday.", "1998-02-15"),
        # the past of the same verbs still looks back
        ("The team played Saturday against Italy.", "1998-02-07"),
        ("Shares of the bank closed Monday at $5.", "1998-02-09"),
        ("Annan flew to Baghdad on Friday.", "1998-02-06"),
    ],
)
def test_a_timetable_in_the_simple_present_lies_ahead(text, want):
    days = [m.timex for m in find_times(text, WED) if m.type == "DATE"]
    assert days == [want]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The suspect, who will be arraigned Monday, was arrested Friday.",
            ["1998-02-16", "1998-02-06"],
        ),
        ("Annan, who flies to Baghdad on Friday, said he was hopeful.", ["1998-02-13"]),
        ("The trial, which resumes Monday, has lasted three weeks.", ["1998-02-16"]),
        # a relative clause in the past keeps looking back
        ("The talks, which began Monday, are expected to continue.", ["1998-02-09"]),
        ("The envoy, who arrived Sunday, will leave on Friday.", ["1998-02-08", "1998-02-13"]),
    ],
)
def test_a_day_in_a_relative_clause_takes_that_clauses_tense(text, want):
    assert [m.timex for m in find_times(text, WED) if m.type == "DATE"] == want


@pytest.mark.parametrize(
    "sentences, want",
    [
        (
            ["The accord was signed in 1995.", "The next year, fighting resumed."],
            ("The next year", "1996"),
        ),
        (
            ["The accord was signed in 1995, and the next year fighting resumed."],
            ("the next year", "1996"),
        ),
        (
            ["He was arrested in March 1996.", "The next month, he was released."],
            ("The next month", "1996-04"),
        ),
        (
            ["He was arrested on Jan. 5.", "The next week, he was released."],
            ("The next week", "1998-W03"),
        ),
        # a window ahead of publication: the future, a forecast, "over"
        (
            ["Prices rose 3 percent in 1997.", "They will rise 5 percent the next year."],
            ("the next year", "P1Y"),
        ),
        (
            ["Sales fell in 1996.", "Analysts expect a rebound the next year."],
            ("the next year", "P1Y"),
        ),
        (
            ["The plant opened in 1990.", "Output grew over the next year."],
            ("the next year", "P1Y"),
        ),
        # nothing told before it: a window
        (["The next year will be hard, he said."], ("The next year", "P1Y")),
    ],
)
def test_the_next_unit_counts_from_a_date_of_the_story(sentences, want):
    found = find_times_in_document(sentences, FEB)[-1]
    assert [(m.text, m.timex) for m in found if "next" in m.text] == [want]


def test_a_year_since_which_something_runs_is_not_the_storys_year():
    found = values("Since 1990, he has worked there, and in June he was promoted.", FEB)
    assert found == [("1990", "1990"), ("June", "1997-06")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The festival is held each year in March.", ("March", "XXXX-03")),
        ("The river floods in April every year.", ("April", "XXXX-04")),
        ("Sales peak in the fourth quarter annually.", ("the fourth quarter", "XXXX-Q4")),
        ("Each year in December, prices rise.", ("December", "XXXX-12")),
    ],
)
def test_a_month_under_each_year_is_a_repetition(text, want):
    sets = [(m.text, m.timex) for m in find_times(text, FEB) if m.type == "SET"]
    assert want in sets


@pytest.mark.parametrize(
    "text, want",
    [
        ("Last year the festival was held in March.", ("March", "1997-03")),
        ("The festival was held in March, as it is every year.", ("March", "1997-03")),
    ],
)
def test_a_month_of_one_year_stays_a_date(text, want):
    assert want in values(text, FEB)
