"""Ctrl+Z with the focus still in a date field just changed undoes the date
change (fresh trial: after Enter the focus stays in the field, whose own
shortcut swallowed Ctrl+Z, so the window's "Ctrl+Z undoes" did nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_window import WAIT, find_row, wait_analysis
from test_window import seeded as seeded  # the fixture

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _published(w, column) -> str:
    return str(w.session.article(column.article.id).published)


def test_ctrl_z_in_the_date_field_undoes_the_date_change_and_keeps_reviews(qtbot, seeded):
    w, _db = seeded
    ident = find_row(w, "Tuesday", "this week")
    w.select(ident)
    w.change_review(ident, {"status": "disputed", "note": "check the day"}, "Mark", "")
    column = w.columns.columns[1]  # dated 2021-06-23 in its file
    before = column.article.published.isoformat()
    column.date.setFocus()
    column.date.selectAll()
    qtbot.keyClicks(column.date, "2021-06-25")
    qtbot.keyClick(column.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _published(w, column) == "2021-06-25", timeout=WAIT)
    wait_analysis(qtbot, w)
    assert column.date.hasFocus()
    qtbot.keyClick(column.date, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _published(w, column) == before, timeout=WAIT)
    wait_analysis(qtbot, w)
    assert column.date.text() == before
    assert w.session.row(ident).status == "disputed"  # the date was undone, not the decision
    qtbot.keyClick(column.date, Qt.Key.Key_Z, CTRL | SHIFT)  # and redone
    qtbot.waitUntil(lambda: _published(w, column) == "2021-06-25", timeout=WAIT)
    wait_analysis(qtbot, w)
    assert column.date.text() == "2021-06-25"


def test_ctrl_z_while_typing_a_date_takes_back_the_typing_only(qtbot, seeded):
    w, _db = seeded
    column = w.columns.columns[1]
    before = column.article.published.isoformat()
    column.date.setFocus()
    column.date.end(False)
    qtbot.keyClicks(column.date, "9")
    qtbot.keyClick(column.date, Qt.Key.Key_Z, CTRL)
    assert column.date.text() == before  # the field's own undo
    assert _published(w, column) == before  # and nothing was re-run
    assert not w.undo_stack.canUndo()
