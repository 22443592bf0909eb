"""Issue 12, periods of results copy written in shorthand: "1H19" was read as the
clock time 01:19 (an upper-case "H" slipped past the check that keeps "15h30"
for clocks with a zone), "3Q19" and "FY2019" were not read at all. A half or
quarter written digit-letter-year is that half or quarter; "FY" plus a year is
that year, as "fiscal 2019" already was. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 2, 20)


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Operating profit fell 12% in 1H23.", ("1H23", "2023-H1")),
        ("The chain guided to a stronger 2H 2024.", ("2H 2024", "2024-H2")),
        ("3Q23 revenue beat forecasts.", ("3Q23", "2023-Q3")),
        ("Margins in 4Q'22 were the thinnest in years.", ("4Q'22", "2022-Q4")),
        ("Capital spending in FY2023 was cut.", ("FY2023", "2023")),
        ("The FY24 budget passed on Tuesday.", ("FY24", "2024")),
        ("Guidance for FY 2025 is due in May.", ("FY 2025", "2025")),
    ],
)
def test_results_shorthand_is_the_period(sentence, want):
    assert want in read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Profit fell in 1H23.",
        "The 3H23 grade of steel is new.",  # no third half
        "The gates open at 1H30.",  # a clock written the French way, no zone
    ],
)
def test_shorthand_is_no_clock_time(sentence):
    assert not [m for m in find_times(sentence, PUB) if m.type == "TIME"]


def test_a_zoned_clock_with_h_is_still_a_clock():
    assert ("15h30 CET", "T15:30+01:00") in read("The stage starts at 15h30 CET.")
