"""'this year' after an ordinal count bounds the count; it does not date the
story's happening (a fresh reader, J19d, on 07_ecb: 'his third fight this
year' was compared with 'Saturday night', the day of the fight)."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.family_helpers import count_windows


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    "window",
    [
        "The striker scored his second goal this year against the leaders on Tuesday night.",
        "It was the fifth title defence this year for the champion, who fought on Saturday.",
        "The plant reported its 12th leak this month, the regulator said on Friday.",
        "She won her fourth race so far this week at the Monday meeting.",
    ],
)
def test_a_count_window_is_not_a_date_of_the_happening(tmp_path, window):
    analysis = analyze_paths(pair(tmp_path, window + "\n", window + "\n"))
    windows = count_windows(analysis.facts, {c.id: c for c in analysis.claims})
    texts = {f.text.lower() for f in analysis.facts if f.id in windows}
    assert texts and all(t.startswith(("this", "so far")) for t in texts), texts


@pytest.mark.parametrize(
    "plain",
    [
        "The fight this year was held in Mannheim on Saturday night.",
        "Sales rose this year, the third quarter report said.",
        "This year the festival opened on a Friday.",
    ],
)
def test_a_period_that_dates_something_stays(tmp_path, plain):
    analysis = analyze_paths(pair(tmp_path, plain + "\n", plain + "\n"))
    assert count_windows(analysis.facts, {c.id: c for c in analysis.claims}) == set()


def test_the_count_window_is_not_compared_with_the_day(tmp_path):
    a = "Klitschko won his third fight this year in Mannheim, stopping Rahman in the seventh.\n"
    b = "Klitschko won on Saturday night in Mannheim, stopping Rahman in the seventh.\n"
    analysis = analyze_paths(pair(tmp_path, a, b, "2008-12-14", "2008-12-14"))
    assert not [d for d in analysis.discrepancies if d.kind == "date"], analysis.discrepancies
