"""The window's list works on findings: one row per finding, a decision
reaches each of its discrepancies, and undo puts each one's own decision back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from test_findings_log import _toll

from workbench.store import ReviewLog
from workbench.ui.models import DiscrepancyTableModel
from workbench.ui.rows import finding_rows
from workbench.ui.session import ReviewSession
from workbench.ui.tasks import TaskRunner
from workbench.ui.undo import ReviewChange

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _session(tmp_path) -> tuple[ReviewSession, ReviewLog]:
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    log.set_review("da", "verified", note="BBC checked", reviewer="kim")  # one pair decided
    session = ReviewSession(TaskRunner(synchronous=True))
    session.log = log
    session.rows = finding_rows(log.findings())
    return session, log


def test_one_row_per_finding_showing_all_its_sources(qtbot, tmp_path):
    session, log = _session(tmp_path)
    (row,) = session.rows
    # one pair decided, the rest open: its decision, with what is left to
    # decide, as the command line and the report say (was "mixed")
    assert row.status == "verified" and row.needs_review and row.undecided == 2
    assert {s.article for s in row.sides} == {"a", "b", "c", "d"}
    assert {row.sides[0].text, row.sides[1].text} == {"24", "5"}  # the differing pair first
    model = DiscrepancyTableModel()
    model.set_rows(session.rows, {})
    assert model.rowCount() == 1
    assert model.index(0, 3).data() == "4"  # a count (trial 37); by version in the tooltip
    assert "— a, b, c" in model.index(0, 3).data(3) and "— d" in model.index(0, 3).data(3)
    # sources, never pairs of articles (session 43; trial 49 read "13 open")
    assert model.index(0, 5).data() == "verified ✎ · 2 sources open"
    tip = model.index(0, 5).data(TOOLTIP)
    assert "2 of its 4 sources not covered by the decision. " in tip
    # which sources, by name (a trial could not tell which source was new), and
    # which versions the decision was made on (session 35)
    undecided = [m for m in row.members if m.status == "open"]
    open_sources = {m.left_article for m in undecided} | {m.right_article for m in undecided}
    uncovered = tip.split("Not covered by the decision: ", 1)[1]
    assert all(a in uncovered for a in open_sources - {"a", "d"}), tip
    assert "Decision made on: " in tip and "(a)" in tip and "(d)" in tip
    log.close()


def test_a_decision_reaches_every_discrepancy_and_undo_restores_each(qtbot, tmp_path):
    session, log = _session(tmp_path)
    fid = session.rows[0].id
    before = {m.id: (m.status, m.note, m.correct_article) for m in log.findings()[0].members}
    stack = QUndoStack()
    stack.push(ReviewChange(session, fid, {"status": "needs-correction"}, "Mark", who="ana"))
    (f,) = log.findings()
    assert {m.status for m in f.members} == {"needs-correction"}
    assert {m.correct_article for m in f.members} == {"d"}  # the lone dissenter by default
    assert session.rows[0].status == "needs-correction" and not session.rows[0].needs_review
    stack.undo()
    (f,) = log.findings()
    assert {m.id: (m.status, m.note, m.correct_article) for m in f.members} == before
    assert all(log.history(m.id)[-1].event.startswith("undone by ana: ") for m in f.members)
    stack.redo()
    assert log.review(fid).status == "needs-correction"
    log.close()


def test_a_partly_decided_finding_is_decided_whole_and_mixed_stays_for_disagreement(
    qtbot, tmp_path
):
    session, log = _session(tmp_path)
    fid = session.rows[0].id
    stack = QUndoStack()
    # shown "verified · 2 open": verifying it decides the open pairs too
    stack.push(ReviewChange(session, fid, {"status": "verified"}, "Verified", who="ana"))
    (f,) = log.findings()
    assert {m.status for m in f.members} == {"verified"}
    assert (session.rows[0].status, session.rows[0].undecided) == ("verified", 0)
    other = next(m.id for m in f.members if m.id != "da")
    log.set_review(other, "disputed", reviewer="bo")  # editors disagree: mixed
    session.rows = finding_rows(log.findings())
    row = session.rows[0]
    # mixed says each decision, never "N open"
    assert row.status == "mixed" and "not decided yet" not in row.look_again
    assert row.look_again.splitlines()[1:] == [
        "• verified on 2 pairs by ana — note: “BBC checked”",
        "• disputed on 1 pair by bo — note: “BBC checked”",
    ]
    log.close()
