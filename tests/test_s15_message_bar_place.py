"""A message never covers the columns' headers (fresh trial: a notice about an
article's date lay over that very date field, so fixing the date meant first
dismissing the notice that asked for it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from test_window import SEEDS, WAIT, make_window, wait_analysis
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


def test_a_message_shown_before_the_columns_exist_moves_below_their_headers(qtbot, tmp_path):
    """The trial's case: the date notice is said while the files load, before
    the columns are built and laid out."""
    w = make_window(qtbot)
    w.messages.show_message("published 2031-09-10 is in the future", False)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(SEEDS), timeout=WAIT)
    central = w.centralWidget()

    def clear() -> bool:
        bar = w.messages.geometry()
        return all(
            not bar.intersects(_rect_in(part, central))
            for column in w.columns.columns
            for part in (column.date, column.remove, column.outlet, column.title)
        )

    qtbot.waitUntil(clear, timeout=WAIT)
    assert w.messages.isVisible() and "in the future" in w.messages.text()
