"""The coverage view: the claims × sources matrix in the window (which
sources carry each claim, which omit it, how many independent sources
support each version), from which a click or Enter goes to the claim."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from test_window_nway import build, show, value_top

from workbench.ui import coverage_fit
from workbench.ui.coverage_view import (
    FINDING_ROLE,
    CoverageFilter,
    CoverageModel,
    CoveragePane,
    CoverageRow,
    coverage_rows,
)
from workbench.ui.window import MainWindow

SPREAD = {"a": {30: "24"}, "b": {}, "c": {3: "5"}}  # b leaves the toll out
AGREED = {"a": {30: "24"}, "b": {2: "24"}, "c": {}}  # a and b agree: no finding


def _model(plan) -> CoverageModel:
    analysis = build(plan)
    claims = {c.id: c for c in analysis.claims}
    model = CoverageModel()
    labels = {a.id: a.outlet for a in analysis.articles}
    model.set_rows(coverage_rows(analysis, claims), [a.id for a in analysis.articles], labels)
    return model


def test_the_coverage_model_passes_the_model_tester_and_shows_the_matrix(qtmodeltester):
    empty = CoverageModel()
    qtmodeltester.check(empty)
    model = _model(SPREAD)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Claim", "BBC", "Reuters", "AFP", "Carried by", headers[-1]]
    cells = [model.index(0, c).data() for c in (1, 2, 3)]
    assert cells == ["A", "∅", "B"]  # each version's letter; Reuters omits the claim
    assert "omits" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "toll" in model.index(0, 0).data()
    versions = model.index(0, 5).data()
    assert "A ‘24’" in versions and "B ‘5’" in versions and "1 ind" in versions
    assert model.index(0, 4).data().startswith("2 of 3")
    proxy = CoverageFilter()
    proxy.setSourceModel(_model(AGREED))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    proxy.set_only_findings(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0  # the agreed claim has no finding


def _coverage(w: MainWindow):
    pane = w.findChild(QWidget, "coveragePane")
    assert pane is not None
    return pane, pane.findChild(type(w.table))


def test_the_view_menu_shows_the_coverage_view_with_a_shortcut(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build(SPREAD))
    pane, view = _coverage(w)
    assert not pane.isVisible()
    action = w.actions_by_name["coverage"]
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    view_menu = next(m for m in w.menuBar().actions() if m.text() == "&View").menu()
    assert action in view_menu.actions()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.table.setFocus()
    qtbot.keyClick(
        w.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(pane.isVisible)
    assert action.isChecked() and view.model().rowCount() == 1
    assert view.hasFocus()  # keyboard users land in it
    action.trigger()
    qtbot.waitUntil(lambda: not pane.isVisible())
    assert w.table.isVisible()  # the list of findings is back


def test_clicking_a_claim_selects_its_finding_and_lines_up_the_columns(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build(SPREAD))
    w.actions_by_name["coverage"].trigger()
    pane, view = _coverage(w)
    qtbot.waitUntil(pane.isVisible)
    assert w.current_id() == ""
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (row,) = w.session.rows
    assert w.current_id() == row.id
    qtbot.wait(20)
    assert abs(value_top(w, "a") - value_top(w, "c")) <= 2


def test_enter_on_a_claim_without_a_finding_lines_up_its_sentences(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build(AGREED))
    assert not w.session.rows
    w.actions_by_name["coverage"].trigger()
    pane, view = _coverage(w)
    qtbot.waitUntil(pane.isVisible)
    qtbot.waitUntil(lambda: all(c.text.viewport().height() > 60 for c in w.columns.columns))
    view.setCurrentIndex(view.model().index(0, 0))
    first, second = w.columns.columns[:2]
    w.actions_by_name["scroll_together"].setChecked(False)  # only the view moves them
    for column in (first, second):
        column.text.verticalScrollBar().setValue(0)
    claims = w.session.claims
    mine, theirs = claims["a:30"], claims["b:2"]
    assert (
        abs(
            first.span_y(mine.start, mine.end, w)[0] - second.span_y(theirs.start, theirs.end, w)[0]
        )
        > 20
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(20)
    top_a = first.span_y(mine.start, mine.end, w)[0]
    top_b = second.span_y(theirs.start, theirs.end, w)[0]
    assert abs(top_a - top_b) <= 2
    assert first.span_visible(mine.start, mine.end)
    # shown as a finding is: joined, and the source that leaves it out named
    assert [(t.left, t.right) for t in w.columns.threads] == [(0, 1)]
    assert "states this claim" in first.badge.text()
    assert "omits this claim" in w.columns.columns[2].badge.text()


def test_the_selected_findings_row_follows_the_list(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build(SPREAD))
    w.actions_by_name["coverage"].trigger()
    pane, view = _coverage(w)
    qtbot.waitUntil(pane.isVisible)
    view.setCurrentIndex(QModelIndex())
    assert not view.currentIndex().isValid()
    (row,) = w.session.rows
    w.select(row.id)
    assert view.currentIndex().data(FINDING_ROLE) == row.id


def test_a_source_with_a_similar_sentence_is_not_shown_as_omitting_the_claim():
    """The grouping kept b's aligned sentence apart: the matrix said b omits
    the claim while its text carried it (fresh user trial, ECB+ 1_11)."""
    from dataclasses import replace

    analysis = build(SPREAD)
    analysis = replace(analysis, groups=tuple(replace(g, aligned=("b",)) for g in analysis.groups))
    claims = {c.id: c for c in analysis.claims}
    model = CoverageModel()
    labels = {a.id: a.outlet for a in analysis.articles}
    model.set_rows(coverage_rows(analysis, claims), [a.id for a in analysis.articles], labels)
    assert [model.index(0, c).data() for c in (1, 2, 3)] == ["A", "◌", "B"]
    assert "similar sentence" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_claims_that_open_alike_still_read_apart_in_the_claim_column(qtbot):
    # fresh window trial at 1280×800: three rows read "Lindsay Lohan's attorney said Thurs…"
    lead = "The defendant's attorney said on Thursday in a statement to reporters that "
    ends = ("the plea deal was signed", "her client would appeal", "a 90-day stay begins")
    rows = [
        CoverageRow(f"g{n}", lead + end, "", "", (), {}, {}, 1, 1, 1, 2)
        for n, end in enumerate(ends)
    ]
    pane = CoveragePane()
    qtbot.addWidget(pane)
    pane.set_rows(rows, ["a", "b"], {"a": "A", "b": "B"})
    pane.resize(560, 300)  # narrow: two lines hold no claim whole
    pane.show()
    view = pane.view
    # what the claim column paints: two lines, cut in the middle at a word (window42)
    width = view.columnWidth(0) - coverage_fit.PADDING
    metrics = view.fontMetrics()
    shown = {" ".join(coverage_fit.claim_lines(r.claim, metrics, width)) for r in rows}
    assert len(shown) == 3, shown
    assert all("…" in s for s in shown)  # cut, yet each reads apart


def test_a_row_reads_as_its_finding_and_a_cell_tip_quotes_the_source():
    # fresh window trial: three rows of one group read alike (each labelled by
    # the group's first sentence, not even about its finding); a cell's tip
    # gave no wording
    model = _model(SPREAD)
    label = model.index(0, 0).data()
    assert label.startswith("24 / 5 — ") and "death toll" in label
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "version A ‘24’" in tip and "death toll had risen to 24" in tip
    agreed = _model(AGREED)  # no finding: the group's sentence, quoted in the tips
    assert agreed.index(0, 0).data().startswith("Officials said")
    assert "risen to 24" in agreed.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_two_findings_of_one_group_are_labelled_apart():
    from types import SimpleNamespace as NS

    from workbench.ui.coverage_rows import _label

    head = NS(text="The trial of the gunman begins on Monday, two years after the shooting.")
    claims = {"x:1": head}
    side = NS(claim="x:1", text="Monday")
    day = NS(versions=(NS(value="Monday", sides=(side,)), NS(value="Tuesday", sides=(side,))))
    years = NS(versions=(NS(value="two years", sides=(side,)), NS(value="3 years", sides=())))
    labels = {_label(day, claims, head), _label(years, claims, head)}
    assert labels == {f"Monday / Tuesday — {head.text}", f"two years / 3 years — {head.text}"}
