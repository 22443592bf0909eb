"""Trial 28: ``workbench open ev07`` (a folder) made a new empty review in
the data folder while ev07.sqlite beside it held the editor's decisions on
those files (made with ``check --db ev07.sqlite``). Opened without a log, the
files go back to the log that holds exactly them; two such logs are never
guessed between."""

from __future__ import annotations

import shutil

import pytest
from conftest import run_cli, write
from test_window import make_window, wait_analysis

from workbench.store import ReviewLog, logs_holding
from workbench.ui import session as session_module

STORY = (
    "---\noutlet: {outlet}\npublished: 2024-03-13\n---\n"
    "Flooding forced {n} families from their homes in Carlisle on Tuesday, officials said.\n"
)


@pytest.fixture
def reviewed(tmp_path, capsys):
    """A folder of two reports checked into ev.sqlite beside it, one decision made."""
    folder = tmp_path / "ev"
    folder.mkdir()
    files = [
        write(folder, f"{o}.txt", STORY.format(outlet=o, n=n))
        for o, n in (("Post", 30), ("Courier", 24))
    ]
    db = tmp_path / "ev.sqlite"
    assert run_cli(["check", folder, "--db", db], capsys)[0] in (0, 1)
    log = ReviewLog(db)
    ident = log.findings()[0].id
    log.close()
    run_cli(["review", ident, "--db", db, "--status", "disputed"], capsys)
    return folder, files, db, ident


def test_logs_holding_exactly_the_files(reviewed, tmp_path):
    _folder, files, db, _ident = reviewed
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"SQLite format 3\x00 but not ours")
    before = db.read_bytes()
    assert logs_holding(files, [other, db, str(db), tmp_path / "gone.sqlite"]) == [db]
    assert logs_holding(files[:1], [db]) == []  # a part of them: not their review
    extra = write(tmp_path, "third.txt", STORY.format(outlet="Mail", n=30))
    assert logs_holding([*files, extra], [db]) == []  # more than it holds
    assert logs_holding([], [db]) == []
    assert db.read_bytes() == before  # only read


def _data_folder_logs():
    folder = session_module.default_log_folder()
    return sorted(folder.glob("*.sqlite")) if folder.exists() else []


def test_opening_the_folder_opens_the_log_beside_it(reviewed, qtbot, monkeypatch, tmp_path):
    _folder, files, db, ident = reviewed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # found beside the folder, not in the current one
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files])  # what `open ev` gives the window
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() == db.resolve()
    assert str(db) in w.messages.text() and "no new review" in w.messages.text()
    assert w.session.row(ident).status == "disputed"  # the decision is there
    assert _data_folder_logs() == []  # nothing created


def test_two_logs_holding_the_files_open_none_and_create_nothing(reviewed, qtbot, tmp_path):
    folder, files, db, _ident = reviewed
    copy = folder / "copy.sqlite"
    shutil.copyfile(db, copy)
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files])
    qtbot.waitUntil(lambda: "None was opened" in w.messages.text(), timeout=10_000)
    assert not w.session.busy() and w.session.log is None
    said = w.messages.text()
    assert str(db) in said and str(copy) in said and "None was opened" in said
    assert _data_folder_logs() == []


def test_files_no_log_holds_start_a_new_review(reviewed, qtbot, tmp_path):
    _folder, files, db, _ident = reviewed
    w = make_window(qtbot)
    w.open_paths([str(files[0])])  # one of the two: not that review
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() != db.resolve()
    assert len(_data_folder_logs()) == 1


def test_the_logs_are_read_off_the_gui_thread(reviewed, qtbot, monkeypatch):
    """Issue 14: looking opens every candidate log, so it runs on a worker;
    the window says what it is doing meanwhile and the answer is the same."""
    import threading

    from workbench.ui import log_for_files

    _folder, files, db, _ident = reviewed
    seen: list[threading.Thread] = []
    looked = log_for_files.logs_holding

    def watched(wanted, candidates):
        seen.append(threading.current_thread())
        return looked(wanted, candidates)

    monkeypatch.setattr(log_for_files, "logs_holding", watched)
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files])
    assert "Looking for the review" in w.statusBar().whole_message()  # said at once
    wait_analysis(qtbot, w)
    assert seen and all(t is not threading.main_thread() for t in seen)
    assert w.session.log is not None and w.session.log.path.resolve() == db.resolve()
