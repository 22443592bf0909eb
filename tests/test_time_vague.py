"""Issue 12: vague references and named current periods. "In the past" and
"the future" are PAST_REF / FUTURE_REF wherever they stand for an unnamed
time ("indicated in the past that ...", "worried about the future"), but
"the past three summers" is a window and "the future of the party" a noun;
"the current fiscal year" is the publication's year like "the current year".
Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2015, 5, 20)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The mayor has said in the past that the bridge is safe.", [("the past", "PAST_REF")]),
        ("In the past the club sold its best players.", [("the past", "PAST_REF")]),
        ("Such raids are a thing of the past, police say.", [("the past", "PAST_REF")]),
        ("Farmers are anxious about the future after the drought.", [("the future", "FUTURE_REF")]),
        ("Prices will stay high well into the future.", [("the future", "FUTURE_REF")]),
    ],
)
def test_the_unnamed_past_and_future(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The vote decides the future of the coalition.",
        "Nobody can say what the future holds for the mine.",
    ],
)
def test_the_future_as_a_noun_is_no_time(text):
    assert found(text) == []


def test_the_past_before_a_length_is_the_window():
    assert found("Rents rose in the past two years.") == [("the past two years", "P2Y")]
    assert all(t != "PAST_REF" for _, t in found("Floods hit the town in the past three summers."))


@pytest.mark.parametrize(
    "text, want",
    [
        ("The group expects sales in the current fiscal year to rise.", "2015"),
        ("Hiring this financial year will be slower.", "2015"),
        ("Losses in the current fiscal quarter will narrow.", "2015-Q2"),
    ],
)
def test_the_current_fiscal_period_is_the_publications(text, want):
    assert [t for _, t in found(text)] == [want]
