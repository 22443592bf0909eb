""" "Needs correction" with no correction written keeps the finding selected
and the keyboard in its Correction box, even with *Go to next open one after
deciding* on (window42's trial: the panel moved on to the next finding and the
correction the decision asked for had to be typed after going back)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_window import seeded as seeded  # the fixture


def _open_ones(w) -> list[str]:
    return [r.id for r in w.session.rows if r.needs_review]


def test_needs_correction_stays_and_asks_for_the_correction(seeded, qtbot):
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(True)
    first, *_rest = _open_ones(w)
    assert w.select(first)
    w.set_status("needs-correction")
    assert w.current_id() == first  # not moved on
    assert w.session.row(first).status == "needs-correction"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.panel.correction)
    assert "write the correction" in w.statusBar().whole_message()
    qtbot.keyClicks(w.panel.correction, "Two years, not three.")
    w.panel.commit_pending()
    qtbot.waitUntil(lambda: "Two years" in (w.session.review_fields(first).get("correction") or ""))


def test_a_finding_with_its_correction_written_and_other_decisions_move_on(seeded, qtbot):
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(True)
    first, second, *_rest = _open_ones(w)
    assert w.select(first)
    w.panel.correction.setPlainText("As it should read.")
    w.set_status("needs-correction")
    assert w.current_id() != first  # its correction is there: on to the next open one
    assert w.select(second)
    w.set_status("disputed")
    assert w.current_id() != second
