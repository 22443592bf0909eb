"""check's summary (from the analysis) and the report and `workbench
coverage` (from the review log) name the same sources as leaving a claim
out: a trial read five in one and two in the other for one claim, because
the analysis counted only the grouping's alignments as "a similar sentence"
and the log every alignment of the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyze_paths
from workbench.findings import compared_in, coverage, coverage_of
from workbench.store import ReviewLog

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus_dev" / "18_ecbplus"


def _rows(cov):
    return [(c.group.id, c.carried, c.omitted, c.aligned) for c in cov]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="ECB+ corpus not present")
def test_the_analysis_and_the_log_give_one_coverage(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    analysis = analyze_paths(sorted(CORPUS.glob("*.txt")))
    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(analysis)
        # as the report and `workbench coverage` read it: with the sources the
        # log's findings compared (compared_in), which the analysis counts too
        found = [f for f in log.findings() if f.active]
        stored = coverage_of(
            [a.id for a in analysis.articles], log.groups(), log.copies(), compared_in(found)
        )
    finally:
        log.close()
    assert _rows(coverage(analysis)) == _rows(stored)
    assert any(c.aligned for c in stored)  # the case exists: similar sentences named
