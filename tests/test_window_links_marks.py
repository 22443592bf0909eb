"""Manual links seen in the window (issue 16): a mark beside sentences linked
by hand, a status-bar confirmation, menu items in column order, the
right-clicked sentence marked while its menu is open, and the write done on
the review log's writer thread (the GUI thread never waits on the disk)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_links import ALPHA, BETA
from test_window import make_window, wait_analysis

from workbench.store import ReviewLog

GAMMA = (
    "date 2024-05-06\n"
    "Florida was struck by the storm on Monday. "
    "Crews pulled 14 bodies from the harbour. "
    "About 350 homes were destroyed in the county."
)


def _open(qtbot, tmp_path, names=("alpha", "beta")):
    texts = {"alpha": ALPHA, "beta": BETA, "gamma": GAMMA}
    for name in names:
        (tmp_path / f"{name}.txt").write_text(texts[name], encoding="utf-8")
    w = make_window(qtbot)
    w.panel.reviewer.setText("ana")
    w.open_paths([str(tmp_path / f"{n}.txt") for n in names], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(names))
    qtbot.waitUntil(  # laid out: a point is on the sentence it is aimed at
        lambda: all(c.text.viewport().width() > 100 for c in w.columns.columns)
    )
    return w


def _compared(w, pair: set[str]) -> bool:
    """Aligned (since session 30 the story's toll rows compare the two toll
    figures although the aligner left their sentences apart)."""
    return any({a.left, a.right} == pair for a in w.session.analysis.alignments)


def test_a_link_is_written_off_the_gui_thread_confirmed_and_marked(qtbot, tmp_path, monkeypatch):
    w = _open(qtbot, tmp_path)
    threads: list[int] = []
    real = ReviewLog.set_link

    def recording(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ReviewLog, "set_link", recording)
    said: list[str] = []
    w.statusBar().messageChanged.connect(said.append)
    assert all(not c.text.linked for c in w.columns.columns)
    w.push_link("link", "alpha:1", "beta:1")
    qtbot.waitUntil(lambda: _compared(w, {"alpha:1", "beta:1"}))
    wait_analysis(qtbot, w)
    assert threads and threading.main_thread().ident not in threads
    assert any(m.startswith("Linked") and "Ctrl+Z" in m for m in said), said
    claims = w.session.claims
    for cid in ("alpha:1", "beta:1"):
        column = w.columns.column(claims[cid].article)
        assert (claims[cid].start, claims[cid].end) in column.text.linked
    said.clear()
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: not _compared(w, {"alpha:1", "beta:1"}))
    wait_analysis(qtbot, w)
    assert any("Undid" in m for m in said), said
    assert all(not c.text.linked for c in w.columns.columns)


def test_unlink_items_follow_the_column_order(qtbot, tmp_path):
    w = _open(qtbot, tmp_path, ("gamma", "beta", "alpha"))
    menu = w.sentence_menu("beta", w.session.claims["beta:2"].start + 2)
    unlinks = [a.text() for a in menu.actions() if a.text().startswith("Unlink from")]
    named = [next(n for n in ("gamma", "alpha") if f"from {n}" in t) for t in unlinks]
    assert named == ["gamma", "alpha"], unlinks


def shaded(column) -> set[tuple[int, int]]:
    """The spans shaded in a column (selected finding, clicked or linked sentence)."""
    return {
        (x.cursor.selectionStart(), x.cursor.selectionEnd()) for x in column.text.extraSelections()
    }


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup menu, offscreen
def test_the_right_clicked_sentence_is_marked_while_its_menu_is_open(qtbot, tmp_path):
    w = _open(qtbot, tmp_path)
    claim = w.session.claims["alpha:0"]  # a sentence of no finding
    column = w.columns.column("alpha")
    assert (claim.start, claim.end) not in shaded(column)
    column.center_on(claim.start, claim.end)
    cursor = QTextCursor(column.text.document())
    cursor.setPosition(claim.start + 3)
    point: QPoint = column.text.cursorRect(cursor).center()
    seen: list[set[tuple[int, int]]] = []

    def look_then_close(tries: int = 6) -> None:  # while the menu is open
        seen.append(shaded(column))
        if (claim.start, claim.end) not in seen[-1] and tries:
            QTimer.singleShot(50, lambda: look_then_close(tries - 1))  # a repaint under way
            return
        QApplication.activePopupWidget().close()

    QTimer.singleShot(200, look_then_close)
    w._sentence_menu(column, point)
    assert seen and (claim.start, claim.end) in seen[-1]
    assert (claim.start, claim.end) not in shaded(column)
