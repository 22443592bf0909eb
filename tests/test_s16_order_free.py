"""The same files in another order give the same findings (fresh trial 21:
14 reports of one event gave 25 findings one way and 24 the other, and two
findings an editor had decided did not exist in the second order). The
engine works in one canonical order and hands the articles back as given."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import SEEDS

from workbench.analysis import analyze_paths

EVENT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus_dev" / "30_ecb"


def _outcome(analysis):
    return (
        sorted((d.id, str(d.verdict)) for d in analysis.discrepancies),
        sorted((f.id, str(f.verdict)) for f in analysis.findings),
        sorted(tuple(sorted((a.left, a.right))) for a in analysis.alignments),
    )


def test_every_order_of_the_seeds_gives_one_outcome(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    outcomes = []
    for order in itertools.permutations(SEEDS):
        analysis = analyze_paths(list(order))
        assert [a.path for a in analysis.articles] == [str(p) for p in order]  # shown as given
        outcomes.append(_outcome(analysis))
    assert all(o == outcomes[0] for o in outcomes)


@pytest.mark.skipif(not EVENT.is_dir(), reason="ECB+ corpus not present")
def test_fourteen_reports_in_two_orders_give_one_outcome(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")  # the aligner's ties, without the model
    files = sorted(EVENT.glob("*.txt"))
    forward, backward = analyze_paths(files), analyze_paths(files[::-1])
    assert _outcome(forward) == _outcome(backward)
