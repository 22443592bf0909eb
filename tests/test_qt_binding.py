"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python
3.11 dropped a reference to None on every Qt call that returns nothing, and
the window aborted ("none_dealloc") after about a hundred findings selected."""

from __future__ import annotations

import sys


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot):
    from PySide6.QtGui import QTextCursor, QTextDocument
    from PySide6.QtWidgets import QScrollBar, QWidget

    bar, widget = QScrollBar(), QWidget()
    cursor = QTextCursor(QTextDocument("some text"))
    before = sys.getrefcount(None)
    for i in range(300):
        bar.setValue(i % 7)
        widget.update()
        cursor.setPosition(i % 5)
    assert before - sys.getrefcount(None) < 100  # a broken binding loses 900


def test_the_window_refuses_a_broken_binding_in_one_line(qtbot, monkeypatch):
    from workbench.ui import app

    assert app.binding_problem() is None  # this environment's binding is sound
    counts = iter([5000, 4800])  # what a broken binding shows after 200 calls
    monkeypatch.setattr(app.sys, "getrefcount", lambda _obj: next(counts))
    problem = app.binding_problem()
    assert problem is not None and "\n" not in problem
    assert "PySide6" in problem and "!=6.12.0" in problem
