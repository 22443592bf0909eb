"""Two clock times are said to be as far apart as they are written, not as far as
their hedged ranges' starts (a fresh reader, session 18: "about 8.40pm" against
"8.49pm" read "14 minutes apart")."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("one", "other", "gap"),
    [("about 8.40pm", "8.49pm", "9 minutes"), ("around 10:30 am", "11:15 am", "45 minutes")],
)
def test_the_gap_is_between_the_times_as_written(tmp_path, one, other, gap):
    text = "The blaze broke out at {} at the store in the high street, police said.\n"
    analysis = analyze_paths(pair(tmp_path, text.format(one), text.format(other), None, None))
    (d,) = [d for d in analysis.discrepancies if d.kind == "time"]
    assert f"({gap} apart)" in d.explanation


@pytest.mark.parametrize(
    ("one", "other", "gap"),
    [
        ("about 8.40pm on Friday", "8.49pm on Friday", "9 minutes"),
        ("around 10:30 am on Tuesday", "11:15 am on Tuesday", "45 minutes"),
        ("shortly before 6pm on Sunday", "7.20pm on Sunday", "1 hour 20 minutes"),
    ],
)
def test_dated_clock_times_too(tmp_path, one, other, gap):
    """Session 19: the same on a day both articles date (the dated path still
    measured between the hedged ranges: '4 minutes apart')."""
    text = "The blaze broke out at {} at the store in the high street, police said.\n"
    analysis = analyze_paths(pair(tmp_path, text.format(one), text.format(other)))
    (d,) = [d for d in analysis.discrepancies if d.kind == "time"]
    assert d.verdict.value == "conflict" and f"({gap} apart)" in d.explanation
