"""The coverage matrix keeps its claim column in place while it scrolls
sideways (fresh trial 18: with 15 sources, scrolling to the versions hid
which claim a row was); the kept column scrolls down with the rows, and a
click on it is a click on the matrix."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis

LINE = "The storm killed {} people in the coastal town of Marlow on Sunday, reporter {} said.\n"
NAMES = [f"Reporter{i}" for i in range(15)]


def test_the_claim_column_stays_while_the_sources_scroll(qtbot, tmp_path):
    paths = [
        _write(tmp_path, f"s{i:02d}.txt", "2021-06-21", LINE.format(5 if i == 14 else 24, n))
        for i, n in enumerate(NAMES)
    ]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    w.actions_by_name["coverage"].trigger()
    pane = w.coverage
    qtbot.waitUntil(pane.isVisible, timeout=WAIT)
    view, frozen = pane.view, pane.frozen
    assert frozen.isVisible()
    shown = [c for c in range(pane.proxy.columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [0] and frozen.columnWidth(0) == view.columnWidth(0)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0  # fifteen sources do not fit
    left = frozen.mapTo(pane, QPoint(0, 0)).x()
    bar.setValue(bar.maximum())
    assert frozen.mapTo(pane, QPoint(0, 0)).x() == left and frozen.isVisible()
    # down with the rows
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    # a click on a claim in the kept column selects its finding
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    index = next(
        pane.proxy.index(r, 0)
        for r in range(pane.proxy.rowCount())
        if pane.model.rows[pane.proxy.mapToSource(pane.proxy.index(r, 0)).row()].finding == row.id
    )
    frozen.scrollTo(index)
    rect = frozen.visualRect(index)
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_id() == row.id
