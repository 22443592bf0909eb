"""The days of two market readings at different prices are two trading days
(session 35, eng111; trial 42, ECB+ 44_ecb).

"EDS shares added 26 cents to close at $24.34 Tuesday" / "EDS shares soared
$5.27 ... to finish yesterday at $24.13" were a date question asking for
publication dates: two closes at different prices are two days' readings, and
their days say nothing of one happening (judge/same_happening.stamps).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _time_flags(tmp_path, a: str, b: str, days: set[str]):
    paths = [write(tmp_path, "a.txt", a + "\n"), write(tmp_path, "b.txt", b + "\n")]
    found = analyze_paths(paths).discrepancies
    return [d for d in found if {s.text for s in d.sides} == days]


EDS = (
    "Shares of Electronic Data Systems rose 26 cents to close at $24.34 on Tuesday in New York.",
    "Shares of Electronic Data Systems soared $5.27 to close yesterday at {} in New York.",
)
AIRBUS = (
    "Shares in the planemaker Airbus closed at €118.40 on Monday in Paris trading.",
    "Shares in the planemaker Airbus closed Friday at {} in Paris trading.",
)
MINER = (
    "The miner's stock finished at £3.12 on Wednesday, the exchange said.",
    "The miner's stock finished trading Thursday at {}, the exchange said.",
)


@pytest.mark.parametrize(
    ("pair", "other", "same", "days"),
    [
        (EDS, "$24.13", "$24.34", {"Tuesday", "yesterday"}),
        (AIRBUS, "€121.10", "€118.40", {"Monday", "Friday"}),
        (MINER, "£3.05", "£3.12", {"Wednesday", "Thursday"}),
    ],
)
def test_closes_at_different_prices_are_not_one_day(tmp_path, pair, other, same, days):
    a, b = pair
    assert _time_flags(tmp_path, a, b.format(other), days) == []
    # the control: at one price the sentences date one close, still compared
    assert _time_flags(tmp_path, a, b.format(same), days)
