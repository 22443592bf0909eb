"""A kill at any point of a write leaves the review log either as it was or
with the whole change: never a mix, and it always opens afterwards.

Two ways to kill: between any two SQL statements (a trace hook in the child
process) and, where strace is installed, at every ``pwrite64`` system call
SQLite makes (mid-commit, mid-checkpoint).
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.store import OUR_TABLES, ReviewLog

VOLATILE = {"first_seen", "last_seen", "updated", "at", "started", "finished"}


def state(path: Path) -> object:
    """Everything an editor could see in the log, minus clock times."""
    if not path.exists() or path.stat().st_size == 0:
        return "absent"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in sorted(OUR_TABLES):
            cur = conn.execute(f"SELECT * FROM [{table}]")
            cols = [d[0] for d in cur.description]
            keep = [i for i, c in enumerate(cols) if c not in VOLATILE]
            out[table] = sorted(repr([row[i] for i in keep]) for row in cur.fetchall())
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def analyses(tmp_path_factory) -> tuple[Path, Path]:
    """Two analyses of the seeds; in the second one article was edited, so
    discrepancies appear and vanish between them."""
    folder = tmp_path_factory.mktemp("analyses")
    os.environ["WORKBENCH_EMBEDDINGS"] = "0"
    try:
        first = analyze(load_articles(SEEDS))
        edited = []
        for p in SEEDS:
            q = folder / p.name
            q.write_text(p.read_text().replace("30 miles", "40 miles"), encoding="utf-8")
            edited.append(q)
        second = analyze(load_articles(edited))
    finally:
        os.environ.pop("WORKBENCH_EMBEDDINGS", None)
    assert {d.id for d in first.discrepancies} != {d.id for d in second.discrepancies}
    a, b = folder / "a.pickle", folder / "b.pickle"
    a.write_bytes(pickle.dumps(first))
    b.write_bytes(pickle.dumps(second))
    return a, b


def run_child(op: str, log: Path, analysis: Path, strace_at: int = 0):
    cmd = [sys.executable, "-m", "tests.helpers.log_writer", op, str(log), str(analysis)]
    if strace_at:
        cmd = [
            "strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=pwrite64",
            "-e", f"inject=pwrite64:signal=KILL:when={strace_at}", *cmd,
        ]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def baseline(folder: Path, analyses: tuple[Path, Path], op: str) -> Path:
    log = folder / "review.sqlite"
    if op != "create":
        done = run_child("save", log, analyses[0])
        assert done.returncode == 0, done.stderr
        if op == "save":  # a decision that the next save must keep
            r = ReviewLog(log)
            r.set_review(r.discrepancies()[0].id, "verified", "ok", "", "ana")
            r.close()
    return log


def expected(tmp_path: Path, analyses, op: str) -> tuple[object, object, int]:
    """The log before and after an uninterrupted run, and its statement count."""
    folder = tmp_path / "reference"
    folder.mkdir()
    log = baseline(folder, analyses, op)
    before = state(log)
    done = run_child(op, log, analyses[1] if op == "save" else analyses[0])
    assert done.returncode == 0, done.stderr
    return before, state(log), int(done.stdout.split()[-1])


def check_after_kill(log: Path, allowed: list[object], where: str) -> int:
    """Which allowed state the killed log is in; it must open afterwards."""
    got = state(log)
    assert got in allowed, f"{where}: the log holds a mix of old and new"
    r = ReviewLog(log)  # it always opens (and a killed creation can be redone)
    assert r.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    r.close()
    return allowed.index(got)


def allowed_states(tmp_path: Path, analyses, op: str) -> list[object]:
    """Old, then new; creating a log and saving into it are two changes, so
    an empty complete log lies between them."""
    before, after, _ = expected(tmp_path, analyses, op)
    assert before != after
    if op != "create":
        return [before, after]
    empty = tmp_path / "empty.sqlite"
    ReviewLog(empty).close()
    return [before, state(empty), after]


@pytest.mark.parametrize("op", ["save", "review", "decide", "create"])
def test_kill_between_any_two_statements(tmp_path, analyses, op):
    allowed = allowed_states(tmp_path, analyses, op)
    folder = tmp_path / "kills"
    folder.mkdir()
    log = baseline(folder, analyses, op)
    data = analyses[1] if op == "save" else analyses[0]
    cmd = [sys.executable, "-m", "tests.helpers.log_writer", op, str(log), str(data)]
    done = subprocess.run(
        [*cmd, "--every", str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    last = int(done.stdout.split()[-1])
    assert last > 10  # the change really is many statements
    outcomes = [
        check_after_kill(folder / str(n) / log.name, allowed, f"{op}, killed at statement {n}")
        for n in range(1, last + 1)
    ]
    # the kill points straddle the commit: early kills keep the old log
    assert outcomes[0] == 0 and outcomes[-1] == len(allowed) - 1
    assert outcomes == sorted(outcomes)


LONG = os.environ.get("WORKBENCH_LONG_TESTS") == "1"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
@pytest.mark.parametrize(
    "op",
    [
        "review",
        pytest.param("save", marks=pytest.mark.skipif(not LONG, reason="WORKBENCH_LONG_TESTS=1")),
        pytest.param("create", marks=pytest.mark.skipif(not LONG, reason="WORKBENCH_LONG_TESTS=1")),
    ],
)
def test_kill_at_every_disk_write(tmp_path, analyses, op):
    """One Python start-up per write point: the review (a few writes) runs
    always; save and create (~3 min together) with WORKBENCH_LONG_TESTS=1."""
    allowed = allowed_states(tmp_path, analyses, op)
    outcomes = []
    n = 0
    while True:
        n += 1
        folder = tmp_path / f"write{n}"
        folder.mkdir()
        log = baseline(folder, analyses, op)
        done = run_child(op, log, analyses[1] if op == "save" else analyses[0], strace_at=n)
        killed = done.returncode != 0
        outcomes.append(check_after_kill(log, allowed, f"{op}, killed at write {n}"))
        shutil.rmtree(folder)
        if not killed:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        assert n < 500, "runaway: more than 500 disk writes for one change"
    assert n > 2 and outcomes[0] == 0 and outcomes[-1] == len(allowed) - 1
    assert outcomes == sorted(outcomes)
