"""In the window, a decided finding whose verdict a date edit changed says so
in the list (⚠ beside its status, the reason in the tooltip), in the panel,
and counts as needing review; deciding it again, even alike, settles it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_s12_verdict_changed import A, B, _write
from test_window import WAIT, make_window, wait_analysis


def test_the_window_marks_and_settles_a_decision_whose_verdict_changed(qtbot, tmp_path):
    a = _write(tmp_path, "a.txt", "2021-06-23", A)
    b = _write(tmp_path, "b.txt", "2021-06-24", B)
    w = make_window(qtbot)
    w.open_paths([a, b], str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = w.session.rows
    ident = row.id
    assert row.verdict == "consistent"
    w.select(ident)
    w.change_review(ident, {"status": "verified"}, "Verified", "")
    qtbot.waitUntil(lambda: w.session.row(ident).status == "verified", timeout=WAIT)
    assert not w.session.row(ident).needs_review
    column = next(c for c in w.columns.columns if c.article.published.isoformat() == "2021-06-23")
    column.date.setFocus()
    column.date.selectAll()
    qtbot.keyClicks(column.date, "2021-06-30")
    qtbot.keyClick(column.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.session.row(ident).verdict == "conflict", timeout=WAIT)
    wait_analysis(qtbot, w)
    row = w.session.row(ident)
    assert (row.status, row.decided_under) == ("verified", "consistent")
    assert row.needs_review
    model = w.table_model
    cell = model.index(0, 5)
    assert model.data(cell) == "verified ⚠"
    tip = model.data(cell, Qt.ItemDataRole.ToolTipRole)
    # the status word in full first (trial 37: the list shows short words)
    assert "Decided when it was consistent; it is now conflict: look again" in tip
    w.select(ident)
    assert w.panel.status.text() == "verified ⚠"
    assert w.panel.again.text() in tip and w.panel.again.isVisible()
    w.change_review(ident, {"status": "verified"}, "Verified", "")  # the same decision, again
    qtbot.waitUntil(lambda: w.session.row(ident).decided_under == "", timeout=WAIT)
    assert w.session.row(ident).status == "verified"
    assert w.panel.status.text() == "verified" and not w.panel.again.isVisible()
