"""A note typed in the window is one row of its history however many saves
the typing took (session 35's trial read "Both ", "Both say J", "Both say July"
as three edits); two edits are still two rows."""

from __future__ import annotations

import sqlite3

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
