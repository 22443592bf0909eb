"""A finding no longer found (or a flag no finding holds) is rebuilt from its
flags; each version's independent sources are counted with the latest run's
copy links, never set to 1 (trial 29: the report's "Corrections that look
made" read "Andre Iguodala — 5_10, 5_14, 5_1, 5_4 (1 independent)" for four
independent sources)."""

from __future__ import annotations

from dataclasses import replace

from test_findings_log import _toll

from workbench.model import CopyLink
from workbench.report import build_report
from workbench.store import Change, ReviewLog


def _orphaned(tmp_path, copies=()):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll("abc"))
    (f,) = log.findings()
    log.decide(f.id, Change("needs-correction", correction="Say 24"))
    gone = _toll("abc")
    # the next run finds none of the flags (d was corrected), with these copies
    log.save_analysis(replace(gone, discrepancies=(), findings=(), copies=tuple(copies)))
    return log


def _support(finding):
    return {v.value: (len(v.sources), v.independent) for v in finding.versions}


def test_an_orphaned_findings_versions_count_their_sources_as_independent(tmp_path):
    log = _orphaned(tmp_path)
    (f,) = [f for f in log.findings() if not f.active]
    assert _support(f) == {"24": (3, 3), "5": (1, 1)}
    (item,) = build_report(log)["orphaned"]
    assert [v["independent"] for v in item["versions"]] == [3, 1]
    log.close()


def test_copies_of_the_latest_run_count_once(tmp_path):
    log = _orphaned(tmp_path, [CopyLink("a", "b", 3, "")])
    (f,) = [f for f in log.findings() if not f.active]
    assert _support(f) == {"24": (3, 2), "5": (1, 1)}
    log.close()
