"""Issue 12, session 11 (holidays): Hanukkah, counted from Rosh Hashanah in the
lunisolar table (25 Kislev: 30 days of Tishrei, 29 or 30 of Cheshvan by the
year's length, then 24), read as its eight days; Remembrance Sunday (the UK's,
the second Sunday of November), which was read as a bare "Sunday". Dates
checked against published calendars; sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 12, 11)


def read(text: str, pub: date = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, want",
    [
        # first day of Hanukkah in a regular, a complete and a deficient year
        ("The lights went up during Hanukkah 1990.", [("Hanukkah 1990", "1990-12-12")]),
        ("Candles were lit during Chanukah 2019.", [("Chanukah 2019", "2019-12-23")]),
        ("The party was held on Hanukkah 2000.", [("Hanukkah 2000", "2000-12-22")]),
        ("Rockets were fired during Hanukkah 2023.", [("Hanukkah 2023", "2023-12-08")]),
        ("The office closes for Hanukkah.", [("Hanukkah", "2024-12-26")]),
        ("The march took place on Remembrance Sunday.",
         [("Remembrance Sunday", "2024-11-10")]),
        ("He laid a wreath on Remembrance Sunday 2019.",
         [("Remembrance Sunday 2019", "2019-11-10")]),
    ],
)  # fmt: skip
def test_holidays(text: str, want: list[tuple[str, str]]):
    assert read(text) == want


def test_hanukkah_is_eight_days():
    (m,) = find_times("Talks paused over Hanukkah 2025.", PUB)
    assert m.timex == "2025-12-15"
    assert (m.interval[1] - m.interval[0]).days == 8
