"""Issue 12: a clock time beside its day is one TIMEX3 when exported as TimeML
("10 p.m. Wednesday", "noon Thursday"), while the analysis keeps the two
mentions apart to compare the clock and the day separately. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.combine import timeml_extents

FRIDAY = date(1998, 2, 13)


def exported(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in timeml_extents(sentence, find_times(sentence, FRIDAY))]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The shop was robbed at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "1998-02-11T22:00")]),
        ("Talks broke off at noon Thursday.", [("noon Thursday", "1998-02-12T12:00")]),
        (
            "The polls close Tuesday 8pm.",
            [("Tuesday 8pm", "1998-02-17T20:00")],
        ),  # a timetable ahead
        ("The ferry left at 7:45 a.m. Feb. 9.", [("7:45 a.m. Feb. 9", "1998-02-09T07:45")]),
    ],
)
def test_a_clock_beside_its_day_is_one_timex(sentence, want):
    assert exported(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop was robbed at 10 p.m. on Wednesday.",
        "On Wednesday at 10 p.m. the shop was robbed.",
        "The conference began at 16:15 UTC, Feb. 9.",
        "The shop opens at 10 a.m. and closed on Wednesday after the raid.",
    ],
)
def test_with_a_word_or_comma_between_they_stay_two(sentence):
    assert len(exported(sentence)) == 2


def test_the_analysis_still_sees_two_mentions():
    sentence = "The shop was robbed at 10 p.m. Wednesday."
    assert [m.text for m in find_times(sentence, FRIDAY)] == ["10 p.m.", "Wednesday"]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("In fiscal 1996, the group lost money.", [("fiscal 1996", "1996")]),
        ("Sales fell in the fiscal second quarter.", [("the fiscal second quarter", "1997-Q2")]),
        ("Its fiscal-third quarter was weak.", [("Its fiscal-third quarter", "1997-Q3")]),
    ],
)
def test_fiscal_belongs_to_the_period_it_qualifies(sentence, want):
    assert exported(sentence) == want


def test_the_analysis_reads_the_fiscal_period_alone():
    assert [m.text for m in find_times("In fiscal 1996, the group lost money.", FRIDAY)] == ["1996"]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Rents have climbed in recent years.", ("recent years", "PXY")),
        ("Rates may fall in coming weeks.", ("coming weeks", "PXW")),
        ("Food prices rose in recent days.", ("recent days", "PXD")),
        ("We will know more in the coming months.", ("the coming months", "PXM")),
    ],
)
def test_a_vague_span_of_units_is_a_timeml_length(sentence, want):
    # TimeML's value is the length, as for "the last few months"; the analysis keeps
    # the vague reference it compares only with other vague references
    assert exported(sentence) == [want]
    assert find_times(sentence, FRIDAY)[0].timex in ("PAST_REF", "FUTURE_REF")


@pytest.mark.parametrize(
    "sentence", ["Things were calmer in the past.", "Prices will rise in the near future."]
)
def test_a_vague_reference_without_a_unit_stays_a_reference(sentence):
    assert [t for _, t in exported(sentence)] in (["PAST_REF"], ["FUTURE_REF"])
