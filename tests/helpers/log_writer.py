"""A child process that writes to a review log and is killed half-way.

``python -m tests.helpers.log_writer OP LOG ANALYSIS.pickle [KILL_AT]``
runs one operation; with KILL_AT the process SIGKILLs itself just before
the KILL_AT-th SQL statement it sends to SQLite (a trace hook: a crash
between any two writes). Without it, it prints how many statements the
operation took.

``python -m tests.helpers.log_writer OP LOG ANALYSIS.pickle --every FOLDER``
copies LOG into FOLDER/N/ for N = 1, 2, … and forks a child that is killed
at statement N there, until a child finishes; it prints the last N. Forking
saves a Python start-up per kill point.

OP is ``save`` (save an analysis), ``review`` (change a review), ``decide``
(a decision on a finding: every discrepancy's review and history, and the
sources it covered, ``store.scope``) or ``create`` (create a new log and save
into it).
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import sys
from pathlib import Path

import workbench.store as store

_count = 0
_kill_at = 0


def _trace(_sql: str) -> None:
    global _count
    _count += 1
    if _count == _kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


_real_connect = store.sqlite3.connect


def _connect(*args, **kwargs):  # every connection the store makes is traced
    conn = _real_connect(*args, **kwargs)
    conn.set_trace_callback(_trace)
    return conn


store.sqlite3.connect = _connect  # type: ignore[assignment]


def run(op: str, log_path: str, analysis) -> None:
    log = store.ReviewLog(log_path)
    if op in ("save", "create"):
        log.save_analysis(analysis)
    elif op == "review":
        first = analysis.discrepancies[0].id
        log.set_review(first, "needs-correction", "checked: agency says 50km", "50km", "kim")
    elif op == "decide":
        biggest = max(analysis.findings, key=lambda f: len(f.discrepancies))
        log.decide(biggest.id, store.Change("verified", "all agree", reviewer="kim"))
    log.close()


def every(op: str, log_path: Path, analysis, folder: Path) -> int:
    global _kill_at
    n = 0
    while True:
        n += 1
        target = folder / str(n)
        target.mkdir(parents=True)
        if log_path.exists():
            shutil.copy(log_path, target / log_path.name)
        pid = os.fork()
        if pid == 0:  # the child: killed at statement n, or done
            _kill_at = n
            try:
                run(op, str(target / log_path.name), analysis)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            return n
        if n > 5000:
            raise SystemExit("runaway: over 5000 statements for one change")


def main() -> None:
    global _kill_at
    op, log_path, analysis_path = sys.argv[1:4]
    analysis = pickle.loads(Path(analysis_path).read_bytes())
    if len(sys.argv) > 5 and sys.argv[4] == "--every":
        print(every(op, Path(log_path), analysis, Path(sys.argv[5])))
        return
    _kill_at = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    run(op, log_path, analysis)
    print(_count)


if __name__ == "__main__":
    main()
