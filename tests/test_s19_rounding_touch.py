"""Two rounded figures of one precision never stand for one value: their
ranges meet at one end only ("6.2" and "6.3": 6.15–6.25 and 6.25–6.35). The
team's notes found 6.2 vs 6.3 called consistent; a fresh engineer (log27)
saw "About 300 homes" vs "About 400 homes" consistent too. Unhedged: a
conflict; two estimates ("about") that meet: a question, further apart a
conflict (session 31: two estimates in one unit that no rounding joins are a
conflict, facts/quantity/granularity.py). Exact values still meet at their ends."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("sentence", "one", "other", "verdict"),
    [
        (
            "The earthquake had a magnitude of {} on Tuesday, the survey said.",
            "6.2",
            "6.3",
            "conflict",
        ),
        ("The river rose {} metres at the bridge on Tuesday.", "2.5", "2.6", "conflict"),
        (  # session 31: two hedged figures no rounding joins are different figures
            "About {} homes were damaged by the flood in the valley on Tuesday.",
            "300",
            "400",
            "conflict",
        ),
        (
            "Roughly {} people marched through the city centre on Tuesday.",
            "2,000",
            "3,000",
            "conflict",
        ),
        (
            "The earthquake had a magnitude of {} on Tuesday, the survey said.",
            "6.2",
            "6.25",
            "consistent",
        ),
        (
            "About {} homes were damaged by the flood in the valley on Tuesday.",
            "300",
            "320",
            "consistent",
        ),
    ],
)
def test_figures_that_only_touch(tmp_path, sentence, one, other, verdict):
    analysis = analyze_paths(
        pair(tmp_path, sentence.format(one) + "\n", sentence.format(other) + "\n")
    )
    found = [d for d in analysis.discrepancies if d.kind in ("number", "quantity", "money")]
    assert found, [d.explanation for d in analysis.discrepancies]
    assert {d.verdict.value for d in found} == {verdict}, [d.explanation for d in found]
