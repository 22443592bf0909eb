"""A window's undo reads in the history as an undo (fresh trial: after Ctrl+Z
in the window the history showed plain rows, as if new decisions were made,
and the decision put back was credited to the editor who undid it), and the
command line's undo and redo go on from it."""

from __future__ import annotations

from conftest import run_cli
from test_window import find_row
from test_window import seeded as seeded  # the fixture

from workbench.store import ReviewLog


def test_a_window_undo_is_an_undo_in_the_history(qtbot, seeded, capsys):
    w, db = seeded
    ident = find_row(w, "July", "next month")
    w.actions_by_name["advance"].setChecked(False)
    w.select(ident)
    w.panel.reviewer.setText("Ana")
    w.act_verified()
    w.panel.reviewer.setText("Ben")
    w.act_disputed()
    w.act_undo()  # Ben takes back his own change: Ana's decision is back, as Ana's
    log = ReviewLog(db)
    try:
        history = log.history(ident)
        review = log.review(ident)
    finally:
        log.close()
    assert [(h.status, h.reviewer) for h in history] == [
        ("verified", "Ana"),
        ("disputed", "Ben"),
        ("verified", "Ana"),
    ]
    assert history[2].event == f"undone by Ben: the change at {history[1].at}"
    assert (review.status, review.reviewer) == ("verified", "Ana")
    # the command line reads the window's undo on the stack: redo puts Ben's change back
    code, _out, err = run_cli(["review", ident, "--db", db, "--redo", "--reviewer", "Cy"], capsys)
    assert code == 0, err
    log = ReviewLog(db)
    try:
        assert log.review(ident).status == "disputed"
        assert log.history(ident)[-1].event.startswith("redone by Cy")
    finally:
        log.close()
