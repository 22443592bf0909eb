"""A copy that gets two facts of one sentence wrong is flagged like a copy
that gets one wrong (fresh CLI trial, BLOCKER: "at least 14 died ... on
Saturday" against "at least 16 died ... on Sunday" a day apart showed
nothing, while either error alone was flagged). Sentences whose every figure
differs across days are left out only when a day-to-day change explains
every difference: figures that move, and days counted alike from each
report's own day (daily market reports)."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _flags(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[str, str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    analysis = analyze_paths([fa, fb])
    return {
        f"{d.sides[0].text} / {d.sides[1].text}": str(d.verdict) for d in analysis.discrepancies
    }


TWO_WRONG = [
    (  # a toll and the day, published a day apart
        "At least 16 people died when a passenger ferry capsized off Port Meridan on Sunday, "
        "the coastguard said.",
        "At least 14 people died when a passenger ferry capsized off Port Meridan on Saturday, "
        "the coastguard said.",
        {"Sunday", "Saturday"},
    ),
    (  # a count and a distance
        "The ferry was carrying 212 passengers when it overturned about 32 km from the harbour.",
        "The ferry was carrying 221 passengers when it overturned about 50 miles from the harbour.",
        {"about 32 km", "about 50 miles"},
    ),
    (  # a year written out and a length
        "The bridge, which opened in 1998, is 450 metres long, the city council said.",
        "The bridge, which opened in 1989, is 540 metres long, the city council said.",
        {"1998", "1989"},
    ),
]


@pytest.mark.parametrize(("a", "b", "must"), TWO_WRONG)
def test_two_facts_wrong_a_day_apart_are_flagged(tmp_path, a, b, must):
    flags = _flags(tmp_path, a, "2026-03-11", b, "2026-03-12")
    conflicts = {v for k, verdict in flags.items() if verdict == "conflict" for v in k.split(" / ")}
    assert must <= conflicts, flags


def test_daily_reports_whose_every_figure_moved_stay_quiet(tmp_path):
    # Monday's close in Tuesday's paper, Tuesday's close in Wednesday's
    flags = _flags(
        tmp_path,
        "The FTSE 100 index fell 2.36% to 4,907 points in London trading on Monday.",
        "2024-03-12",
        "The FTSE 100 index fell 1.2% to 4,848 points in London trading on Tuesday.",
        "2024-03-13",
    )
    assert flags == {}


def test_months_apart_every_figure_differing_is_still_two_things(tmp_path):
    flags = _flags(
        tmp_path,
        "It will seat 200 to 300 people and will have a range of 3,500 to 8,500 nautical miles.",
        "2005-01-29",
        "It carries between 305 and 550 passengers and has a range from 5,600 to 8,870 "
        "nautical miles.",
        "2005-04-27",
    )
    assert not any(v == "conflict" for v in flags.values()), flags
