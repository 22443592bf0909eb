"""Each ``workbench review`` command is an entry of its own in the history:
only the window's saves of one note being typed may join (trial 30: three
commands ``--note "cli note 1|2|3"`` read as one row "cli note 3 … as typed,
in 3 saves"). A log of the earlier schema migrates and reads as before."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import run_cli
from test_links import _articles

from workbench.store import SCHEMA_VERSION, ReviewLog
from workbench.store.drafts import as_written
from workbench.store.records import HistoryEntry


@pytest.mark.parametrize(
    "notes",
    [
        ["cli note 1", "cli note 2", "cli note 3"],
        ["Al", "Alig", "Aligned with police"],  # typing-like texts, given whole
        ["see the wire", "see the wire copy"],
    ],
)
@pytest.mark.parametrize("on_finding", [True, False])
def test_each_review_command_is_an_entry_of_its_own(tmp_path, capsys, notes, on_finding):
    db = str(tmp_path / "r.sqlite")
    assert run_cli(["check", *_articles(tmp_path), "--db", db, "-q"], capsys)[0] == 0
    log = ReviewLog(db)
    try:
        ident = log.findings()[0].id if on_finding else log.discrepancies()[0].id
    finally:
        log.close()
    for note in notes:
        args = ["review", ident, "--db", db, "--note", note, "--reviewer", "Carol"]
        assert run_cli(args, capsys)[0] == 0
    code, out, err = run_cli(["review", ident, "--db", db, "--history"], capsys)
    assert code == 0, err
    rows = [line for line in out.splitlines() if "note:" in line]
    assert len(rows) == len(notes), out
    assert "as typed" not in out
    for note, row in zip(notes, rows, strict=True):
        assert f"note: {note} " in row + " "


def test_the_windows_saves_still_join_and_a_whole_row_ends_their_run():
    at = "2026-03-01T12:00:0{}Z"
    typed = [
        HistoryEntry(n, "D1", "open", t, "", "", "ana", at.format(n))
        for n, t in enumerate(["Al", "Alig", "Aligned"])
    ]
    whole = HistoryEntry(3, "D1", "open", "Aligned w", "", "", "ana", at.format(3), whole=1)
    shown = as_written([*typed, whole])
    assert [(e.id, e.saves) for e in shown] == [(2, 3), (3, 1)]


def test_a_log_of_the_earlier_schema_migrates_and_its_rows_read_as_before(tmp_path, capsys):
    db = str(tmp_path / "r.sqlite")
    assert run_cli(["check", *_articles(tmp_path), "--db", db, "-q"], capsys)[0] == 0
    log = ReviewLog(db)
    flag = log.discrepancies()[0].id
    for text in ("Al", "Alig", "Aligned with police"):  # the window's saves
        log.set_review(flag, note=text, reviewer="ana")
    log.close()
    con = sqlite3.connect(db)
    with con:  # as version 6 wrote it: no column 'whole'
        con.execute("ALTER TABLE review_history DROP COLUMN whole")
        con.execute("PRAGMA user_version=6")
    con.close()
    log = ReviewLog(db)
    try:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 7
        shown = as_written(log.history(flag))
        assert [(e.note, e.saves) for e in shown] == [("Aligned with police", 3)]
    finally:
        log.close()
