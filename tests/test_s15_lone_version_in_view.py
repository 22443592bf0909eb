"""Selecting a disagreement brings its least supported version into view
(fresh trial: with 15 sources, the lone "Tuesday" column stayed out of view
while columns agreeing on "Monday" were shown, and had to be scrolled to)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis

TOLL = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"
OTHER = "Reporter {} wrote from the harbour of Marlow, where rescue teams searched on Monday.\n"
NAMES = ["Ames", "Baker", "Cole", "Drew", "Ellis", "Ford", "Grant", "Hale", "Irwin", "Jones"]


def _in_view(w, column) -> bool:
    area = w.columns
    port = area.viewport()
    rect = QRect(column.mapTo(port, QPoint(0, 0)), column.size())
    return port.rect().intersects(rect) and rect.left() >= -rect.width() // 2


def test_the_lone_version_is_shown_beside_the_others(qtbot, tmp_path):
    paths = [
        _write(tmp_path, f"s{i:02d}.txt", "2021-06-21", TOLL.format(24) + OTHER.format(NAMES[i]))
        for i in range(1, 10)
    ]
    paths.append(_write(tmp_path, "s10.txt", "2021-06-21", TOLL.format(5) + OTHER.format(NAMES[0])))
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(paths), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.columns.building(), timeout=WAIT)
    (row,) = [r for r in w.session.rows if r.kind == "number"]
    assert row.verdict == "conflict" and row.version_sources[-1][1] == ("s10",)
    w.columns.horizontalScrollBar().setValue(0)
    if w._selected == row.id:  # selected when the analysis ended (the first row): as a click
        w._row_again(w.table.currentIndex())  # on the row already selected lines it up
    else:
        assert w.select(row.id)
    lone = w.columns.column("s10")
    qtbot.wait(300)  # the selection settles (it places the columns twice)
    assert _in_view(w, lone)
    # and a column of the other version beside it
    assert any(_in_view(w, c) for c in w.columns.columns if c.article.id != "s10")
