"""The window says once whose name its decisions are signed with when no one
chose it (fresh trial: a shared desk machine signed every editor's work with
the login name "root" without a word)."""

from __future__ import annotations

from test_window import find_row
from test_window import seeded as seeded  # the fixture


def test_the_login_name_signing_is_said_once(qtbot, seeded):
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    w.select(find_row(w, "July", "next month"))
    login = w.panel.reviewer.text()
    w.act_verified()
    said = [t for t, _e in w.messages.messages if "Decisions are signed" in t]
    assert len(said) == 1 and "type your name under Reviewer" in said[0]
    if login:
        assert f"“{login}”" in said[0]
    w.act_disputed()
    assert len([t for t, _e in w.messages.messages if "Decisions are signed" in t]) == 1


def test_a_name_the_editor_gave_is_not_questioned(qtbot, seeded):
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    w.panel.reviewer.setText("Ana")
    w.panel.reviewer.editingFinished.emit()  # saved as the editor's choice
    w.select(find_row(w, "July", "next month"))
    w.act_verified()
    assert not [t for t, _e in w.messages.messages if "Decisions are signed" in t]


def test_the_notice_goes_once_a_name_is_given_and_earlier_decisions_stay_yours(qtbot, seeded):
    """Trial 24: after typing a name the notice stayed over the columns, and
    confirming a decision signed with the login name a minute before said
    "You replaced root's decision"."""
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    ident = find_row(w, "July", "next month")
    w.select(ident)
    login = w.panel.reviewer.text()
    w.act_disputed()
    assert [t for t, _e in w.messages.messages if "Decisions are signed" in t]
    w.panel.reviewer.setText("M. Editor")
    w.panel.reviewer.editingFinished.emit()  # saved as the editor's choice
    assert not [t for t, _e in w.messages.messages if "Decisions are signed" in t]
    w.act_verified()
    if login:
        assert not [t for t, _e in w.messages.messages if "replaced" in t]
    assert w.session.review_fields(ident)["reviewer"] == "M. Editor"
