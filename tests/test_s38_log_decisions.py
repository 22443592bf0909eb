"""Trial 44 (P3): ``workbench open FILES`` with one unreadable file among
them made a new log for the readable ones beside the log holding their
decisions; opened again, three logs held them and the window named the three
and nothing more. The log is found by the files that can be read, and logs
holding the files are told apart by their decisions."""

from __future__ import annotations

import shutil

from conftest import run_cli, write
from test_s19_log_of_files import STORY, _data_folder_logs, reviewed  # noqa: F401 - a fixture
from test_window import make_window, wait_analysis

from workbench.store import ReviewLog, ranked
from workbench.ui import log_for_files


def test_an_unreadable_file_among_them_still_finds_their_log(reviewed, qtbot, tmp_path):  # noqa: F811
    _folder, files, db, ident = reviewed
    bad = write(tmp_path, "binary.txt", b"\x00\x01garbage\x00" * 50)
    w = make_window(qtbot)
    w.open_paths([*map(str, files), str(bad)])
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() == db.resolve()
    assert w.session.row(ident).status == "disputed"  # the decision is there
    assert _data_folder_logs() == []  # no empty duplicate made
    said = w.messages.text() + w.messages.toolTip()
    assert "binary file" in said and "1 decision" in said


def _log_without_decisions(folder, name, capsys):
    copy = folder.parent / name
    assert run_cli(["check", folder, "--db", copy], capsys)[0] in (0, 1)
    return copy


def test_of_several_logs_the_one_with_decisions_opens(reviewed, qtbot, tmp_path, capsys):  # noqa: F811
    folder, files, db, ident = reviewed
    empty = _log_without_decisions(folder, "again.sqlite", capsys)
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files])
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() == db.resolve()
    assert w.session.row(ident).status == "disputed"
    said = w.messages.text()
    assert "1 decision" in said and str(empty) in said and "no decisions" in said
    assert _data_folder_logs() == []


def test_two_logs_with_decisions_are_each_said_in_a_line(reviewed, qtbot, tmp_path, capsys):  # noqa: F811
    folder, files, db, _ident = reviewed
    copy = folder / "copy.sqlite"
    shutil.copyfile(db, copy)
    empty = _log_without_decisions(folder, "again.sqlite", capsys)
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files])
    qtbot.waitUntil(lambda: "None was opened" in w.messages.text(), timeout=10_000)
    assert not w.session.busy() and w.session.log is None
    lines = w.messages.text().splitlines()
    assert any(str(db) in ln and "1 decision, the last" in ln for ln in lines)
    assert any(str(copy) in ln and "1 decision, the last" in ln for ln in lines)
    assert any(str(empty) in ln and "no decisions" in ln for ln in lines)
    assert "workbench open LOG" in lines[0]
    assert _data_folder_logs() == []


def test_logs_rank_by_decisions_then_the_newest(reviewed, tmp_path, capsys):  # noqa: F811
    import sqlite3

    folder, files, db, _ident = reviewed
    empty = _log_without_decisions(folder, "again.sqlite", capsys)
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(db, newer)
    with sqlite3.connect(newer) as conn:  # the same decision, made later
        conn.execute("UPDATE reviews SET updated = '2099-01-01T00:00:00Z' WHERE status != 'open'")
    conn.close()
    more = tmp_path / "more.sqlite"
    text = STORY.format(outlet="Mail", n=31).replace("on Tuesday", "on Wednesday")
    extra = write(tmp_path, "Mail.txt", text)
    assert run_cli(["check", *files, extra, "--db", more], capsys)[0] in (0, 1)
    log = ReviewLog(more)
    idents = [f.id for f in log.findings()]
    log.close()
    assert len(idents) > 1
    for i in idents:
        run_cli(["review", i, "--db", more, "--status", "verified"], capsys)
    found = ranked([empty, db, more, newer])
    assert [d.path for d in found] == [more, newer, db, empty]
    assert [d.count for d in found] == [len(idents), 1, 1, 0]
    assert found[1].last == "2099-01-01T00:00:00Z" and found[3].last == ""


def test_a_log_of_no_decisions_is_said_so():
    from pathlib import Path

    from workbench.store import Decided

    assert log_for_files.decisions(Decided(Path("x"), 0, "")) == "no decisions"
    assert log_for_files.decisions(Decided(Path("x"), 2, "2026-12-07T06:34:36Z")) == (
        "2 decisions, the last 2026-12-07 06:34 UTC"
    )


def test_a_new_review_beside_a_log_of_some_of_the_files_says_so(reviewed, qtbot):  # noqa: F811
    _folder, files, db, _ident = reviewed
    w = make_window(qtbot)
    w.open_paths([str(files[0])])  # one of the two: not that review, a new one
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() != db.resolve()
    said = w.messages.text() + w.messages.toolTip()
    assert "No review log holds exactly this file, so a new review was started" in said
    assert f"{db} — holds 1 of them, 2 articles in all, 1 decision" in said
