"""Session 41, user trial 47: ``workbench open`` on files several old logs hold.

The window reopened one of two logs holding the files (neither decided on),
said so in a notice that went in eight seconds behind "1 earlier", and
choosing it from that list emptied the message bar. Now the notice says
which log and why (the most recently changed when none has decisions), it
stays while it holds, the status bar says it beside the log's name, and a
message chosen from the earlier list stays its whole time. And ``open``
reads each file once: what the terminal read is handed to the window."""

from __future__ import annotations

import os

import pytest
from conftest import run_cli
from PySide6.QtCore import QPoint
from test_window import make_window, wait_analysis

from workbench import articles
from workbench.articles import handed
from workbench.cli_open import refuse_before_window
from workbench.ui import message_bar
from workbench.ui.message_bar import MessageBar

FLOOD = (
    "---\noutlet: {outlet}\npublished: 2024-03-13\n---\n"
    "Flooding forced {n} families from their homes in Carlisle on Tuesday, officials said.\n"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    yield
    handed.forget()


@pytest.fixture
def quick_notices(monkeypatch):
    """Notices that go in a fraction of a second, so a test sees them go."""
    monkeypatch.setattr(message_bar, "DONE_MS", 150)
    monkeypatch.setattr(message_bar, "NOTICE_MS", 150)
    monkeypatch.setattr(message_bar, "MENU_WAIT_MS", 50, raising=False)


def _two_reports(folder):
    folder.mkdir()
    out = []
    for outlet, n in (("Post", 30), ("Courier", 24)):
        path = folder / f"{outlet.lower()}.txt"
        path.write_text(FLOOD.format(outlet=outlet, n=n), encoding="utf-8")
        out.append(str(path))
    return out


@pytest.fixture
def held_twice(tmp_path, capsys, monkeypatch):
    """Two reports checked into two logs beside them, no decision in either;
    the second-named log changed last."""
    files = _two_reports(tmp_path / "ev")
    logs = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for log in logs:
        assert run_cli(["check", tmp_path / "ev", "--db", log], capsys)[0] in (0, 1)
    os.utime(logs[0], (1_700_000_000, 1_700_000_000))  # a.sqlite: changed long ago
    monkeypatch.chdir(tmp_path)
    return files, logs


def test_the_window_says_which_log_it_opened_and_why_and_keeps_saying_it(
    qtbot, held_twice, quick_notices
):
    files, (older, newer) = held_twice
    w = make_window(qtbot)
    w.open_paths(files)
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() == newer.resolve()
    said = w.messages.text()
    assert str(newer) in said and str(older) in said
    assert "most recently changed of the 2 review logs holding these 2 files" in said
    assert "none with decisions" in said and "no new review was started" in said
    qtbot.wait(600)  # past a notice's time: this one tells what still holds
    assert w.messages.text() == said
    label = w.log_label.text()
    assert str(newer) in label and "reopened" in label and "1 other log holds them too" in label
    assert str(older) in w.log_label.toolTip()
    w.act_new_review()  # another review: the notice no longer holds
    assert str(newer) not in w.messages.text() or "Closed the review" in w.messages.text()
    assert not any("most recently changed" in text for text, _e in w.messages.messages)


def test_the_only_decided_log_is_said_as_the_reason(qtbot, held_twice, capsys):
    files, (older, newer) = held_twice
    from workbench.store import ReviewLog

    log = ReviewLog(older)
    ident = log.findings()[0].id
    log.close()
    run_cli(["review", ident, "--db", older, "--status", "verified"], capsys)
    w = make_window(qtbot)
    w.open_paths(files)
    wait_analysis(qtbot, w)
    assert w.session.log.path.resolve() == older.resolve()  # decisions before recency
    said = w.messages.text()
    assert "of the 2 review logs holding these 2 files, the only one with decisions" in said
    assert f"{newer} holds them too, with no decisions" in said


# -- the message bar's earlier list ------------------------------------------------------
def _choose(bar: MessageBar, start: str) -> None:
    """Choose a message from the "N earlier" list, as the editor does."""
    menu = bar.earlier.menu()
    if not menu.isVisible():
        menu.aboutToShow.emit()
    chosen = [a for a in menu.actions() if a.text().startswith(start)]
    assert chosen, [a.text() for a in menu.actions()]
    chosen[0].trigger()
    menu.hide()


@pytest.mark.parametrize("done", [True, False])
def test_a_notice_chosen_from_the_earlier_list_gets_its_time_again(qtbot, quick_notices, done):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_message("Opened a.sqlite for these files", False, done=done)
    qtbot.wait(100)
    bar.show_message("Added 2 articles", False, done=True)
    assert bar.earlier.isVisible() and bar.earlier.text() == "1 earlier"
    _choose(bar, "ℹ Opened a.sqlite")
    assert bar.text() == "ℹ Opened a.sqlite for these files"
    qtbot.wait(90)  # its first time is past: chosen again, it stays a notice's time
    assert bar.text() == "ℹ Opened a.sqlite for these files"
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)  # and then goes


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup menu, offscreen
def test_no_notice_goes_while_the_earlier_list_is_open(qtbot, quick_notices):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_message("Opened b.sqlite", False, done=True)
    bar.show_message("Looked again at 2 files", False)
    menu = bar.earlier.menu()
    menu.popup(bar.earlier.mapToGlobal(QPoint(0, bar.earlier.height())))
    qtbot.waitUntil(menu.isVisible)
    qtbot.wait(400)  # both notices' time passes while the editor reads the list
    assert bar.isVisible() and bar.earlier.text() == "1 earlier"
    _choose(bar, "ℹ Opened b.sqlite")
    assert bar.text() == "ℹ Opened b.sqlite"


def test_a_lasting_notice_stays_until_dismissed_and_is_no_step(qtbot, quick_notices):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_message("Opened b.sqlite: the log holding these files", False, lasting=True)
    bar.withdraw_steps()
    qtbot.wait(400)
    assert bar.text() == "ℹ Opened b.sqlite: the log holding these files"
    bar.withdraw_lasting("something else")
    assert bar.isVisible()
    bar.dismiss_shown()
    assert not bar.isVisible()


# -- each file read once ------------------------------------------------------------------
@pytest.fixture
def reads(monkeypatch):
    """How many times each file's bytes were read."""
    seen: dict[str, int] = {}
    real = articles.read_capped

    def counted(path, name, limit):
        seen[str(path)] = seen.get(str(path), 0) + 1
        return real(path, name, limit)

    monkeypatch.setattr(articles, "read_capped", counted)
    return seen


def test_open_reads_each_file_once(qtbot, tmp_path, reads, monkeypatch):
    files = _two_reports(tmp_path / "ev")
    (tmp_path / "ev" / "empty.txt").write_bytes(b"")  # nothing to compare: named, not refused
    files.append(str(tmp_path / "ev" / "empty.txt"))
    monkeypatch.chdir(tmp_path)
    refuse_before_window(files, None)  # what `workbench open FILES` does first
    w = make_window(qtbot)
    w.open_paths(files)  # then the window, in the same process
    wait_analysis(qtbot, w)
    assert len(w.session.articles) == 2 and "empty.txt" in w.statusBar().currentMessage() + str(
        w.session.left_out
    )
    assert reads == {f: 1 for f in files}


def test_a_file_changed_since_the_terminal_read_it_is_read_again(qtbot, tmp_path, reads):
    files = _two_reports(tmp_path / "ev")
    refuse_before_window(files, None)
    path = files[0]
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("Officials later said 31 families were moved.\n")
    w = make_window(qtbot)
    w.open_paths(files, str(tmp_path / "story.sqlite"))
    wait_analysis(qtbot, w)
    assert reads[path] == 2 and reads[files[1]] == 1
    post = next(a for a in w.session.articles if a.path == path)
    assert "31 families" in post.text


def test_what_open_refuses_is_unchanged(tmp_path, capsys, monkeypatch):
    """A file that cannot be read still stops ``open`` before any window."""
    from workbench.ui import app

    started: list = []
    monkeypatch.setattr(app, "main", lambda paths, db=None: started.append(paths) or 0)
    files = _two_reports(tmp_path / "ev")
    code, _out, err = run_cli(["open", *files, tmp_path / "ev" / "gone.txt"], capsys)
    assert code == 2 and not started
    assert "gone.txt" in err and "the window was not opened" in err
