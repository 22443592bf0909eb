"""A message never covers the columns' headers (fresh trial: a notice about an
article's date lay over that very date field, so fixing the date meant first
dismissing the notice that asked for it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from test_window import seeded as seeded  # the fixture


def _rect_in(widget, target) -> QRect:
    return QRect(widget.mapTo(target, QPoint(0, 0)), widget.size())


def test_a_message_leaves_every_header_reachable(qtbot, seeded):
    w, _db = seeded
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    central = w.centralWidget()
    for message in ("Check the date of one article", "x " * 200):  # short, and long enough to wrap
        w.messages.show_message(message, True)
        bar = w.messages.geometry()
        assert w.messages.isVisible()
        for column in w.columns.columns:
            for part in (column.date, column.remove, column.outlet, column.title):
                assert not bar.intersects(_rect_in(part, central)), (message[:20], part)
    w.resize(900, 500)  # a smaller window: still below the headers, still inside
    qtbot.wait(50)
    bar = w.messages.geometry()
    assert central.rect().contains(bar)
    assert not bar.intersects(_rect_in(w.columns.columns[0].date, central))
