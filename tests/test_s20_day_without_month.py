"""A day of the month with no month ("on the 4th") in an undated article, set
against a resolved date in a dated one, crashed the analysis (KeyError 'month';
found by a fuzz run of the lead, session 20). The day alone compares."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("undated", "dated", "verdict"),
    [
        ("the storm hit the town on the 4th", "the storm hit the town yesterday", "conflict"),
        ("the storm hit the town on the 12th", "the storm hit the town yesterday", "consistent"),
        ("the ferry sank on the 12th", "the ferry sank on Tuesday", "consistent"),
        ("the ferry sank on the 3rd", "the ferry sank last week", None),  # a week: no one day
    ],
)
def test_a_day_without_a_month_compares_by_the_day(tmp_path, undated, dated, verdict):
    a = f"Police said {undated}, killing two people and injuring nine.\n"
    b = f"Police said {dated}, killing two people and injuring nine.\n"
    found = analyze_paths(pair(tmp_path, a, b, pub_a=None, pub_b="2024-03-13")).discrepancies
    days = [d for d in found if d.kind in ("date", "time")]
    if verdict is None:
        assert all(d.verdict.value != "conflict" for d in days)
    else:
        assert [d.verdict.value for d in days] == [verdict]
