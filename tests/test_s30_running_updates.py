"""Running counts at different moments (session 30, issue 11, class 3): a
floor one report gives ("at least 17 killed", Wednesday) that the next day's
report has passed ("31 have died", Thursday) is a toll that rose — an update
naming both moments, not "check". Readers' should_be for these was not a
question (authored tower_fire, storm). Two exact counts of two days stay what
they were (authored derailment: 2 / 4 killed is a planted discrepancy), and so
does a floor the later report gives below the earlier count (a stale toll).
Cases are made up."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.running import published_moment, stamps
from workbench.judge.timeline import ordered


def _money_or_count(tmp_path, a: str, b: str, pub_a: str, pub_b: str):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b))
    return [d for d in found.discrepancies if d.kind not in ("date", "time", "quote")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "At least 12 people were killed when a landslide buried homes in Olmo, officials said.",
            "Twenty people were killed when a landslide buried homes in Olmo, officials said.",
        ),
        (
            "More than 20 people died after a ferry capsized off Kerin, the coast guard said.",
            "Fifty-two people died after a ferry capsized off Kerin, the coast guard said.",
        ),
    ],
)
def test_a_floor_the_next_days_count_has_passed_is_an_update(tmp_path, a, b):
    flags = _money_or_count(tmp_path, a, b, "2026-04-08", "2026-04-09")
    assert flags, "the two tolls were compared"
    (d,) = flags
    assert d.verdict == "consistent", d.explanation
    assert d.rule == "update_told_by_its_times"
    assert "published 8 Apr" in d.explanation and "published 9 Apr" in d.explanation


@pytest.mark.parametrize(
    ("a", "b", "pub_a", "pub_b"),
    [
        (  # two exact counts of two days: the later report may tell an older toll
            "Two people were killed when a train left the rails near Ashby, police said.",
            "Four people were killed when a train left the rails near Ashby, police said.",
            "2026-04-08",
            "2026-04-09",
        ),
        (  # the later report's floor below the earlier count: a stale toll
            "Nine people were killed when a storm hit the coast, officials said.",
            "At least six people were killed when a storm hit the coast, officials said.",
            "2026-04-08",
            "2026-04-09",
        ),
        (  # one day: no moments to tell apart
            "At least 12 people were killed when a landslide buried homes in Olmo, officials said.",
            "Twenty people were killed when a landslide buried homes in Olmo, officials said.",
            "2026-04-08",
            "2026-04-08",
        ),
    ],
)
def test_what_the_report_days_do_not_settle_is_no_update(tmp_path, a, b, pub_a, pub_b):
    flags = _money_or_count(tmp_path, a, b, pub_a, pub_b)
    assert all(d.rule != "update_told_by_its_times" for d in flags), flags


def test_a_midday_stamp_is_before_the_next_days_paper():
    """'By midday on Wednesday' against a Thursday paper's figure with no time
    of its own: the paper's moment begins after midday the day before."""
    found = stamps("By midday on Wednesday, at least five people had died.", date(2025, 10, 15))
    assert found
    assert ordered(found, published_moment(date(2025, 10, 16))) == -1
