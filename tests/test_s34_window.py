"""The window at 1280×800 (issue 15; user trial 40, item 7).

The Status column cut "to correct ✎ ⚠ · 3 open" to "to corr… 3 open": a
status with its marks and open count is longer than any one status word, and
the column was sized to the words alone. A selected finding's versions sat in
columns scrolled off to the right: the view is now chosen once to hold the
columns that must be seen and the most of its versions whole, a version in a
column cut at the edge counts as beyond, and the bar above names how many
more versions lie past the one its button leads to."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication
from test_window_nway import build, show

from workbench.ui import fold, models
from workbench.ui.sideways import best_offset, inside

W = 300  # a column and its gutter, in these cases


def cols(*indices: int) -> list[tuple[int, int]]:
    return [(i * W, i * W + W - 20) for i in indices]


# -- the sideways view, as a rule ----------------------------------------------------
@pytest.mark.parametrize(
    ("wanted", "must", "current", "whole"),
    [
        # a lone dissenter at 7 beside its nearest other version at 6; 2 cannot fit too
        ((2, 6, 7), (6, 7), 0, {6, 7}),
        # a consistent finding: the first surely, then as many of the rest as fit
        ((1, 3, 4, 9), (9, 1), 6 * W, {1, 3, 4}),
        # the first and last fit together: both, and the one between
        ((0, 2, 3), (3, 0), 5 * W, {0, 2, 3}),
        # one version: nothing else to weigh, the column itself
        ((5,), (5,), 0, {5}),
    ],
)
def test_the_view_holds_the_must_columns_and_the_most_versions(wanted, must, current, whole):
    width, most = 4 * W, 10 * W - 20 - 4 * W
    at = best_offset(cols(*wanted), cols(*must), width, current, most)
    assert 0 <= at <= most
    shown = {i for i, span in zip(wanted, cols(*wanted), strict=True) if inside(span, at, width)}
    assert shown == whole, (at, shown)


def test_the_view_does_not_move_when_it_already_shows_them():
    width = 4 * W
    # versions 3 and 4 in view at 2..5: any other start showing both is a move for nothing
    assert best_offset(cols(3, 4), cols(4, 3), width, 2 * W, 6 * W) == 2 * W


def test_the_must_columns_win_over_more_versions_elsewhere():
    width = 3 * W
    # three versions together at 6..8, the lone one at 0: the lone one is seen
    at = best_offset(cols(0, 6, 7, 8), cols(0), width, 6 * W, 7 * W)
    assert inside(cols(0)[0], at, width)


# -- the window ----------------------------------------------------------------------
def _eight(qtbot, tmp_path, plan_at: dict[str, str]):
    ids = [f"s{n}" for n in range(8)]
    plan = {a: ({10: plan_at[a]} if a in plan_at else {}) for a in ids}
    w = show(qtbot, tmp_path, build(plan, length=20))
    (row,) = w.session.rows
    assert w.select(row.id)
    qtbot.wait(20)
    return w


def _whole(w, index: int) -> bool:
    column = w.columns.columns[index]
    left = w.columns.horizontalScrollBar().value()
    return inside((column.x(), column.x() + column.width()), left, w.columns.viewport().width())


def test_a_lone_version_off_to_the_right_is_shown_with_its_neighbour(qtbot, tmp_path):
    # 'Bryant Dalton' in s2 and s6, 'Brian Dalton' in s7 alone (trial 40's shape)
    w = _eight(qtbot, tmp_path, {"s2": "31", "s6": "31", "s7": "32"})
    assert _whole(w, 7) and _whole(w, 6)
    # s2, off to the left, is named above the columns
    assert not _whole(w, 2)
    assert w.columns.ends.left.isVisible()
    assert w.columns.ends.left.text() == "← AFP"  # the outlet of s2


def test_a_version_in_a_column_cut_at_the_edge_is_named(qtbot, tmp_path):
    w = _eight(qtbot, tmp_path, {"s0": "7", "s4": "9"})
    fold.unfold(w.columns)  # folded side by side on selection (user trial 48): as before
    QApplication.processEvents()
    bar = w.columns.horizontalScrollBar()
    s4 = w.columns.columns[4]
    # scroll so s4 shows only its left part: its value may be off screen
    bar.setValue(s4.x() + s4.width() // 3 - w.columns.viewport().width())
    QApplication.processEvents()
    assert not _whole(w, 4)
    right = w.columns.ends.right
    assert right.isVisible() and right.text() == f"{s4.outlet.text()} →", right.text()


def test_the_bar_says_how_many_more_versions_lie_beyond(qtbot, tmp_path):
    w = _eight(qtbot, tmp_path, {"s0": "12", "s5": "15", "s6": "15", "s7": "19"})
    bar = w.columns.horizontalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    beyond = [i for i in (5, 6, 7) if not _whole(w, i)]
    right = w.columns.ends.right
    assert right.isVisible()
    if len(beyond) > 1:
        assert right.text().endswith(f"and {len(beyond) - 1} more →"), right.text()
        for i in beyond[1:]:
            assert w.columns.columns[i].outlet.text() in right.toolTip()
    # the button leads to the nearest; a click brings it into view
    right.click()
    QApplication.processEvents()
    assert _whole(w, beyond[0])


# -- the Status column ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "note", "undecided", "under", "reviewer"),
    [
        ("needs-correction", "check the name", "3 versions open", "conflict", "Ann Editor"),
        ("disputed", "", "12 sources open", "unresolved", "Senior editor (trial forty)"),
        ("verified", "n", "1 version open", "", "B"),
        ("dismissed", "a duplicate", "4 versions open", "consistent", "Desk"),
        ("needs-correction", "n", "3 versions open · 2 sources open", "conflict", "Ann"),
    ],
)
def test_the_status_reads_whole_at_1280(
    qtbot, tmp_path, monkeypatch, status, note, undecided, under, reviewer
):
    """What is still open is counted by version and source (session 43: trial
    49 read "· 13 open" pairs); the longest such words still read whole."""
    monkeypatch.setattr(models, "still_open", lambda *_a: undecided)
    plan = {"a": {3: "about 150 metres"}, "b": {3: "about 200 feet"}, "c": {3: "some 700 m"}}
    w = show(qtbot, tmp_path, build(plan, length=6))
    w.resize(1280, 800)
    rows = [
        dataclasses.replace(
            r,
            status=status,
            note=note,
            undecided=2,
            decided_under=under,
            reviewer=reviewer,
        )
        for r in w.session.rows
    ]
    w.table_model.set_rows(rows, {})
    w.value_fit.fit()
    QApplication.processEvents()
    t = w.table
    text = t.model().index(0, 5).data()
    assert text.endswith(f"· {undecided}") or f"· {undecided} ⚠" in text, text
    # the icon and margins beside the words (list_fit.ICON)
    assert t.fontMetrics().horizontalAdvance(text) + 28 <= t.columnWidth(5), text
    # and the values still read at least both ends
    assert all(t.columnWidth(c) >= 96 for c in (1, 2))
