"""An output of ``check`` that passes the early writability test but then
cannot be written (a fresh user trial, as root: ``--report /sys/r.md``; root
may "access" /sys, the write itself fails). The one-line error says what
became of the review log: saved (with the command that writes the report
again) when the failure came after the save; unchanged, and no empty log
left behind, when it came before."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import run_cli

from workbench import files

_real_write = files.atomic_write


@pytest.fixture
def blocked(monkeypatch):
    """Any output whose name starts with 'blocked' fails when it is written."""

    def write(path, text):
        if str(path).rsplit("/", 1)[-1].startswith("blocked"):
            raise files.WriteError(f"{path}: cannot write: Permission denied")
        _real_write(path, text)

    monkeypatch.setattr(files, "atomic_write", write)


def _findings(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from findings").fetchone()[0]


@pytest.mark.parametrize("suffix", [".md", ".html", ".csv"])
def test_a_report_not_written_after_the_save_says_the_log_was_saved(
    tmp_path, seeds, capsys, blocked, suffix
):
    db = tmp_path / "fresh.sqlite"
    code, _, err = run_cli(
        ["check", *seeds, "--db", db, "--report", tmp_path / f"blocked{suffix}", "-q"], capsys
    )
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "cannot write" in lines[0]
    assert f"the review log {db} was saved" in lines[0]
    assert "workbench report --db" in lines[0]
    assert db.exists() and _findings(db) > 0
    # the command the message names writes the report from what was saved
    out = tmp_path / "again.md"
    assert run_cli(["report", "--db", db, "-o", out], capsys)[0] == 0
    assert "Correction report" in out.read_text(encoding="utf-8")


def test_a_json_not_written_before_the_save_leaves_no_fresh_log(tmp_path, seeds, capsys, blocked):
    db = tmp_path / "fresh.sqlite"
    code, _, err = run_cli(
        ["check", *seeds, "--db", db, "--json", tmp_path / "blocked.json", "-q"], capsys
    )
    assert code == 2
    assert "nothing was saved, the review log is unchanged" in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_a_json_not_written_leaves_an_existing_log_as_it_was(tmp_path, seeds, capsys, blocked):
    db = tmp_path / "kept.sqlite"
    assert run_cli(["check", *seeds, "--db", db, "-q"], capsys)[0] == 0
    with sqlite3.connect(db) as conn:
        runs = conn.execute("select count(*) from runs").fetchone()[0]
    code, _, err = run_cli(
        ["check", *seeds, "--db", db, "--json", tmp_path / "blocked.json", "-q"], capsys
    )
    assert code == 2 and "the review log is unchanged" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from runs").fetchone()[0] == runs
