"""A decision clicked stays on its finding for its note (user trial 48, problem 7).

The trial clicked *Disputed* and was taken to the next finding before it
could say why. A status button clicked now stays, its note box taking the
keys; the keyboard's decide-and-move (Ctrl+1..4, with "Go to next open one
after deciding") is unchanged: its order is note first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_window import press
from test_window import seeded as seeded  # the fixture


def _open_one(w) -> str:
    w.actions_by_name["advance"].setChecked(True)
    ident = next(r.id for r in w.session.rows if r.needs_review)
    assert w.select(ident)
    return ident


@pytest.mark.parametrize("button", ["disputed", "dismissed", "verified"])
def test_a_clicked_decision_stays_for_the_note(seeded, qtbot, button):
    w, _db = seeded
    ident = _open_one(w)
    qtbot.mouseClick(w.panel.buttons[button], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.session.row(ident).status != "open")
    assert w.current_id() == ident  # stayed: the note can be written now
    assert QApplication.focusWidget() is w.panel.note
    assert "add a note on why here" in w.statusBar().currentMessage()
    qtbot.keyClicks(w.panel.note, "the agency corrected it")
    w.panel.commit_pending()
    qtbot.waitUntil(lambda: w.session.row(ident).note == "the agency corrected it")
    qtbot.wait(10)  # the click's event has ended: the next decision is the keys'
    assert not w.by_button.clicked


@pytest.mark.parametrize(
    ("key", "status"), [(Qt.Key.Key_2, "disputed"), (Qt.Key.Key_4, "dismissed")]
)
def test_the_keys_still_decide_and_move_on(seeded, qtbot, key, status):
    w, _db = seeded
    ident = _open_one(w)
    press(qtbot, w, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.session.row(ident).status == status)
    assert w.current_id() != ident  # moved on to the next open one, as before
