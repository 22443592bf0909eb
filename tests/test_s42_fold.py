"""User trial 48 (problem 10): with 8 columns, four in view, a finding of
two sources four columns apart showed one column and a bar naming the other;
the editor clicked to see it and lost the first. The columns between that
state no version are folded while it is selected, so the two stand side by
side; a click on a folded strip unfolds them, and its tooltip names it."""

from __future__ import annotations

from test_s34_window import _eight, _whole

from workbench.ui import fold


def test_two_far_columns_stand_side_by_side_the_ones_between_folded(qtbot, tmp_path):
    w = _eight(qtbot, tmp_path, {"s0": "7", "s5": "9"})
    qtbot.waitUntil(lambda: _whole(w, 0) and _whole(w, 5))  # both in view, whole
    folded = [n for n, c in enumerate(w.columns.columns) if fold.is_folded(c)]
    assert folded == [1, 2, 3, 4]
    strip = w.columns.columns[2]
    assert strip.width() == fold.FOLDED and strip.outlet.text() in strip.toolTip()
    assert not strip.text.isVisible()  # its text is not squeezed into the strip
    assert not w.columns.ends.right.isVisible()  # nothing to click to see the other
    # a badge named while folded (the next finding's, set before the fold moves)
    # reads whole once unfolded: Xvfb showed "∅ o…"
    strip.set_badge("∅ omits this claim", "", None)
    assert strip.badge.text() == "∅ omits this claim"
    strip.fold_button.click()  # unfolds them all, their text back
    qtbot.waitUntil(lambda: not any(fold.is_folded(c) for c in w.columns.columns))
    assert all(
        c.text.isVisible() for c in w.columns.columns if _whole(w, w.columns.columns.index(c))
    )
    assert strip.width() > fold.FOLDED


def test_columns_that_fit_or_state_a_version_are_never_folded(qtbot, tmp_path):
    w = _eight(qtbot, tmp_path, {"s0": "7", "s2": "9"})  # three columns: they fit
    assert not any(fold.is_folded(c) for c in w.columns.columns)
    w = _eight(qtbot, tmp_path, {"s0": "7", "s3": "7", "s6": "9"})  # s3 states one
    assert not fold.is_folded(w.columns.columns[3])
