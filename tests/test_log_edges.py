"""Outputs that would destroy the log or an input, and logs in odd places:
each gets one line naming the cause, and nothing on disk changes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.cli import main
from workbench.store import ReviewLog, StoreError


def run(args, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def digest(*paths: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths
    }


@pytest.fixture
def checked(tmp_path, capsys) -> tuple[list[Path], Path]:
    a = write(
        tmp_path,
        "a.md",
        "---\ntitle: Fire\npublished: 2024-03-13\n---\n"
        "Three firefighters were treated for smoke inhalation at the warehouse.\n",
    )
    b = write(
        tmp_path,
        "b.md",
        "---\ntitle: Blaze\npublished: 2024-03-13\n---\n"
        "Four firefighters were treated for smoke inhalation at the warehouse.\n",
    )
    db = tmp_path / "review.sqlite"
    code, _, err = run(["check", a, b, "--db", db, "-q"], capsys)
    assert code == 0, err
    return [a, b], db


def one_line_error(err: str, *words: str) -> None:
    assert err.startswith("workbench: error: ") and err.count("\n") == 1, err
    assert "internal error" not in err
    for w in words:
        assert w in err, err


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "link"])
def test_report_never_overwrites_the_review_log(checked, capsys, suffix):
    (a, b), db = checked
    log = ReviewLog(db)  # keep the -wal and -shm in place, as a window would
    try:
        target = Path(f"{db}{suffix}") if suffix != "link" else db.parent / "out.md"
        if suffix == "link":
            target.symlink_to(db.name)
        before = digest(db, a, b)
        code, _, err = run(["report", "--db", db, "--format", "md", "-o", target], capsys)
        assert code == 2
        one_line_error(err, "review log", "refusing to overwrite")
        assert digest(db, a, b) == before
    finally:
        log.close()


@pytest.mark.parametrize("option", ["--json", "--report"])
@pytest.mark.parametrize("target", ["log", "article", "article-link"])
def test_check_outputs_never_replace_the_log_or_an_input(checked, capsys, option, target):
    (a, b), db = checked
    if target == "log":
        path = db
    elif target == "article":
        path = a
    else:
        path = a.parent / "copy.json"
        path.symlink_to(a)
    if option == "--report" and target != "log":
        path = path.with_suffix(".md") if target == "article" else path
    before = digest(db, a, b)
    code, _, err = run(["check", a, b, "--db", db, option, path], capsys)
    assert code == 2
    if option == "--report" and target == "log":
        one_line_error(err, ".md, .html, .csv or .json")  # refused by its suffix first
    else:
        one_line_error(err, "refusing to overwrite")
    assert digest(db, a, b) == before


def test_json_and_report_on_one_file_refused(checked, capsys, tmp_path):
    (a, b), db = checked
    out = tmp_path / "same.json"
    code, _, err = run(["check", a, b, "--db", db, "--json", out, "--report", out], capsys)
    assert code == 2
    one_line_error(err, "same file")
    assert not out.exists()


def test_log_on_read_only_media_opens_for_reading(checked, capsys, monkeypatch):
    """Permissions are ignored for root, so read-only media is simulated by
    making the write check fail: the log must open read-only, reports work,
    and a review is refused in one line."""
    (_, _), db = checked
    before = digest(db)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode)
    )
    code, out, err = run(["report", "--db", db, "--format", "json"], capsys)
    assert code == 0, err
    assert '"discrepancies"' in out
    log = ReviewLog(db, create=False)
    ident = log.discrepancies()[0].id
    log.close()
    code, _, err = run(["review", ident, "--status", "verified", "--db", db], capsys)
    assert code == 2
    one_line_error(err, "read-only", "nothing was changed")
    assert digest(db) == before


def test_full_disk_is_one_line_and_changes_nothing(checked, capsys, monkeypatch):
    """A full disk, simulated with SQLite's page limit on the store's connection."""
    _, db = checked
    log = ReviewLog(db, create=False)
    ident = log.discrepancies()[0].id
    pages = log.db.execute("PRAGMA page_count").fetchone()[0]
    log.db.execute(f"PRAGMA max_page_count={pages}")
    before = log.review(ident)
    with pytest.raises(StoreError) as exc:
        log.set_review(ident, "verified", note="x" * 200_000)
    assert "disk is full" in str(exc.value) and "nothing was changed" in str(exc.value)
    assert "\n" not in str(exc.value)
    assert log.review(ident) == before
    log.close()


def test_missing_folder_symlink_loop_and_directory(tmp_path, capsys):
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop.name)
    cases = {
        tmp_path / "nowhere" / "review.sqlite": "no such folder",
        loop: "symbolic link loop",
        tmp_path: "is a directory",
    }
    for db, words in cases.items():
        code, _, err = run(["report", "--db", db], capsys)
        assert code == 2
        one_line_error(err, words)


def test_fifo_as_log_is_refused_without_blocking(tmp_path, capsys):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    code, _, err = run(["report", "--db", fifo], capsys)
    assert code == 2
    one_line_error(err, "not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("kind", ["no tables", "other app's tables"])
def test_sqlite_file_of_another_application_is_left_alone(tmp_path, capsys, checked, kind):
    (a, b), _ = checked
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    if kind == "no tables":
        conn.execute("DROP TABLE notes")
    conn.commit()
    conn.close()
    before = digest(other)
    code, _, err = run(["check", a, b, "--db", other, "-q"], capsys)
    assert code == 2
    one_line_error(err, "another application" if kind == "no tables" else "not a Claim Workbench")
    assert digest(other) == before


def test_half_created_log_of_an_older_version_is_taken_over(tmp_path, capsys, checked):
    """Older versions wrote the schema in several transactions; a kill could
    leave some of our tables and no version. Such a log must not be refused
    forever."""
    (a, b), _ = checked
    half = tmp_path / "half.sqlite"
    conn = sqlite3.connect(half)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    code, _, err = run(["check", a, b, "--db", half, "-q"], capsys)
    assert code == 0, err


def test_empty_placeholder_file_becomes_a_log(tmp_path, capsys, checked):
    (a, b), _ = checked
    empty = tmp_path / "new.sqlite"
    empty.touch()
    code, _, err = run(["check", a, b, "--db", empty, "-q"], capsys)
    assert code == 0, err
    assert ReviewLog(empty, create=False).discrepancies()
    assert not list(tmp_path.glob(".new.sqlite.*"))  # no temporary files left


def test_copy_to_refuses_the_log_and_inputs_and_writes_whole_copies(checked, tmp_path):
    (a, _), db = checked
    log = ReviewLog(db, create=False)
    try:
        before = digest(db, a)
        with pytest.raises(StoreError, match="open review log"):
            log.copy_to(db)
        with pytest.raises(StoreError, match="refusing to overwrite"):
            log.copy_to(a, {"an open article": a})
        assert digest(db, a) == before
        copy = tmp_path / "copy.sqlite"
        copy.write_text("an older file, another story's log, an article")
        with pytest.raises(StoreError, match="already exists"):  # one "Yes" lost a day's work
            log.copy_to(copy)
        assert copy.read_text() == "an older file, another story's log, an article"
        copy.unlink()
        log.copy_to(copy)
        again = ReviewLog(copy, create=False)
        assert [r.id for r in again.discrepancies()] == [r.id for r in log.discrepancies()]
        again.close()
        assert not list(tmp_path.glob(".copy.sqlite.*"))
    finally:
        log.close()


def test_saving_as_a_log_another_window_has_open_is_refused(checked, tmp_path):
    """Fresh window trial: 'Save review log as' over the log another window
    had open replaced the file under that window; its journal then carried
    one story's links into the other story's log."""
    (a, b), db = checked
    mine = ReviewLog(db, create=False)
    other_path = tmp_path / "other.sqlite"
    other = ReviewLog(other_path)
    other.save_analysis(analyze_paths([a, b]))
    try:
        before = [r.id for r in other.discrepancies()]
        assert Path(f"{other_path}-wal").exists()  # SQLite's files beside it: in use
        with pytest.raises(StoreError, match="already exists"):
            mine.copy_to(other_path)
        assert [r.id for r in other.discrepancies()] == before
        assert not list(tmp_path.glob(".other.sqlite.*"))
        other.close()
        assert not Path(f"{other_path}-wal").exists()
        with pytest.raises(StoreError, match="already exists"):  # closed: still its own review
            mine.copy_to(other_path)
        assert [r.id for r in ReviewLog(other_path, create=False).discrepancies()] == before
    finally:
        mine.close()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_log_named_like_another_logs_companion_is_refused(checked, capsys, suffix):
    """Fresh user trial: with the log held open by another program (the
    window), its -wal exists empty; `--db review.sqlite-wal` made a new log
    there, linked over the live WAL, and the next write to the real log
    reset it: the decision acknowledged on it was gone."""
    files, db = checked
    holder = sqlite3.connect(db)  # as the window holds it: WAL and -shm exist
    try:
        holder.execute("SELECT count(*) FROM reviews").fetchone()
        companion = Path(f"{db}{suffix}")
        companion.touch()  # -wal and -shm exist while held; -journal for the same rule
        before = digest(db, companion)
        for argv in (
            ["check", *files, "--db", companion, "-q"],
            ["report", "--db", companion],
        ):
            code, _, err = run(argv, capsys)
            assert code == 2
            one_line_error(err, "not a review log", f"open {db}")
        assert digest(db, companion) == before
        with pytest.raises(StoreError, match="not a review log"):
            ReviewLog(companion)
    finally:
        holder.close()


def test_a_new_log_may_not_take_a_companion_name(tmp_path, capsys, checked):
    files, _ = checked
    code, _, err = run(["check", *files, "--db", tmp_path / "new.sqlite-wal", "-q"], capsys)
    assert code == 2
    one_line_error(err, "must not end in -wal")
    assert not (tmp_path / "new.sqlite-wal").exists()


def test_an_io_error_on_a_full_disk_is_called_a_full_disk(tmp_path, monkeypatch):
    """Fresh user trial: on a full disk where the log's -wal could not be
    made, every command said 'disk I/O error'."""
    import collections

    from workbench.store import disk

    fake = collections.namedtuple("fake", "f_bavail f_frsize")
    io_error = sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(disk.os, "statvfs", lambda _: fake(3, 4096))
    assert disk.reason(io_error, tmp_path / "log.sqlite").startswith("the disk is full")
    monkeypatch.setattr(disk.os, "statvfs", lambda _: fake(10**6, 4096))
    assert "is the disk full or the folder read-only" in disk.reason(io_error, tmp_path / "l")


def test_a_link_to_a_log_not_made_yet_gets_the_log_where_it_points(tmp_path, capsys, checked):
    """Fresh user trial: a dangling symlink as --db failed the first run with
    'an empty SQLite database of another application' and left a 0-byte file."""
    files, _ = checked
    target = tmp_path / "logs" / "story.sqlite"
    target.parent.mkdir()
    link = tmp_path / "review-link.sqlite"
    link.symlink_to(target)
    code, _, err = run(["check", *files, "--db", link, "-q"], capsys)
    assert code == 0, err
    assert link.is_symlink() and target.is_file() and target.stat().st_size > 0
    log = ReviewLog(link, create=False)
    try:
        assert log.discrepancies()
    finally:
        log.close()


def test_leftovers_of_a_killed_creation_are_swept_once_they_are_old(tmp_path, capsys, checked):
    """Fresh user trial: '.review.sqlite.XXXX.creating' files (and -wal/-shm)
    left by a check killed while creating its log stayed for ever."""
    files, db = checked
    old = [tmp_path / f".{db.name}.abc123.creating{s}" for s in ("", "-wal", "-shm")]
    young = tmp_path / f".{db.name}.def456.creating"
    other = tmp_path / ".other.sqlite.zzz.creating"
    for f in (*old, young, other):
        f.write_bytes(b"x")
    for f in (*old, other):
        os.utime(f, (1, 1))  # long ago
    code, _, err = run(["check", *files, "--db", db, "-q"], capsys)
    assert code == 0, err
    assert not any(f.exists() for f in old)
    assert young.exists()  # may be another process creating the log right now
    assert other.exists()  # another log's
