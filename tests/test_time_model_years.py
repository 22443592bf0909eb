"""A year that names a vehicle's model is not a date ("his 2013 Toyota
Camry" was compared with the day of a crash; fresh user trial)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2014, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "He drove his 2013 Toyota Camry into the barrier.",
        "Police stopped a 2008 silver Honda Civic near the bridge.",
        "The driver's 2011 Nissan Altima hit a pole.",
        "She was struck by a 2013 gray Camry.",
        "The 2015 model costs less.",
        "A 2009 black Ford Explorer was seen leaving.",
    ],
)
def test_a_model_year_is_not_a_date(text):
    assert [m.text for m in find_times(text, PUB)] == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2013 Toyota recalled two million cars.", "2013"),
        ("The 2012 election was close.", "2012"),
        ("Ford's 2013 Mustang sold well in 2012.", "2012"),
        ("By 2010, Honda had doubled its output.", "2010"),
        ("It returns for the 2008 model year.", "2008"),
        ("He won his 2012 seat by a wide margin.", "2012"),
    ],
)
def test_a_year_beside_a_carmaker_is_still_a_date(text, year):
    assert [m.value for m in find_times(text, PUB)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "He will go by the end of the weekend.",
        "Prices rose since the beginning of the year.",
        "The deal closes by the end of this month.",
        "The rest of the week was quiet.",
    ],
)
def test_an_unresolved_part_of_a_period_is_not_said_twice(text):
    # without a publication date the value is what was written; it already
    # names its part ("end of the end of this month" did not read)
    (m,) = find_times(text, None)
    assert m.value.lower() == m.text.lower()
