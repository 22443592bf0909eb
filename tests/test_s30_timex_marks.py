"""Issue 12, session 30 (time37): what a TIMEX3 takes in, as the TimeML corpora mark it.

Export only (``combine.timeml_extents``, ``facts/time/timeml_marks.py``); the
analysis reads the same mentions as before. Conventions counted on TimeBank
(development) and MEANTIME, sentences our own:

* a range of lengths written once ("two to six days", "between 60 and 90 days",
  "10-15 years") is two TIMEX3s: the first number alone with the shared unit, then
  the second with its unit (TimeBank "two" P2D / "six days" P6D, MEANTIME "60" P60D
  / "90 days" P90D);
* "around" before a day or a clock is inside (TimeML mod APPROX: TimeBank "around
  Nov. 1", "around 7:15 p.m.", "around year end"); "about" before a day is not;
* "or later", "or earlier", "and beyond" after a date are inside ("1994 or later");
* "more recently", "most recently", "very soon" keep the degree word;
* "at one point", "at the moment" leave the preposition out, as "at the time" does.

Guards: "three or four years" stays one length (no range word); a range of years
as dates ("from 2009 to 2011") is untouched; "about Nov. 1" keeps "about" out;
"only recently" keeps the focus word out; "at present" is not cut.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document
from workbench.facts.time.combine import timeml_extents

PUB = date(2004, 5, 12)  # a Wednesday


def marks(sentence: str, published: date = PUB) -> list[tuple[str, str]]:
    found = find_times_in_document([sentence], published)[0]
    return [(m.text, m.timex) for m in timeml_extents(sentence, found)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Doctors said recovery would take two to six days.",
            [("two", "P2D"), ("six days", "P6D")],
        ),
        (
            "The liquidation is expected to take between 60 and 90 days.",
            [("60", "P60D"), ("90 days", "P90D")],
        ),
        (
            "Rebuilding the bridge could take 10-15 years, engineers warned.",
            [("10", "P10Y"), ("15 years", "P15Y")],
        ),
        (
            "The storm is expected to last three to four hours.",
            [("three", "PT3H"), ("four hours", "PT4H")],
        ),
        (
            "Voters will wait eight to 12 weeks for the recount.",
            [("eight", "P8W"), ("12 weeks", "P12W")],
        ),
    ],
)
def test_a_range_of_lengths_is_two_timex3s(sentence, expected):
    assert marks(sentence) == expected


def test_a_length_with_or_stays_one():
    assert marks("He served three or four years in prison.") == [("three or four years", "PXY")]


def test_a_range_of_years_as_dates_is_untouched():
    got = marks("The carrier will receive six jets from 2009 to 2011.")
    assert [t for t, _ in got] == ["2009", "2011"]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The merger should close around Nov. 1, the company said.", "around Nov. 1"),
        ("The ferry docked around 6:40 p.m., an hour late.", "around 6:40 p.m."),
        ("Talks could resume at around noon.", "around noon"),
        ("The sale is expected to be completed around mid-June.", "around mid-June"),
    ],
)
def test_around_is_inside_a_point(sentence, text):
    assert text in [t for t, _ in marks(sentence)]


def test_about_before_a_day_stays_outside():
    texts = [t for t, _ in marks("Ballots will be counted about March 3, officials said.")]
    assert "March 3" in texts and not any(t.startswith("about") for t in texts)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The reactor will not be restarted until 2009 or later.", "2009 or later"),
        ("Funding is assured through 2012 and beyond.", "2012 and beyond"),
        ("The vote may come in June or earlier.", "June or earlier"),
    ],
)
def test_an_open_end_is_inside_the_date(sentence, text):
    assert text in [t for t, _ in marks(sentence)]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("More recently, the ministry raised fuel prices.", "More recently"),
        ("The council most recently met in Cairo.", "most recently"),
        ("A ruling is expected very soon.", "very soon"),
    ],
)
def test_a_degree_word_is_inside(sentence, text):
    assert text in [t for t, _ in marks(sentence)]


def test_only_recently_keeps_the_focus_word_out():
    texts = [t for t, _ in marks("The rebels only recently agreed to talk.")]
    assert "recently" in texts


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("At one point, the crowd broke through the barrier.", "one point"),
        ("There are no flights at the moment, an airline said.", "the moment"),
    ],
)
def test_at_a_point_leaves_the_preposition_out(sentence, text):
    got = marks(sentence)
    assert text in [t for t, _ in got]
    assert not any(t.lower().startswith("at ") for t, _ in got)


def test_the_analysis_keeps_the_range_and_the_hedge():
    sentence = "The liquidation will take between 60 and 90 days, starting around Nov. 1."
    found = find_times_in_document([sentence], PUB)[0]
    assert [m.text for m in found] == ["60 and 90 days", "Nov. 1"]
