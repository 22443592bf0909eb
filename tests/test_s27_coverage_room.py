"""The coverage tab at 1280×800 with ten sources shows enough claims to use.

Editor's trial on ECB+ 42 (window44): the tab showed about 3½ claims of the
matrix under its header of source names. While it is shown it is now given
room for up to ten claims, taken from the columns down to 40 % of the height;
the switch "Only claims the sources differ on" sits beside the tabs; the
columns get their height back with the list of findings (unless the editor
moved the splitter meanwhile), and that is the layout kept at close.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_window_nway import build, show

from workbench.ui import window_coverage
from workbench.ui.coverage_view import CoverageRow

TEN = {f"s{n}": ({3 + n: str(20 + n % 3)} if n % 3 else {}) for n in range(10)}


def _rows(articles: list[str], n: int) -> list[CoverageRow]:
    cells = dict.fromkeys(articles[::2], "●")
    return [
        CoverageRow(f"g{k}", f"Claim {k}: what the sources say, long enough for two lines of it",
                    "", "", (), cells, {}, 5, 5, 10, 10)
        for k in range(n)
    ]  # fmt: skip


def _whole_rows(w) -> int:
    view = w.coverage.view
    height = view.viewport().height()
    return sum(
        1
        for r in range(w.coverage.proxy.rowCount())
        if view.rowViewportPosition(r) >= 0
        and view.rowViewportPosition(r) + view.rowHeight(r) <= height
    )


@pytest.fixture
def ten(qtbot, tmp_path, monkeypatch):
    w = show(qtbot, tmp_path, build(TEN, length=12))
    w.resize(1280, 800)
    qtbot.wait(50)
    articles = [a.id for a in w.session.articles]
    made = _rows(articles, 14)
    monkeypatch.setattr(window_coverage, "coverage_rows", lambda _analysis, _claims: made)
    return w


def _show_coverage(qtbot, w) -> None:
    w.act_coverage(True)
    qtbot.waitUntil(w.coverage.view.isVisible)
    qtbot.wait(50)  # the room is given once the tab has its size
    QApplication.processEvents()


def test_the_matrix_shows_most_of_ten_claims_and_the_columns_stay_readable(qtbot, ten):
    w = ten
    before = w.main_split.sizes()
    _show_coverage(qtbot, w)
    assert _whole_rows(w) >= 7, (w.main_split.sizes(), w.coverage.view.viewport().height())
    top, bottom = w.main_split.sizes()
    assert top >= 0.4 * (top + bottom) - 2
    assert all(c.text.viewport().height() > 60 for c in w.columns.columns)
    # the switch beside the tabs, only while the matrix is shown
    assert w.list_tabs.cornerWidget() is w.coverage.only and w.coverage.only.isVisible()
    w.act_coverage(False)
    qtbot.waitUntil(w.table.isVisible)
    assert w.main_split.sizes() == before
    assert not w.coverage.only.isVisible()


def test_a_splitter_the_editor_moved_stays_and_the_list_layout_is_the_one_kept(qtbot, ten):
    w = ten
    before = w.main_split.sizes()
    _show_coverage(qtbot, w)
    assert w.main_split.sizes() != before
    w.save_window_state()  # closing with the matrix shown keeps the list's layout
    assert w.main_split.sizes() == before
    _show_coverage(qtbot, w)
    w.act_coverage(False)
    _show_coverage(qtbot, w)
    total = sum(w.main_split.sizes())
    w.main_split.setSizes([total - 200, 200])  # the editor drags the splitter
    mine = w.main_split.sizes()
    w.act_coverage(False)
    qtbot.waitUntil(w.table.isVisible)
    assert w.main_split.sizes() == mine


def test_a_short_matrix_takes_no_room(qtbot, tmp_path, monkeypatch):
    w = show(qtbot, tmp_path, build(TEN, length=12))
    w.resize(1280, 800)
    qtbot.wait(50)
    articles = [a.id for a in w.session.articles]
    made = _rows(articles, 2)
    monkeypatch.setattr(window_coverage, "coverage_rows", lambda _analysis, _claims: made)
    before = w.main_split.sizes()
    _show_coverage(qtbot, w)
    assert w.main_split.sizes() == before
