"""Three classes a fresh trial met on one court story's eleven reports:
numbers after "ages"/"aged" are ages (12 in "two girls, ages 12 and 15" was
held against "two counts"); a count's happening is the verb after its noun
and auxiliary ("Eleven other men were charged" against "seven men have been
tried and convicted": different stages of a case); and two ages of people
described in words that share nothing ("the 55-year-old sect leader" / "a
12-year-old girl") are two people's ages."""

from __future__ import annotations

import pytest

from workbench.facts.measure import measure_of
from workbench.facts.quantity.detect import find_quantities
from workbench.judge.ages import ages_of_different_people


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("He assaulted two girls, ages 12 and 15, the court heard.", ["12", "15"]),
        ("The victims, aged 15 and 12, testified by video.", ["15", "12"]),
        ("A boy, age 7, was pulled from the river.", ["7"]),
        ("The trial enrolled adults aged 60 and over.", ["60"]),
    ],
)
def test_numbers_after_ages_are_ages(text, ages):
    found = {q.text.split()[0]: q.counted for q in find_quantities(text)}
    assert all(found[a] == "age" for a in ages), found


def test_a_count_not_after_ages_keeps_its_noun():
    found = {q.text: q.counted for q in find_quantities("Two girls and 15 boys were hurt.")}
    assert found["15"] == "boy" and found["Two"] != "age"


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("Eleven other men were charged with fraud and bribery.", "Eleven", "charged"),
        ("Thus far, seven men have been tried and convicted of fraud.", "seven", "convicted"),
        ("Four former officers were sentenced to prison on Monday.", "Four", "sentenced"),
        ("Five protesters have been arrested since the march.", "Five", "arrested"),
        ("Two people were killed and three were hurt.", "three", "injured"),
    ],
)
def test_a_counts_happening_is_its_verb_after_an_auxiliary(text, value, event):
    i = text.index(value)
    assert measure_of(text, i, i + len(value)).event == event


def _ages(a: str, av: str, b: str, bv: str) -> bool:
    i, j = a.index(av), b.index(bv)
    return ages_of_different_people(a, (i, i + len(av)), b, (j, j + len(bv)))


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("the 55-year-old sect leader was jailed", "a 12-year-old girl testified", True),
        ("a 15-year-old girl testified", "his 16-year-old daughter wept", True),
        ("the 11-year old girl testified", "a 12-year-old girl testified", False),
        ("two 12-year-old girls testified", "a 12-year-old girl testified", False),
        ("the 15-year-old's child", "his 16-year-old daughter wept", False),  # unknown person
        ("a 43-year-old Philadelphia woman", "a 44-year-old mother of two", False),
    ],
)
def test_ages_of_differently_described_people_are_apart(a, b, apart):
    assert (
        _ages(
            a,
            a.split("-year")[0].split()[-1] + "-year",
            b,
            b.split("-year")[0].split()[-1] + "-year",
        )
        is apart
    )
