"""A note typed in the window is one row of its history however many saves
the typing took (session 35's trial read "Both ", "Both say J", "Both say July"
as three edits); two edits are still two rows."""

from __future__ import annotations

import sqlite3

import pytest
from test_window import SEEDS, find_row, make_window, wait_analysis


def _history_lines(w) -> list[str]:
    model = w.panel.history_model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def _rows(db: str, note_like: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute(
            "SELECT count(*) FROM review_history WHERE note LIKE ?", [note_like]
        ).fetchone()[0]


def test_one_note_typed_in_several_saves_is_one_history_row(qtbot, tmp_path):
    w = make_window(qtbot)
    db = str(tmp_path / "review.sqlite")
    w.open_paths([str(s) for s in SEEDS], db)
    wait_analysis(qtbot, w)
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.panel.note.setFocus()
    for typed in ("Both ", "Both say J", "Both say July"):  # a save at each pause
        w.panel.note.setPlainText(typed)
        w.panel.commit_pending()
    assert _rows(db, "Both%") >= 3  # every save is kept in the log
    lines = _history_lines(w)
    assert len(lines) == 1, lines
    assert "note: Both say July" in lines[0] and "as typed, in 3 saves" in lines[0]
    w.act_verified()  # a decision is an edit of its own (the window may move on)
    w.select(ident)
    lines = _history_lines(w)
    assert len(lines) == 2, lines
    assert "Verified" in lines[0] or "verified" in lines[0]


def test_undo_takes_back_a_note_typed_in_several_saves_whole(tmp_path):
    """``review F… --undo`` after a note typed in the window: the note goes
    whole, not one save of it ("Both say J")."""
    from test_report_once import _hub

    from workbench.store import Change, ReviewLog
    from workbench.store.undo import undo_last

    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_hub("ab"))
        (f,) = log.findings()
        log.decide(f.id, Change("verified", reviewer="kim", whole=True))
        for typed in ("Both ", "Both say J", "Both say July"):  # the window's saves
            log.decide(f.id, Change(note=typed, reviewer="kim"))
        assert {m.note for m in log.findings()[0].members} == {"Both say July"}
        undo_last(log, f.id, "kim")
        (after,) = log.findings()
        assert {(m.status, m.note) for m in after.members} == {("verified", "")}
    finally:
        log.close()


@pytest.mark.parametrize("typist", ["kim", "ana"])  # the decider, or another editor
def test_a_note_typed_after_a_decision_from_the_command_line_is_one_entry(tmp_path, typist):
    from test_report_once import _hub

    from workbench.store import Change, ReviewLog
    from workbench.store.drafts import as_written

    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_hub("a"))
        (f,) = log.findings()
        log.decide(f.id, Change("verified", reviewer="kim", whole=True))
        for typed in ("Checked", "Checked with the desk", "Checked with the desk, fine"):
            log.decide(f.id, Change(note=typed, reviewer=typist))
        entries = as_written(log.history(f.id))
        assert [(e.status, e.note, e.saves) for e in entries] == [
            ("verified", "", 1),
            ("verified", "Checked with the desk, fine", 3),
        ]
    finally:
        log.close()
