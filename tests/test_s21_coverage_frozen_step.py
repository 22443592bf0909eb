"""The coverage matrix's kept claim column stays in step with its cells
after resizing and keyboard moves (trial 31: after resizing, Enter and Up,
the claim names went one row out of step with the cells and the last label
showed twice; it was placed on the view's resize, before the rows area took
its new size). A short matrix keeps its source names' header to a third of
its height (trial 31 saw four or five claims under a 120-pixel header)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from workbench.ui.coverage_view import CoveragePane, CoverageRow

ARTICLES = [f"42_{i}ecb" for i in range(1, 14)]


def _rows(n: int) -> list[CoverageRow]:
    return [
        CoverageRow(
            f"g{k}",
            f"Claim {k}: a sentence long enough to be cut in the middle of its column",
            "",
            "",
            (),
            dict.fromkeys(ARTICLES[: k % 13], "●"),
            {},
            2,
            2,
            13,
            13,
        )
        for k in range(n)
    ]


def _in_step(pane: CoveragePane) -> list[int]:
    """The heights where the kept column shows another row than the cells."""
    view, kept = pane.view, pane.frozen
    assert kept.viewport().height() == view.viewport().height()
    assert kept.horizontalHeader().height() == view.horizontalHeader().height()
    out = []
    for y in range(view.viewport().height()):
        # the same height on screen: in the kept column's own rows area
        at = kept.viewport().mapFromGlobal(view.viewport().mapToGlobal(QPoint(5, y))).y()
        if view.rowAt(y) != kept.rowAt(at):
            out.append(y)
    return out


@pytest.fixture
def pane(qtbot):
    pane = CoveragePane()
    qtbot.addWidget(pane)
    pane.set_rows(_rows(14), ARTICLES, {a: f"ECB+ {a}" for a in ARTICLES})
    pane.resize(800, 300)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.mark.parametrize(
    "sizes", [[(1400, 300), (600, 250)], [(600, 250), (1400, 260), (700, 320)]]
)
def test_the_kept_column_stays_in_step_after_resizes_and_keys(qtbot, pane, sizes):
    view = pane.view
    for width, height in sizes:
        pane.resize(width, height)
        qtbot.wait(20)
        assert _in_step(pane) == []
        view.setFocus()
        view.setCurrentIndex(pane.proxy.index(pane.proxy.rowCount() - 1, 3))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp):
            qtbot.keyClick(view, key)
            assert _in_step(pane) == [], key
        assert pane.frozen.verticalScrollBar().value() == view.verticalScrollBar().value()


def test_a_short_matrix_keeps_its_header_to_a_third(qtbot, pane):
    pane.resize(1200, 230)
    qtbot.wait(20)
    header = pane.view.horizontalHeader().height()
    assert header <= max(105, pane.view.height() // 3 + 1)
    assert pane.frozen.horizontalHeader().height() == header
    pane.resize(1200, 700)
    qtbot.wait(20)
    # room: the names whole (as painted: upwards, in the height less 22 px);
    # since window41 they are shown without the "ECB+ " they all begin with
    head = pane.view.horizontalHeader()
    names = [pane.model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 14)]
    assert all(not n.startswith("ECB+") for n in names)
    assert head.height() - 22 >= max(head.fontMetrics().horizontalAdvance(n) for n in names)
    assert _in_step(pane) == []
