"""A write statement that returns rows is run to its end (session 30, speed34).

Python's sqlite3 steps a statement once when it runs it and resets it only when
its cursor is exhausted, closed or freed. ``PRAGMA wal_checkpoint`` and
``PRAGMA journal_mode=WAL`` return a row and count as writes: while the cursor
of one lives on un-exhausted (a local of a frame a profiler holds, as speed32's
did on the writer thread; a traceback's frames), SQLite refuses the next COMMIT
or savepoint ("SQL statements in progress") and the window's next save, date
edit or decision was lost. Here every frame that returns while such a statement
runs is kept alive, as such a profiler keeps them, and the next write must
still commit.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import SEEDS

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.service import Loaded
from workbench.store import Change, ReviewLog
from workbench.store.disk import run_through
from workbench.ui.writing import WriterSide


@contextlib.contextmanager
def frames_held():
    """Keep every Python frame that returns inside the block, with its locals."""
    held: list[object] = []

    def keep(frame, event, arg):
        if event == "return":
            held.append(frame)

    sys.setprofile(keep)
    try:
        yield held
    finally:
        sys.setprofile(None)


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    before = os.environ.get("WORKBENCH_EMBEDDINGS")
    os.environ["WORKBENCH_EMBEDDINGS"] = "0"
    try:
        articles = tuple(load_articles(SEEDS))
        return Loaded(articles, analyze(list(articles)))
    finally:
        if before is None:
            os.environ.pop("WORKBENCH_EMBEDDINGS", None)
        else:
            os.environ["WORKBENCH_EMBEDDINGS"] = before


def _writer(path: Path) -> tuple[WriterSide, ReviewLog]:
    log = ReviewLog(path)
    side = WriterSide(shared=lambda: log)
    side.open(path)
    return side, log


def test_a_save_after_a_checkpoint_whose_frames_are_held(tmp_path, loaded):
    side, log = _writer(tmp_path / "story.sqlite")
    with frames_held():
        side.save(loaded)  # saves, then checkpoints the write-ahead log
    saved = side.save(loaded)  # the window's next analysis
    assert saved.checked.analysis is loaded.analysis
    assert log.db.execute("SELECT count(*) FROM runs").fetchone()[0] == 2
    log.close()


def test_a_decision_after_a_date_edit_whose_frames_are_held(tmp_path, loaded):
    side, log = _writer(tmp_path / "dates.sqlite")
    side.save(loaded)
    first = loaded.articles[0]
    with frames_held():
        assert side.keep_dates({first.id: ("2024-02-03", True)})
    finding = log.findings()[0].id
    side.decide(finding, Change(status="verified", note="held frames"), None)
    statuses = {r.status for r in log.findings() if r.id == finding}
    assert statuses == {"verified"}
    log.close()


def test_a_log_kept_in_a_rollback_journal_opened_with_its_frames_held(tmp_path, loaded):
    """A log copied from a tool that keeps SQLite's default journal: opening it
    turns on the write-ahead log, and the first save still commits."""
    path = tmp_path / "old_mode.sqlite"
    ReviewLog(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    conn.close()
    with frames_held():
        log = ReviewLog(path)
    log.save_analysis(loaded.analysis)
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert log.db.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    log.close()


@pytest.mark.parametrize(
    "sql", ["PRAGMA journal_mode=WAL", "PRAGMA wal_checkpoint(PASSIVE)", "PRAGMA journal_mode"]
)
def test_run_through_leaves_no_statement_in_progress(tmp_path, sql):
    conn = sqlite3.connect(tmp_path / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL").fetchall()
    conn.execute("CREATE TABLE t (x INTEGER)")
    rows = run_through(conn, sql)
    assert rows and len(rows[0]) >= 1
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.execute("COMMIT")  # raised "SQL statements in progress" with the cursor alive
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    conn.close()
