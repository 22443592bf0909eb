"""Issue 12, a missed class of TimeBank (development data): a bare year dated by the
words around it rather than by a preposition right before it was not read ("his
unsuccessful 1996 campaign", "predicting 1990 BellSouth earnings", "in both 1990
and 1991"). Counts stay counts. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2024, 5, 2)


def years(sentence: str) -> list[str]:
    return [m.timex for m in find_times(sentence, PUB) if m.granularity == "year"]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Keating lost his unsuccessful 1996 campaign for re-election.", ["1996"]),
        ("The party's bitter 2019 leadership race split its members.", ["2019"]),
        ("Analysts were predicting 2025 Acme earnings of $3.90 a share.", ["2025"]),
        ("Investors cut their 2024 profit estimates.", ["2024"]),
        ("Forecasters revised 2023 growth figures down.", ["2023"]),
        ("The deal dilutes earnings by 9% in both 2025 and 2026.", ["2025", "2026"]),
        ("Output fell in either 2021 or 2022, the data show.", ["2021", "2022"]),
    ],
)
def test_a_year_dated_by_its_neighbours_is_read(sentence, want):
    assert years(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The army deployed its remaining 2000 soldiers.",
        "Police counted some 2000 attacks.",
        "The company's estimated 1500 workers walked out.",
        "The club's other 1900 members voted.",
        "He scored 2000 points.",
        "The unit sold 2000 cars and 1500 trucks.",
    ],
)
def test_counts_stay_counts(sentence):
    assert years(sentence) == []
