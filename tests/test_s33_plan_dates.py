"""A day or month without its year in a clause that tells of a plan (session 33).

A reporter's held-out transit-strike event: "The union has already announced a second,
72-hour walkout from March 24 if no agreement is reached" (published 10 March 2025) was
read as 24 March 2024, and "has not ruled out further dates in April if the March 24
strike fails" (17 March 2025) as April of an earlier year: the verb before the day is
past ("announced", "has not ruled out") but the day belongs to what is planned. A
condition right after the day, or the start of something announced ("from", "starting",
"effective" after "announced", "set", "called"), makes the nearest year the reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.find import find_times, find_times_in_document


def _value(text: str, pub: date, span: str) -> str:
    found = [m for m in find_times(text, pub) if m.text == span]
    assert found, [m.text for m in find_times(text, pub)]
    return found[0].value


@pytest.mark.parametrize(
    "text, pub, span, year",
    [
        # a condition right after the day: the plan's day, this year
        (
            "The union has already announced a walkout from March 24 if no agreement is reached.",
            date(2025, 3, 10),
            "March 24",
            "2025",
        ),
        (
            "Drivers have voted for a stoppage on June 2 unless the offer is improved.",
            date(2024, 5, 20),
            "June 2",
            "2024",
        ),
        (
            "The council has approved a curfew from Nov. 15, if the unrest continues.",
            date(2023, 11, 1),
            "Nov. 15",
            "2023",
        ),
        (
            "Nurses have called a further strike on 14 February should talks fail.",
            date(2026, 2, 3),
            "14 February",
            "2026",
        ),
        # the start of something announced, a few weeks ahead
        ("Officials announced a ban from March 24.", date(2025, 3, 10), "March 24", "2025"),
        ("The city set a water restriction starting July 8.", date(2022, 6, 30), "July 8", "2022"),
    ],
)
def test_a_planned_day_is_the_nearest(text: str, pub: date, span: str, year: str) -> None:
    assert year in _value(text, pub, span)


@pytest.mark.parametrize(
    "text, pub, span, year",
    [
        (
            "The union has not ruled out further dates in April if the strike fails.",
            date(2025, 3, 17),
            "April",
            "2025",
        ),
        (
            "Ministers have not excluded new measures in June unless cases fall.",
            date(2021, 5, 2),
            "June",
            "2021",
        ),
    ],
)
def test_a_planned_month_is_the_nearest(text: str, pub: date, span: str, year: str) -> None:
    assert year in _value(text, pub, span)


@pytest.mark.parametrize(
    "text, pub, span, year",
    [
        # what happened keeps the last such day: no condition after it, or the condition
        # belongs to a later clause introduced by "that"
        ("He was arrested on March 24 outside his home.", date(2025, 3, 10), "March 24", "2024"),
        (
            "The minister said on March 24 that if talks fail the army will be called in.",
            date(2025, 3, 10),
            "March 24",
            "2024",
        ),
        (
            "The company announced in April that it would cut jobs.",
            date(2025, 3, 17),
            "April",
            "2024",
        ),
        # a plan announced far ahead of the day that already passed is still the past one
        ("The ban announced last year ran from March 24.", date(2025, 3, 10), "March 24", "2024"),
    ],
)
def test_what_happened_keeps_the_past_day(text: str, pub: date, span: str, year: str) -> None:
    assert year in _value(text, pub, span)


def test_a_planned_month_is_not_taken_into_a_background_year() -> None:
    """A background year in the sentence before ("struck for 11 days in 2023") no longer
    carries a planned month into that year."""
    sentences = [
        "Elsewhere, transit workers in Port Alsen struck for 11 days in 2023.",
        "The union has not ruled out further dates in April if the March 24 strike fails.",
    ]
    found = find_times_in_document(sentences, date(2025, 3, 17))
    april = [m for m in found[1] if m.text == "April"]
    assert april and "2025" in april[0].value and "2023" not in april[0].value


@pytest.mark.parametrize(
    "text, pub, span, year",
    [
        (
            "Ryanair has been attempting to take over the airline since December, and if this bid"
            " is successful, the aircraft may become redundant.",
            date(2007, 6, 9),
            "December",
            "2006",
        ),
        (
            "The port was shut on March 24, but if the weather clears it may reopen.",
            date(2025, 3, 10),
            "March 24",
            "2024",
        ),
    ],
)
def test_a_condition_in_a_new_clause_leaves_the_day(
    text: str, pub: date, span: str, year: str
) -> None:
    value = _value(text, pub, span)
    assert year in value and "(the year of" not in value
