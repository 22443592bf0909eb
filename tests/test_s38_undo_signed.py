"""Trial 44 (P10): ``review --undo`` without --reviewer was signed 'root' and
its note came after the next command's output. An undo is signed as every
review command is (--reviewer, $WORKBENCH_REVIEWER, the system's user name),
its line says who signed it, and the note follows that line."""

from __future__ import annotations

import os
import subprocess
import sys

from test_check_dates import _seeds

from workbench.cli import main
from workbench.store import ReviewLog


def _decided(tmp_path):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    fid = log.findings()[0].id
    log.close()
    assert main(["review", fid, "--db", str(db), "--status", "disputed", "--reviewer", "Ana"]) == 0
    return db, fid


def test_an_undo_says_who_signed_it_as_a_decision_does(tmp_path, capsys, monkeypatch):
    db, fid = _decided(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Dee Desk")
    assert main(["review", fid, "--db", str(db), "--undo"]) == 0
    said = capsys.readouterr()
    assert "undid Ana's change" in said.out and "this undo signed by Dee Desk" in said.out
    assert "note" not in said.err  # named by the environment, as `review` reads it
    log = ReviewLog(str(db))
    history = log.history(fid)
    log.close()
    assert "undone by Dee Desk" in history[-1].event
    monkeypatch.delenv("WORKBENCH_REVIEWER")
    monkeypatch.setattr("getpass.getuser", lambda: "deskpc")
    assert main(["review", fid, "--db", str(db), "--redo"]) == 0
    said = capsys.readouterr()
    assert "this redo signed by deskpc" in said.out
    assert "recorded as 'deskpc' (this system's user name)" in said.err


def test_the_note_follows_the_undos_line_in_one_stream(tmp_path, capsys):
    db, fid = _decided(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_REVIEWER"}
    run = subprocess.run(
        [sys.executable, "-m", "workbench", "review", fid, "--db", str(db), "--undo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        check=False,
    )
    lines = run.stdout.strip().splitlines()
    assert run.returncode == 0 and len(lines) == 2
    assert "undid Ana's change" in lines[0] and "workbench: note: recorded as" in lines[1]
