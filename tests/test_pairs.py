"""End-to-end accuracy on our own labelled article pairs (tests/pairs/).

The floors sit just below what the engine measured when they were set, so
a change that makes alignment or judging worse fails here; run
`python -m benchmarks.pairs -v` to see every miss.
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.pairs import evaluate_pair, folders, summarise

FLOORS = {  # all 26 pairs; measured lexical 0.960 / 0.922 / 1.0 / 1.0, embedding
    # 0.969 / 0.946 / 1.0 / 1.0 when set — the floors hold for either path
    "alignment_f1": 0.94,
    "discrepancy_recall": 0.90,
    "verdict_accuracy": 0.97,
    "conflict_precision": 0.95,
}


@pytest.fixture(scope="module")
def results():
    return [evaluate_pair(f) for f in folders()]


def test_there_are_enough_pairs(results):
    assert len(results) >= 26


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_accuracy_floor(results, metric):
    value = summarise(results)[metric]
    assert value >= FLOORS[metric], f"{metric} fell to {value:.3f}"


def test_every_discrepancy_names_the_rule_that_decided_it(results):
    from workbench import judge

    names = {r.name for r in judge.RULES}
    flagged = sum((r.flagged for r in results), start=Counter())
    assert sum(flagged.values()) >= 100
    assert {rule for rule, _verdict in flagged} <= names, set(flagged) - names
