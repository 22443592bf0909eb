"""A dateline's date is the filing date, not a date the report states
(session 31): left out of the comparison, kept by the time benchmarks."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document
from workbench.facts.time.family import TimeFamily

TIME = TimeFamily()


def _dates(sentences: list[str]) -> list[str]:
    found = TIME.find_each(sentences, date(2030, 7, 17))
    return [m.text for ms in found for m in ms if m.type == "DATE"]


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        (
            "MADRID, July 17 (MPA) - Spain recorded its highest temperature yesterday.",
            ["yesterday"],
        ),
        (
            "LONDON, Jul. 17 (Reuters) - Trains stopped on Tuesday after a signal fault.",
            ["Tuesday"],
        ),
        ("PARIS, 17 July (AFP) — Fire crews were still at work on Monday.", ["Monday"]),
        ("GUAMOTE, Ecuador, July 16 (MP) — The quake struck before dawn on Sunday.", ["Sunday"]),
        ("NEW YORK, July 17, 2030 -- Shares fell 3% in June, the company said.", ["June"]),
        ("SYDNEY, July 17: Rain is due by Friday.", ["Friday"]),
    ],
)
def test_the_dateline_date_is_left_out(opening, kept):
    assert _dates(["Heat record broken", opening]) == kept


@pytest.mark.parametrize(
    "sentence",
    [
        # no dateline: a date opening a sentence is the sentence's own
        "On July 17, the council voted to close the bridge.",
        "July 17 was the hottest day on record, officials said.",
        # a city in capitals with no date before the dash: nothing to leave out
        "ROME (AP) — The strike began on July 17.",
    ],
)
def test_dates_that_are_no_dateline_stay(sentence):
    assert "July 17" in _dates([sentence])


def test_a_dateline_further_down_is_not_one():
    later = ["Heat record broken", "By our staff", "A third line.", "MADRID, July 17 - text."]
    assert "July 17" in _dates(later)


def test_the_time_benchmarks_still_read_it():
    found = find_times_in_document(["MADRID, July 17 (MPA) - A record."], date(2030, 7, 17))
    assert [m.text for ms in found for m in ms] == ["July 17"]
