"""The coverage tab reads at the window's usual sizes (window41: an editor's
trial found the claims × sources matrix cramped at 1280×800 — the claim cut
to a few words, the versions running past the view's edge with their header
cut, source names cut, rows padded)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from test_window_nway import build, show

from workbench.ui import coverage_fit
from workbench.ui.coverage_fit import CLAIM_MIN, VERSIONS_MIN, short_names, widths

FIVE = {
    "a": {30: "24"},
    "b": {},
    "c": {3: "5"},
    "d": {7: "24"},
    "e": {12: "19"},
}


def _coverage_at(qtbot, tmp_path, size, plan=FIVE):
    w = show(qtbot, tmp_path, build(plan))
    w.resize(*size)
    w.act_coverage(True)
    pane = w.coverage
    qtbot.waitUntil(pane.view.isVisible)
    QApplication.processEvents()
    return w, pane, pane.view


@pytest.mark.parametrize("size", [(1280, 800), (1400, 900)])
def test_the_matrix_fits_the_view_and_its_text_is_not_squeezed(qtbot, tmp_path, size):
    _w, pane, view = _coverage_at(qtbot, tmp_path, size)
    model, n = pane.model, len(pane.model.articles)
    total = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert total <= view.viewport().width()  # the versions no longer run past the edge
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(0) >= CLAIM_MIN and view.columnWidth(n + 2) >= VERSIONS_MIN
    assert view.columnWidth(0) > 240  # wider than the old fixed width, where there is room
    metrics = view.fontMetrics()
    for row in model.rows:  # "Carried by" whole, never cut
        assert metrics.horizontalAdvance(row.carried_text()) < view.columnWidth(n + 1)
    for c in range(1, n + 1):  # a letter, and the source name upwards, fit a cell
        assert view.columnWidth(c) >= metrics.height() + 8
    # a claim's two lines and a little air (window42: one line cut claims mid-word)
    assert view.rowHeight(0) == coverage_fit.CLAIM_LINES * metrics.lineSpacing() + 8


def test_a_cut_claim_and_a_cut_header_have_the_whole_text_in_a_tooltip(qtbot, tmp_path):
    _w, pane, view = _coverage_at(qtbot, tmp_path, (1280, 800))
    model = pane.model
    claim = model.index(0, 0)
    assert claim.data(Qt.ItemDataRole.ToolTipRole) == claim.data()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    last = model.columnCount() - 1
    tip = model.headerData(last, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Versions (sources, independent)"
    option = QStyleOptionViewItem()  # versions cut at their end: the first ones read whole
    view.itemDelegateForColumn(last).initStyleOption(option, view.model().index(0, last))
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    # claims: two lines, cut in the middle at a word (window42)
    assert isinstance(view.itemDelegateForColumn(0), coverage_fit.ClaimLines)
    assert isinstance(pane.frozen.itemDelegateForColumn(0), coverage_fit.ClaimLines)
    for c, article in enumerate(model.articles, 1):
        tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert model.labels[article] in tip


def test_a_wider_window_gives_the_claim_more_room(qtbot, tmp_path):
    w, _pane, view = _coverage_at(qtbot, tmp_path, (1280, 800))
    narrow = view.columnWidth(0)
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: view.columnWidth(0) > narrow)


def test_a_column_the_editor_dragged_keeps_its_width(qtbot, tmp_path):
    w, _pane, view = _coverage_at(qtbot, tmp_path, (1280, 800))
    view.horizontalHeader().resizeSection(0, 400)  # as a drag of its edge does
    w.resize(1400, 900)
    QApplication.processEvents()
    assert view.columnWidth(0) == 400


def test_many_sources_scroll_sideways_with_readable_columns(qtbot, tmp_path):
    plan = {chr(ord("a") + i): ({3 + i: str(20 + i % 3)} if i % 4 else {}) for i in range(16)}
    _w, pane, view = _coverage_at(qtbot, tmp_path, (1280, 800), plan)
    n = len(pane.model.articles)
    assert view.columnWidth(0) >= CLAIM_MIN and view.columnWidth(n + 2) >= VERSIONS_MIN
    assert view.horizontalScrollBar().maximum() > 0  # the claim column stays in place


@pytest.mark.parametrize(
    ("room", "sources"), [(720, 3), (720, 5), (860, 5), (1000, 8), (600, 14), (300, 2)]
)
def test_widths_share_the_room_left_and_keep_their_minimums(room, sources):
    cell, carried = 30, 130
    claim, versions = widths(room, sources, cell, carried)
    assert claim >= CLAIM_MIN and versions >= VERSIONS_MIN
    rest = room - sources * cell - carried
    if rest >= CLAIM_MIN + VERSIONS_MIN + 100:
        assert claim + versions == rest and claim > versions


@pytest.mark.parametrize(
    ("names", "short"),
    [
        (["ECB+ 10_1ecb", "ECB+ 10_2ecb"], ["10_1ecb", "10_2ecb"]),
        (["BBC", "Reuters", "AFP"], ["BBC", "Reuters", "AFP"]),
        (["The Times", "The Guardian"], ["Times", "Guardian"]),
        (["Daily Mail", "Daily"], ["Daily Mail", "Daily"]),  # a name would be emptied
        (["ECB+ 3_1ecb"], ["ECB+ 3_1ecb"]),  # alone: nothing to tell apart
        (["AP News", "APTN"], ["AP News", "APTN"]),  # letters shared, not words
    ],
)
def test_short_names_drop_only_whole_shared_words(names, short):
    assert short_names(names) == short


def test_the_header_names_the_sources_by_what_tells_them_apart(qtbot, tmp_path):
    _w, pane, _view = _coverage_at(qtbot, tmp_path, (1280, 800))
    model = pane.model
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 6)]
    assert shown == coverage_fit.short_names([model.labels[a] for a in model.articles])
