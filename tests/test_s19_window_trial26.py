"""Trial 26 in the window: sources told apart in the list, the 'Correct in'
list on screen, who signs asked before a system account signs, the list's ⚠
for a correction that looks made, and a note saved before another writer's
is not called unsaved."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from test_window import find_row
from test_window import seeded as seeded  # the fixture
from test_window_plaintext import hostile as hostile  # the fixture
from test_window_plaintext import row_of_kind

from workbench.store import ReviewLog
from workbench.ui import settings, window_review
from workbench.ui.models import short_labels

SOURCES, STATUS = 3, 5


# -- 2. the Sources column ------------------------------------------------------------
@pytest.mark.parametrize(
    ("labels", "short"),
    [
        (  # one corpus prefix: the ids tell them apart
            {"a": "ECB+ 21_3ecb", "b": "ECB+ 21_10ecb", "c": "ECB+ 21_7ecb"},
            {"a": "21_3ecb", "b": "21_10ecb", "c": "21_7ecb"},
        ),
        (  # outlets that differ stay whole
            {"a": "BBC", "b": "Reuters", "c": "The Independent"},
            {"a": "BBC", "b": "Reuters", "c": "The Independent"},
        ),
        (  # several shared words; a name never left empty
            {"a": "Wire copy 7", "b": "Wire copy 12", "c": "Wire copy"},
            {"a": "copy 7", "b": "copy 12", "c": "copy"},
        ),
        ({"a": "AFP"}, {"a": "AFP"}),  # one source: nothing to tell apart
        ({"a": "Le Monde", "b": "Le Figaro"}, {"a": "Monde", "b": "Figaro"}),
    ],
)
def test_short_labels_tell_sources_apart(labels, short):
    got = short_labels(labels)
    assert got == short
    assert len(set(got.values())) == len(set(labels.values()))


def test_the_list_names_sources_apart_and_in_full_in_the_tooltip(qtbot, seeded):
    w, _db = seeded
    rows = list(w.session.rows)
    articles = {s.article for r in rows for s in r.sides}
    labels = {a: f"ECB+ {a}" for a in articles}
    w.table_model.set_rows(rows, labels)
    model = w.table_model
    for row in range(model.rowCount()):
        shown = model.data(model.index(row, SOURCES))
        tip = model.data(model.index(row, SOURCES), Qt.ItemDataRole.ToolTipRole)
        assert "ECB+" not in shown  # a count since trial 37, the names in full in the tooltip
        assert all(f"ECB+ {s.article}" in tip for s in rows[row].sides)
    header = w.table.horizontalHeader()
    assert header.sectionResizeMode(SOURCES) == QHeaderView.ResizeMode.Interactive
    before = header.sectionSize(SOURCES)
    header.resizeSection(SOURCES, before + 150)  # as a drag of its edge does
    assert header.sectionSize(SOURCES) == before + 150


# -- 3. 'Correct in' stays on screen ------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_correct_in_list_opens_inside_the_window(qtbot, seeded):
    w, _db = seeded
    w.resize(820, 580)
    w.select(find_row(w, "July", "next month"))
    combo = w.panel.article
    long = "All stating ‘Friday’: " + ", ".join(f"ECB+ 21_{i}ecb" for i in range(40))
    combo.addItem(long, "x")
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    bounds = w.frameGeometry().intersected(combo.screen().availableGeometry())
    assert bounds.contains(popup.geometry())
    tip = combo.itemData(combo.count() - 1, Qt.ItemDataRole.ToolTipRole)
    assert tip == long  # the whole choice, where the list shortens it
    combo.hidePopup()


# -- 4. who signs ------------------------------------------------------------------
@pytest.fixture
def asked(monkeypatch):
    calls: list[str] = []
    answer = {"name": "Ana Editor"}

    def ask(_parent, login):
        calls.append(login)
        return answer["name"]

    monkeypatch.setattr(window_review, "ask_signer", ask)
    monkeypatch.setattr(settings, "is_system_account", lambda name: True)
    return calls, answer


@pytest.fixture
def declining(asked):
    asked[1]["name"] = ""  # before the window opens: asked when it shows (trial 33)
    return asked


def test_a_system_account_is_asked_about_before_the_first_decision(qtbot, asked, seeded):
    calls, _answer = asked
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.act_verified()
    assert len(calls) == 1
    assert w.session.review_fields(ident)["reviewer"] == "Ana Editor"
    assert w.panel.reviewer.text() == "Ana Editor"
    w.act_disputed()
    assert len(calls) == 1  # once
    assert not [t for t, _e in w.messages.messages if "Decisions are signed" in t]


def test_declining_signs_with_the_account_and_says_where_to_change_it(qtbot, declining, seeded):
    calls, _answer = declining
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    ident = find_row(w, "July", "next month")
    login = w.panel.reviewer.text()
    w.select(ident)
    w.act_verified()
    w.act_disputed()
    assert len(calls) == 1
    assert w.session.review_fields(ident)["reviewer"] == login
    said = [t for t, _e in w.messages.messages if "Decisions are signed" in t]
    assert len(said) == 1 and "under Reviewer" in said[0]


def test_a_personal_login_or_a_chosen_name_is_not_asked_about(qtbot, seeded, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(window_review, "ask_signer", lambda _p, login: calls.append(login) or "")
    monkeypatch.setattr(settings, "is_system_account", lambda name: False)
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    w.select(find_row(w, "July", "next month"))
    w.act_verified()
    monkeypatch.setattr(settings, "is_system_account", lambda name: True)
    w.panel.reviewer.setText("Ben")
    w.panel.reviewer.editingFinished.emit()  # chosen
    w.act_disputed()
    assert calls == []


@pytest.mark.parametrize(
    ("name", "system"),
    [("root", True), ("Administrator", True), ("", True), ("jsmith", False), ("Ana", False)],
)
def test_system_accounts(name, system):
    assert settings.is_system_account(name) == system


# -- 5. the list's ⚠ for a correction that looks made -------------------------------
def test_a_correction_that_looks_made_is_marked_in_the_list_and_panel(qtbot, seeded):
    w, _db = seeded
    rows = list(w.session.rows)
    made = dataclasses.replace(
        rows[0], status="needs-correction", corrected=(rows[0].sides[0].article,)
    )
    assert made.needs_review and made.look_again
    w.table_model.set_rows([made, *rows[1:]], {})
    model = w.table_model
    at = model.index(0, STATUS)
    assert "⚠" in model.data(at)
    assert made.look_again in model.data(at, Qt.ItemDataRole.ToolTipRole)
    assert "⚠" not in model.data(model.index(1, STATUS))  # an open one is not marked
    w.panel.set_discrepancy(made, {}, [], False)
    assert "⚠" in w.panel.status.text()


# -- 6. a note saved before another writer's ------------------------------------------
def test_a_saved_note_overtaken_elsewhere_is_not_called_unsaved(hostile, qtbot):
    w, db = hostile
    ident = row_of_kind(w, "number")
    assert w.select(ident)
    w.activateWindow()
    w.panel.note.setFocus()
    qtbot.waitUntil(w.panel.note.hasFocus)
    qtbot.keyClicks(w.panel.note, "window note")
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == "window note", timeout=5000)
    log = ReviewLog(db)
    log.set_review(ident, note="CLI note", reviewer="CLI Colleague")
    log.close()
    qtbot.waitUntil(w.panel.conflict.isVisible, timeout=5000)
    said = w.panel.conflict.text()
    assert "CLI note" in said and "not saved yet" not in said
    assert "was saved before" in said and "not saved" not in w.messages.text()
    assert w.panel.note.toPlainText() == "window note"  # the box as the editor left it
    qtbot.keyClicks(w.panel.note, "!")  # typing on keeps both, theirs first (trial 27)
    both = "CLI note\n\nwindow note!"
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == both, timeout=5000)
    assert not w.panel.conflict.isVisible()
