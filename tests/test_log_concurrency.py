"""Several writers on one review log lose no acknowledged write.

The window holds the log open for hours while the command line, a second
window and `check` runs write to it. A write counts as acknowledged when the
call that made it returned; every one of them must be in the review history
at the end, and the log must pass SQLite's integrity check.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS

from workbench.store import ReviewLog
from workbench.ui.session import is_review_log

WRITERS = 3
EACH = 30


def workbench(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"WORKBENCH_EMBEDDINGS": "0", "PATH": "/usr/bin:/bin"},
    )


def test_window_cli_and_checks_on_one_log_lose_nothing(tmp_path):
    log_path = tmp_path / "review.sqlite"
    first = workbench("check", *map(str, SEEDS), "--db", str(log_path), "-q")
    assert first.wait(120) == 0, first.stderr.read()

    window = ReviewLog(log_path, create=False)  # held open all along, like the window
    ids = [r.id for r in window.discrepancies()]
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.reviewer", str(log_path), f"cli{k}", str(EACH)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(WRITERS)
    ]
    checks = [workbench("check", *map(str, SEEDS), "--db", str(log_path), "-q") for _ in range(2)]

    acknowledged: list[str] = []
    for i in range(EACH):
        # the window re-opens the log it has open (File › Open recent), asks
        # whether a dropped file is a log, and records a decision
        again = ReviewLog(log_path, create=False)
        again.close()
        assert is_review_log(log_path, window)
        note = f"window-{i}"
        window.set_review(ids[i % len(ids)], "verified", note=note, reviewer="window")
        acknowledged.append(note)

    for p in checks:
        assert p.wait(300) == 0, p.stderr.read()
    failures = []
    for p in writers:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert out.rstrip().endswith("done")
        acknowledged += [line.split()[1] for line in out.splitlines() if line.startswith("ok ")]
        failures += [line for line in out.splitlines() if line.startswith("fail ")]
    assert not failures  # each writer waits for the lock instead of failing
    assert len(acknowledged) == EACH * (WRITERS + 1)

    window.close()
    log = ReviewLog(log_path, create=False)
    assert log.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    history = {r[0] for r in log.db.execute("SELECT note FROM review_history").fetchall()}
    lost = [note for note in acknowledged if note not in history]
    assert lost == []
    # the analysis the checks saved is whole: every flag still has its review
    assert {r.id for r in log.discrepancies(include_orphaned=False)} == set(ids)
    log.close()


def test_window_reopening_its_own_log_keeps_one_connection(qtbot, tmp_path):
    from workbench.ui.session import ReviewSession
    from workbench.ui.tasks import TaskRunner

    log_path = tmp_path / "review.sqlite"
    first = workbench("check", *map(str, SEEDS), "--db", str(log_path), "-q")
    assert first.wait(120) == 0
    runner = TaskRunner(synchronous=True)
    session = ReviewSession(runner)
    assert session.open_log(log_path)
    held = session.log
    with qtbot.waitSignal(session.done, timeout=2000) as info:  # news of a thing done
        assert session.open_log(Path(str(log_path)).resolve())
    assert session.log is held
    assert "already open" in info.args[0]
    session.close_log()


def test_reopening_the_held_log_keeps_its_locks(tmp_path):
    """The sequence that lost writes: the window holds the log, looks at it
    again (re-open, 'is this a log?'), another process opens and closes it
    (closing tries to checkpoint and delete the WAL), then the window
    writes. The write must be visible to everyone afterwards."""
    log_path = tmp_path / "review.sqlite"
    first = workbench("check", *map(str, SEEDS), "--db", str(log_path), "-q")
    assert first.wait(120) == 0
    window = ReviewLog(log_path, create=False)
    ids = [r.id for r in window.discrepancies()]
    window.set_review(ids[0], "verified", note="before", reviewer="window")
    for i in range(5):
        ReviewLog(log_path, create=False).close()
        assert is_review_log(log_path, window)
        other = workbench("report", "--db", str(log_path), "--format", "json")
        assert other.wait(60) == 0
        window.set_review(ids[0], "verified", note=f"after-{i}", reviewer="window")
    outside = workbench("review", ids[0], "--history", "--db", str(log_path))
    out, err = outside.communicate(timeout=60)
    assert outside.returncode == 0, err
    assert "after-4" in out, out  # the history shows the last (autosaves of one note join)
    # and every write is in the log for another process (the history's rows themselves)
    rows = subprocess.run(
        [sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
         "'SELECT group_concat(note) FROM review_history').fetchone()[0])", str(log_path)],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert all(f"after-{i}" in rows for i in range(5)), rows
    window.close()
