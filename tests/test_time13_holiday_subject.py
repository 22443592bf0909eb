"""Issue 12, holidays not read: a holiday name with no preposition before it was
left alone unless a list or "this/last/next" dated it ("Christmas shopping",
"Easter eggs"). As the subject of a verb of the calendar at the head of its
clause ("Easter falls early", "Thanksgiving was quiet", "when Ramadan ends") it
is the day itself. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2025, 10, 8)


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Thanksgiving was quiet in the capital.", ("Thanksgiving", "2024-11-28")),
        ("Christmas will be different this year.", ("Christmas", "2025-12-25")),
        ("Easter falls early next year.", ("Easter", "2026-04-05")),
        ("Diwali begins in a fortnight.", ("Diwali", "2025-10-20")),
        ("Sales were flat, but Christmas came early for toy makers.", ("Christmas", "2024-12-25")),
        ("When Hanukkah arrives, the square fills with candles.", ("Hanukkah", "2025-12-15")),
        ('"Halloween is the busiest night," he said.', ("Halloween", "2025-10-31")),
    ],
)
def test_a_holiday_as_the_subject_of_its_clause_is_that_day(sentence, want):
    assert want in read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Christmas shopping was slow.",
        "Easter eggs were cheaper this spring.",
        "The gap between Christmas sales and Easter was wide.",
        "Thanksgiving turkeys are smaller.",
    ],
)
def test_a_holiday_name_that_qualifies_a_noun_is_no_date(sentence):
    assert not [t for t, _ in read(sentence) if t in ("Christmas", "Easter", "Thanksgiving")]
