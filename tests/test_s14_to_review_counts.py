"""The report's summary and the window's status bar count the findings still
to review the same way: a finding with one of its pairs decided and two not
is counted under its decision in "Review status", and still to review (a
trial read "4 open" in the report and "9 open" in the window on one log)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_findings_log import _toll

from workbench import report
from workbench.store import ReviewLog
from workbench.store.reviews import Change
from workbench.ui.rows import counts_text, finding_rows


def _counts(log: ReviewLog) -> tuple[int, str]:
    data = report.build_report(log)
    rows = finding_rows(log.findings())
    return data["summary"]["to_review"], counts_text(rows, 4, len(rows))


def test_partly_decided_finding_is_still_to_review_in_report_and_window(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_toll())
        (f,) = log.findings()
        assert len(f.members) == 3
        assert _counts(log)[0] == 1 and "1 to review" in _counts(log)[1]
        log.set_review(f.members[0].id, "verified", reviewer="ana")  # one pair of three
        data = report.build_report(log)
        assert data["summary"]["by_status"]["open"] == 0  # counted under its decision
        assert _counts(log)[0] == 1 and "1 to review" in _counts(log)[1]
        said = "Still to review (open, partly decided, or to look at again)"
        assert f"{said}: 1" in report.render(log, "md")
        assert f"<tr><th>{said}</th><td>1</td></tr>" in report.render(log, "html")
        log.decide(f.id, Change("verified", reviewer="ana"))  # the whole finding
        assert _counts(log)[0] == 0 and "0 to review" in _counts(log)[1]
    finally:
        log.close()
