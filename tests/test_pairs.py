"""End-to-end accuracy on our own labelled article pairs (tests/pairs/).

The floors sit just below what the engine measured when they were set, so
a change that makes alignment or judging worse fails here; run
`python -m benchmarks.pairs -v` to see every miss.
"""

from __future__ import annotations

import pytest

from benchmarks.pairs import evaluate_pair, folders, summarise

FLOORS = {  # measured 0.966 / 0.929 / 1.000 / 1.000 on 16 pairs when set
    "alignment_f1": 0.95,
    "discrepancy_recall": 0.90,
    "verdict_accuracy": 0.95,
    "conflict_precision": 0.95,
}


@pytest.fixture(scope="module")
def results():
    return [evaluate_pair(f) for f in folders()]


def test_there_are_enough_pairs(results):
    assert len(results) >= 9


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_accuracy_floor(results, metric):
    value = summarise(results)[metric]
    assert value >= FLOORS[metric], f"{metric} fell to {value:.3f}"
