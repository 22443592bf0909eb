"""The message bar takes its own row: it never lies over the text an editor
reads, and Esc puts it away when nothing else in the window takes the key
(trial 26: a notice lay over the article text until its ✕ was clicked; Esc
did nothing)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from test_window import find_row
from test_window import seeded as seeded  # the fixture


def _rect_in(widget, target) -> QRect:
    return QRect(widget.mapTo(target, QPoint(0, 0)), widget.size())


def _readable(w):
    """Every part of the window an editor reads or works in."""
    parts = [c.text.viewport() for c in w.columns.columns]
    parts += [c.date for c in w.columns.columns]
    return [*parts, w.table.viewport(), w.panel.viewport()]


def test_no_message_covers_text_the_editor_reads(qtbot, seeded):
    w, _db = seeded
    central = w.centralWidget()
    for size in ((1280, 800), (820, 580)):
        w.resize(*size)
        for message in ("Check the date of one article", "long words " * 60):
            w.messages.show_message(message, True)
            qtbot.waitUntil(lambda: w.messages.isVisible())
            qtbot.wait(20)  # the layout settles
            bar = _rect_in(w.messages, central)
            assert central.rect().contains(bar)
            for part in _readable(w):
                if part.isVisible():
                    assert not bar.intersects(_rect_in(part, central)), (size, message[:12], part)
            w.messages.dismiss()


def test_esc_puts_the_messages_away_from_the_list(qtbot, seeded):
    w, _db = seeded
    w.select(find_row(w, "July", "next month"))
    w.messages.show_message("a notice", False)
    w.messages.show_message("an error", True)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Escape)
    assert not w.messages.isVisible() and w.messages.messages == []


def test_esc_taken_by_a_date_field_is_the_fields(qtbot, seeded):
    """A date field holding a typo takes Esc for itself (it puts the date in
    force back); the other messages stay until the next Esc."""
    w, _db = seeded
    column = w.columns.columns[0]
    before = column.date.text()
    w.messages.show_message("an earlier notice", False)
    column.date.setFocus()
    column.date.setText("2021-13-45")
    column.date.editingFinished.emit()
    assert column.date.property("invalid")
    qtbot.keyClick(column.date, Qt.Key.Key_Escape)
    assert column.date.text() == before  # the field took the key
    assert "an earlier notice" in w.messages.text()
    qtbot.keyClick(column.date, Qt.Key.Key_Escape)
    assert not w.messages.isVisible()
