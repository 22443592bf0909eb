"""The keyboard is never left nowhere (window41: an editor's trial found Ctrl+1
and every list shortcut dead after the reviewer-name prompt closed, until the
list was clicked). Keys here go in as the desktop delivers them: to the window
that has the keyboard, then to its focused widget or its shortcuts. Nothing is
clicked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_window import find_row
from test_window import seeded as seeded  # the fixture

from workbench.ui import settings, window_review

CTRL = Qt.KeyboardModifier.ControlModifier


def keys(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: it goes to whichever window has it."""
    window = QGuiApplication.focusWindow()
    assert window is not None, "no window has the keyboard"
    QTest.keyClick(window, key, modifier)


def has_keyboard(qtbot, w, widget) -> None:
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    assert QGuiApplication.focusWindow() == w.windowHandle()


_WATCHERS: list[dict] = []


@pytest.fixture(autouse=True)
def _no_watcher_outlives_its_test():
    """A watcher whose prompt never came must not act on a later test's dialog:
    one did, typing into a closing message box, and Qt aborted the run (seen
    twice in full runs, sessions 25 and 26)."""
    yield
    for watcher in _WATCHERS:
        watcher["done"] = True
    _WATCHERS.clear()


def when_a_prompt_is_up(act) -> None:
    """``act`` on the next modal prompt once it is up (the window may still be
    busy, its writer waited for, before the prompt opens); once only, and for
    at most five seconds."""
    watcher = {"done": False, "tries": 0}
    _WATCHERS.append(watcher)

    def look() -> None:
        if watcher["done"]:
            return
        prompt = QApplication.activeModalWidget()  # modal: it has the keyboard
        if prompt is None or not prompt.isVisible():
            watcher["tries"] += 1
            if watcher["tries"] < 250:
                QTimer.singleShot(20, look)
            return
        watcher["done"] = True  # before acting: acting runs events, and this timer again
        act(prompt)

    QTimer.singleShot(20, look)


def answer_later(text: str) -> None:
    """Type ``text`` into the next prompt and press Enter, as an editor does."""

    def answer(prompt) -> None:
        QTest.keyClicks(prompt.focusWidget(), text)
        QTest.keyClick(prompt.focusWidget(), Qt.Key.Key_Return)

    when_a_prompt_is_up(answer)


# the prompt itself (the tests' set-up answers it without a dialog)
REAL_PROMPT = window_review.ask_signer


def test_on_first_start_the_keys_go_to_the_list(qtbot, seeded):
    w, _db = seeded
    has_keyboard(qtbot, w, w.table)
    first = w._selected
    keys(Qt.Key.Key_4, CTRL)  # dismiss, no click first
    assert w.session.review_fields(first)["status"] == "dismissed"


@pytest.mark.parametrize("answer", ["Ana Editor", ""])
def test_after_the_reviewer_prompt_the_keys_go_back_to_the_list(qtbot, seeded, monkeypatch, answer):
    w, _db = seeded
    monkeypatch.setattr(window_review, "ask_signer", REAL_PROMPT)
    monkeypatch.setattr(settings, "is_system_account", lambda name: True)
    w.actions_by_name["advance"].setChecked(False)
    ident = find_row(w, "July", "next month")
    w.select(ident)
    has_keyboard(qtbot, w, w.table)
    answer_later(answer)
    keys(Qt.Key.Key_1, CTRL)  # the prompt opens over the window, is answered, closes
    assert w.session.review_fields(ident)["status"] == "verified"
    has_keyboard(qtbot, w, w.table)
    keys(Qt.Key.Key_2, CTRL)  # the trial's dead key
    assert w.session.review_fields(ident)["status"] == "disputed"
    keys(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # and moving on
    assert w._selected != ident


def test_after_a_question_the_keys_go_back_to_the_note_being_written(qtbot, seeded):
    w, _db = seeded
    w.select(find_row(w, "July", "next month"))
    w.panel.note.setFocus()
    has_keyboard(qtbot, w, w.panel.note)

    def close_it(box) -> None:
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_Escape)

    when_a_prompt_is_up(close_it)
    QMessageBox.question(w, "A question", "Go on?")
    has_keyboard(qtbot, w, w.panel.note)
    keys(Qt.Key.Key_A)
    assert w.panel.note.toPlainText().endswith("a")


def test_after_help_closes_with_esc_the_shortcuts_work(qtbot, seeded):
    w, _db = seeded
    has_keyboard(qtbot, w, w.table)
    keys(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w._help_open(), timeout=2000)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() == w._help.windowHandle(), timeout=2000)
    keys(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not w._help_open(), timeout=2000)
    has_keyboard(qtbot, w, w.table)
    first = w._selected
    keys(Qt.Key.Key_2, CTRL)
    assert w.session.review_fields(first)["status"] == "disputed"
