"""Trial 33: who signs is asked when the window first shows, never by the
save a second into a note (the rest of the note went into the name box,
Enter accepted it, and the history kept a decision signed with half a
sentence). A save of typing never opens a dialog; the note is saved whole."""

from __future__ import annotations

import pytest
from test_window import SEEDS, find_row, wait_analysis

from workbench.ui import settings, window_review
from workbench.ui.window import MainWindow


@pytest.fixture
def asked(monkeypatch):
    calls: list[str] = []

    def ask(_parent, login):
        calls.append(login)
        return "Ana Editor"

    monkeypatch.setattr(window_review, "ask_signer", ask)
    monkeypatch.setattr(settings, "is_system_account", lambda name: True)
    return calls


def _window(qtbot, tmp_path, shown: bool) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    if shown:
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    return w


def test_who_signs_is_asked_when_the_window_opens(qtbot, tmp_path, asked):
    w = _window(qtbot, tmp_path, shown=True)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert w.panel.reviewer.text() == "Ana Editor"
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.panel.note.setFocus()
    qtbot.keyClicks(w.panel.note, "Checked against the agency copy, which also says July.")
    w.panel.commit_pending()
    fields = w.session.review_fields(ident)
    assert fields["note"] == "Checked against the agency copy, which also says July."
    assert fields["reviewer"] == "Ana Editor"
    w.act_verified()
    assert len(asked) == 1  # once a session


def test_a_save_of_typing_never_opens_the_dialog(qtbot, tmp_path, asked):
    w = _window(qtbot, tmp_path, shown=False)  # never shown: not asked at open
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.panel.note.setPlainText("Typed before anyone asked")
    w.panel.commit_pending()
    assert asked == []
    fields = w.session.review_fields(ident)
    assert fields["note"] == "Typed before anyone asked"
    assert any("Decisions are signed" in t for t, _e in w.messages.messages)
    w.act_verified()  # a decision is no typing: asked then
    assert len(asked) == 1
    assert w.session.review_fields(ident)["reviewer"] == "Ana Editor"


def test_a_chosen_name_is_not_asked_about_at_open(qtbot, tmp_path, asked, monkeypatch):
    monkeypatch.setattr(settings, "is_system_account", lambda name: False)
    _window(qtbot, tmp_path, shown=True)
    qtbot.wait(50)
    assert asked == []
