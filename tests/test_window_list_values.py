"""The findings list shows a finding's values whole at 1280×800 and
1024×768 (window42's trial: "More than 3…" for "More than 30 years"); Sources
gives up the room, the list keeps its width, a dragged column keeps its own.
Since trial 37 Sources is a count and the narrow columns take what their words
need: the values share what is left of the list's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_window_nway import build, show

from workbench.ui.appearance import LIST_WIDTHS
from workbench.ui.list_fit import REVIEWER_MIN, SOURCES, SOURCES_MIN, VALUE_MAX, VALUE_MIN

PLANS = [
    {"a": {3: "more than three decades"}, "b": {5: "30 years"}, "c": {}},
    {"a": {3: "€1.2 billion"}, "b": {5: "1.15 billion euros"}, "c": {7: "€1.2bn"}},
    {"a": {3: "half past eleven"}, "b": {5: "11.45 p.m."}},
]


def _shown(table, row: int, column: int) -> tuple[str, str]:
    index = table.model().index(row, column)
    text = index.data()
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    width = table.columnWidth(column) - margin
    shown = table.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
    return text, shown


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
@pytest.mark.parametrize("plan", PLANS)
def test_values_read_whole_and_the_list_keeps_its_width(qtbot, tmp_path, size, plan):
    w = show(qtbot, tmp_path, build(plan, length=10))
    w.resize(*size)
    QApplication.processEvents()
    table = w.table
    for row in range(table.model().rowCount()):
        for column in (1, 2):
            text, shown = _shown(table, row, column)
            if size == (1280, 800):  # at 1024 every column in sight comes first
                assert shown == text, (text, shown, table.columnWidth(column))
            assert table.columnWidth(column) >= VALUE_MIN
    assert table.columnWidth(SOURCES) >= SOURCES_MIN
    first = sum(table.columnWidth(c) for c in range(len(LIST_WIDTHS) - 1))
    # the list keeps its width: every column but the last (which stretches) in
    # it, at 1280 with room for a short reviewer's name (trial 37, list_fit)
    wide = size == (1280, 800)
    assert first + (REVIEWER_MIN if wide else 0) <= table.viewport().width()
    if size == (1280, 800):  # every column in sight
        assert table.horizontalScrollBar().maximum() == 0


def test_a_very_long_value_is_capped_and_a_dragged_column_keeps_its_width(qtbot, tmp_path):
    long = "more than three decades and several long months of silence"
    w = show(qtbot, tmp_path, build({"a": {3: long}, "b": {5: "30 years"}}, length=10))
    table = w.table
    column = next(c for c in (1, 2) if table.model().index(0, c).data() == long)
    assert LIST_WIDTHS[column] < table.columnWidth(column) <= VALUE_MAX
    table.horizontalHeader().resizeSection(column, 300)  # the editor drags it wider
    w.session.changed.emit()  # a write: the rows refresh
    QApplication.processEvents()
    assert table.columnWidth(column) == 300
