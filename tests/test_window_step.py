"""Columns in step, as in Meld (issue 16): one rule the editor can predict.

With a finding selected (or a sentence clicked) as the anchor, scrolling any
column moves every column by the same distance, so the anchored sentences
stay level in every column that carries them; Alt+wheel scrolls one column
alone. Labels are never drawn over the text; selecting a finding brings the
columns of its versions into view; columns keep a readable width."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from test_window_nway import build, select_only_finding, show, value_top

from workbench.model import Alignment
from workbench.ui import fold


def wheel(column, notches: int, alt: bool = False) -> None:
    """What a mouse wheel turned over a column sends (down is positive)."""
    viewport = column.text.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    modifiers = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def values(w) -> list[int]:
    return [c.text.verticalScrollBar().value() for c in w.columns.columns]


def level(w, articles: str) -> bool:
    tops = [value_top(w, a) for a in articles]
    return max(tops) - min(tops) <= 2


def test_scrolling_any_column_moves_all_by_the_same_distance_and_keeps_the_finding_level(
    qtbot, tmp_path
):
    # b and e leave the claim out; scrolling them must move the others too
    plan = {"a": {30: "24"}, "b": {}, "c": {3: "5"}, "d": {20: "24"}, "e": {}}
    w = show(qtbot, tmp_path, build(plan))
    select_only_finding(qtbot, w)
    assert level(w, "acd")
    for index in (1, 0, 2, 4):  # an omitting column, then carrying ones
        before_values, before_top = values(w), value_top(w, "a")
        wheel(w.columns.columns[index], 2)
        qtbot.wait(10)
        after = values(w)
        moved = {b - a for a, b in zip(before_values, after, strict=True)}
        assert len(moved) == 1 and moved != {0}, (index, before_values, after)
        assert value_top(w, "a") < before_top
        assert level(w, "acd")
        assert w.columns.overlay.band_over(w.columns.columns[1]) is not None  # level band


def test_alt_wheel_scrolls_one_column_alone_and_it_keeps_its_place_after(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {20: "5"}}))
    select_only_finding(qtbot, w)
    first, middle, _third = w.columns.columns
    before = values(w)
    wheel(middle, 2, alt=True)
    after = values(w)
    assert after[1] > before[1] and (after[0], after[2]) == (before[0], before[2])
    assert level(w, "ac")
    wheel(first, -1)  # together again: the middle column keeps its own offset
    moved = [b - a for a, b in zip(after, values(w), strict=True)]
    assert moved[0] < 0 and len(set(moved)) == 1
    # the lock, the modifier and the rule are told in the View menu and above the columns
    action = w.actions_by_name["scroll_together"]
    assert "Alt+wheel" in action.statusTip() or "Alt+wheel" in action.toolTip()
    assert "Alt+wheel" in w.columns.ends.mode.text()
    action.setChecked(False)
    assert "one by one" in w.columns.ends.mode.text()
    before = values(w)
    wheel(first, 1)
    assert values(w)[1:] == before[1:]


def test_fourteen_columns_stay_level_while_any_of_them_scrolls(qtbot, tmp_path):
    ids = [f"s{n:02d}" for n in range(14)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s00"], plan["s06"], plan["s13"] = {12: "24"}, {25: "24"}, {5: "5"}
    w = show(qtbot, tmp_path, build(plan, length=30))
    select_only_finding(qtbot, w)
    carrying = ("s00", "s06", "s13")
    assert level(w, carrying)
    for index, notches in ((3, 3), (6, -2), (13, 2), (0, -1)):
        wheel(w.columns.columns[index], notches)
        assert level(w, carrying), index
        bands = [w.columns.overlay.band_over(c) for c in w.columns.columns[1:6]]
        assert None not in bands and len({b[0] for b in bands}) == 1  # flat, no slash


def test_a_column_that_runs_out_of_text_waits_and_comes_back_level(qtbot, tmp_path):
    plan = {"a": {2: "24"}, "b": {}, "c": {35: "5"}}
    w = show(qtbot, tmp_path, build(plan, length=40))
    select_only_finding(qtbot, w)
    first, third = w.columns.columns[0], w.columns.columns[2]
    bar, theirs = first.text.verticalScrollBar(), third.text.verticalScrollBar()
    start, step = bar.value(), QApplication.wheelScrollLines() * theirs.singleStep()
    notches = start // step + 3
    assert theirs.value() > notches * step  # c can go that far up, a cannot
    wheel(third, -notches)
    third_was = theirs.value()
    assert bar.value() == bar.minimum()  # a waits at its start
    wheel(first, -1)  # a wheel over the waiting column still moves the others
    assert theirs.value() == third_was - step and bar.value() == bar.minimum()
    wheel(third, notches + 1)  # back down: a comes back to its place, level again
    assert bar.value() == start
    assert level(w, "ac")


def test_the_band_carries_no_label_over_the_text(qtbot, tmp_path):
    # "∅ omits" and "ECB+ 1_9 →" were drawn over words, even the compared value
    ids = [f"s{n:02d}" for n in range(20)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s00"], plan["s19"] = {12: "24"}, {25: "5"}
    w = show(qtbot, tmp_path, build(plan, length=30))
    select_only_finding(qtbot, w)
    fold.unfold(w.columns)  # folded side by side on selection (user trial 48); as before
    qtbot.wait(20)
    middle = w.columns.columns[1]
    top, bottom = w.columns.overlay.band_over(middle)
    image = w.columns.overlay.grab().toImage()
    text = middle.text.viewport()
    left = text.mapTo(w.columns.strip, QPoint(0, 0)).x()
    colours = {
        image.pixelColor(x, y).rgba()
        for x in range(left + 4, left + text.width() - 4)
        for y in range(top + 3, bottom - 2)
    }
    assert len(colours) <= 2, len(colours)  # the band's fill, nothing written on it
    # the far end is named above the columns instead, and a click goes there
    assert w.columns.ends.right.isVisible() and w.columns.ends.right.text() == "Outlet 19 →"
    w.columns.ends.right.click()
    qtbot.wait(10)
    last = w.columns.columns[19]
    x = last.mapTo(w.columns, QPoint(0, 0)).x()
    assert 0 <= x < w.columns.viewport().width()


def test_selecting_a_finding_brings_the_columns_of_its_versions_into_view(qtbot, tmp_path):
    ids = [f"s{n:02d}" for n in range(14)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s09"], plan["s12"] = {10: "24"}, {4: "5"}
    base = build(plan, length=30)
    # s01 has a sentence aligned with the claim (a column far from the versions)
    extra = Alignment("s09:10", "s01:12", 0.45)
    w = show(qtbot, tmp_path, replace(base, alignments=(*base.alignments, extra)))
    w.columns.horizontalScrollBar().setValue(0)
    select_only_finding(qtbot, w)
    view = w.columns.viewport()
    column = w.columns.column("s09")
    x = column.mapTo(view, QPoint(0, 0)).x()
    assert x >= 0 and x + column.width() <= view.width() + 2, x
    assert "A" in column.badge.text()


def test_fourteen_columns_keep_a_readable_width_and_scroll_sideways(qtbot, tmp_path):
    ids = [f"s{n:02d}" for n in range(14)]
    w = show(qtbot, tmp_path, build({a: {} for a in ids} | {"s00": {3: "1"}, "s01": {3: "2"}}))
    text = w.columns.columns[0].text
    assert text.viewport().width() / text.fontMetrics().averageCharWidth() >= 34
    assert w.columns.horizontalScrollBar().maximum() > 0


def test_clicking_the_selected_finding_again_lines_it_up_again(qtbot, tmp_path):
    """Fresh window trial: after Alt+wheel in one column, clicking the
    selected row (or Enter on it) did nothing; another row had to be picked."""
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {20: "5"}}))
    select_only_finding(qtbot, w)
    wheel(w.columns.columns[2], 3, alt=True)
    qtbot.wait(10)
    assert not level(w, "ac")
    index = w.table.currentIndex()
    w.table.clicked.emit(index)
    qtbot.wait(20)
    assert level(w, "ac")
