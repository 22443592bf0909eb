"""Issue 12, session 10: "the day" of a report ("to end the day", "later in
the day", "the start of the day", "for the day") is the day the report is
about -- the single day named before it in the sentence or, within a week of
publication, in an earlier sentence -- not the publication day a morning
paper prints it on. With no day named it stays the publication day (with a
day's leeway). Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times, find_times_in_document

TUE = date(2009, 2, 24)


def the_day(sentences: list[str], pub: date = TUE) -> list[tuple[str, str]]:
    found = find_times_in_document(sentences, pub)[-1]
    return [(m.text, m.timex) for m in found if m.text.endswith("the day")]


@pytest.mark.parametrize(
    "sentences, want",
    [
        # the day named in an earlier sentence
        (["Share indexes closed at their lowest levels in a decade on Monday.",
          "The Dow fell 3.41% to end the day at 7,114.3."], [("the day", "2009-02-23")]),
        (["Ford said on Monday that its sales rose 43% in February.",
          "Its stock rose in morning trading, before declining later in the day."],
         [("later in the day", "2009-02-23")]),
        (["United States stock indexes posted gains on Friday.",
          "The FTSE fell sharply at the start of the day but recovered."],
         [("the start of the day", "2009-02-20")]),
        # the day named before it in the same sentence
        (["Stocks fell on Monday but rallied late in the day."],
         [("late in the day", "2009-02-23")]),
        (["Markets slid yesterday and the Nikkei ended the day down 6%."],
         [("the day", "2009-02-23")]),
        # a day named today stays today
        (["Global stock markets fell today and rebounded late in the day."],
         [("late in the day", "2009-02-24")]),
        # no day named: the publication day, as before
        (["The Dow rose 1% to end the day at 8,017."], [("the day", "2009-02-24")]),
        # the lede's day, not one named later in passing
        (["Asian markets slid on Monday.", "On Friday, the yen had fallen to 90.89.",
          "The Shanghai index lost 6.3% to close the day at 1,723."], [("the day", "2009-02-23")]),
        # a past event's date is not the report's day
        (["On October 19, 1987, the Dow fell 22%.", "The Dow ended the day up 1%."],
         [("the day", "2009-02-24")]),
    ],
)  # fmt: skip
def test_the_day_of_a_report_is_the_day_named_before(sentences, want):
    assert the_day(sentences) == want


def test_the_explanation_names_the_day_it_came_from():
    (m,) = [
        m
        for m in find_times_in_document(
            ["Indexes closed lower on Monday.", "The Dow fell 3% to end the day at 7,114."], TUE
        )[1]
    ]
    assert "Mon 23 Feb 2009" in m.value and "Monday" in m.value
    assert not m.deictic  # no longer counted from the publication date


def test_a_day_named_with_a_bound_does_not_set_the_day():
    found = find_times("Trading was halted until Monday; shares ended the day flat.", TUE)
    assert ("the day", "2009-02-24") in [(m.text, m.timex) for m in found]
