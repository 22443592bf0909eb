"""Typing after a keyboard decision is its note, never lost (user trial 50).

The trial pressed Ctrl+2 on a finding and began typing its reason: the
decision was written, the keyboard was in the list, and the words vanished
without a message. Now the first letters typed where nothing takes them go
back to the finding just decided, into its Note; typing in a text box stays
where the editor put it, and any other key or a click first means the editor
moved on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_window import press
from test_window import seeded as seeded  # the fixture

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_one(w) -> str:
    w.actions_by_name["advance"].setChecked(True)
    ident = next(r.id for r in w.session.rows if r.needs_review)
    assert w.select(ident)
    w.table.setFocus()
    return ident


def _saved(qtbot, w, ident, note):
    w.panel.commit_pending()
    qtbot.waitUntil(lambda: w.session.row(ident).note == note)


def test_decide_then_type_why_lands_in_the_decided_findings_note(seeded, qtbot):
    w, _db = seeded
    ident = _open_one(w)
    press(qtbot, w, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "disputed")
    assert w.current_id() != ident  # the keys still move on
    qtbot.keyClicks(w.table, "c")  # where the trial's letters went: the list
    assert w.current_id() == ident  # back on the finding decided, shown selected
    qtbot.keyClicks(w.panel.note, "ores, not CPUs")
    assert w.panel.note.toPlainText() == "cores, not CPUs"
    said = w.statusBar().currentMessage()
    assert "note of the finding you marked disputed" in said and "next open finding" in said
    _saved(qtbot, w, ident, "cores, not CPUs")
    assert w.session.row(ident).status == "disputed"  # the decision is kept


def test_with_no_open_finding_left_the_words_still_land(seeded, qtbot):
    """The trial's case: the last open one decided, "No open findings left"."""
    w, _db = seeded
    for other in [r.id for r in w.session.rows if r.needs_review][1:]:
        w.select(other)
        w.set_status("verified")
    ident = _open_one(w)
    press(qtbot, w, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "disputed")
    qtbot.keyClicks(w.table, "x")
    assert w.current_id() == ident and w.panel.note.toPlainText() == "x"
    _saved(qtbot, w, ident, "x")


def test_a_note_already_there_is_added_to(seeded, qtbot):
    w, _db = seeded
    ident = _open_one(w)
    w.panel.note.setPlainText("seen twice")
    _saved(qtbot, w, ident, "seen twice")
    w.table.setFocus()
    press(qtbot, w, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "dismissed")
    qtbot.keyClicks(w.table, "w")
    assert w.current_id() == ident and w.panel.note.toPlainText() == "seen twice w"


def test_another_key_or_a_click_first_means_the_editor_moved_on(seeded, qtbot):
    w, _db = seeded
    ident = _open_one(w)
    press(qtbot, w, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "disputed")
    press(qtbot, w, Qt.Key.Key_Up)  # moved on by the keys
    now = w.current_id()
    qtbot.keyClicks(w.table, "c")
    assert w.current_id() == now and w.session.row(ident).note == ""
    assert not w.typed_after.ident
    w.select(ident)
    press(qtbot, w, Qt.Key.Key_0, CTRL)  # reopened: no decision, nothing to explain
    assert not w.typed_after.ident
    press(qtbot, w, Qt.Key.Key_1, CTRL)
    assert w.typed_after.ident == ident
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton)
    assert not w.typed_after.ident


def test_typing_in_a_text_box_stays_where_the_editor_put_it(seeded, qtbot):
    """The keys' own order, note first: the next finding's note is the next one's."""
    w, _db = seeded
    ident = _open_one(w)
    w.panel.note.setFocus()
    qtbot.keyClicks(w.panel.note, "first")
    qtbot.keyClick(w.panel.note, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "disputed")
    nxt = w.current_id()
    assert nxt != ident
    qtbot.keyClicks(w.panel.note, "second")
    assert w.current_id() == nxt and w.panel.note.toPlainText() == "second"
    _saved(qtbot, w, ident, "first")


def test_one_decision_on_several_findings_takes_no_note(seeded, qtbot):
    """Several findings decided at once: no one of them is the note's."""
    from workbench.ui.moved_findings import select_all

    w, _db = seeded
    two = [r.id for r in w.session.rows if r.needs_review][:2]
    assert len(two) == 2 and select_all(w, two) == 2
    w.table.setFocus()
    press(qtbot, w, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: all(w.session.row(i).status == "disputed" for i in two))
    assert not w.typed_after.ident


def test_a_shortcut_after_the_decision_moves_on_too(seeded, qtbot):
    """Alt+Shift+Down (or any shortcut) reaches an action, not a widget: it
    too means the editor has moved on; Ctrl+3 asking for the article holds
    its own typing for the Correction box."""
    w, _db = seeded
    ident = _open_one(w)
    press(qtbot, w, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: w.session.row(ident).status == "verified")
    assert w.typed_after.ident == ident
    press(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next finding
    assert not w.typed_after.ident
    press(qtbot, w, Qt.Key.Key_1, CTRL)
    assert w.typed_after.ident
    w.set_status("open")
    assert not w.typed_after.ident
