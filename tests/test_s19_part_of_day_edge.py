"""A part of a day against a clock time just outside it (trial 26: "struck around
7 p.m. Wednesday" against "died Wednesday night" was a conflict, "no overlap (30
minutes apart)"). News says "night" of the evening from about 6 p.m.; any other
edge of a part of the day is soft for an hour and a half (a question, never a
conflict); further away, still a conflict."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


SENTENCE = "The cyclist was hit by a delivery van {} on the ring road near the stadium.\n"


@pytest.mark.parametrize(
    ("one", "other", "verdict"),
    [
        ("around 7 p.m. Wednesday", "on Wednesday night", "consistent"),
        ("at 6.30pm on Friday", "on Friday night", "consistent"),
        ("at 7:45 pm Tuesday", "late on Tuesday night", "consistent"),
        ("on Thursday morning", "at 12.45pm on Thursday", "unresolved"),
        ("on Sunday afternoon", "at 7.15pm on Sunday", "unresolved"),
        ("on Tuesday morning", "at 4 p.m. Tuesday", "conflict"),
        ("on Saturday night", "at 3 p.m. on Saturday", "conflict"),
        ("at 5 p.m. Monday", "on Monday night", "conflict"),
    ],
)
def test_a_part_of_the_day_has_soft_edges(tmp_path, one, other, verdict):
    # published the day after: every weekday is the day before
    paths = pair(tmp_path, SENTENCE.format(one), SENTENCE.format(other), "2024-03-14", "2024-03-14")
    analysis = analyze_paths(paths)
    found = [d for d in analysis.discrepancies if d.kind in ("date", "time")]
    assert found, [d.explanation for d in analysis.discrepancies]
    assert {d.verdict.value for d in found} == {verdict}, [d.explanation for d in found]
