"""Status messages on the review's state follow it: trial 28 read "No open
findings left" in the status bar while the selected finding was open again
after Ctrl+0 (reopen)."""

from __future__ import annotations

from test_window import seeded as seeded  # the fixture

LEFT = "No open findings left"


def _decide_all(w) -> None:
    w.actions_by_name["advance"].setChecked(True)
    for _ in range(len(w.session.rows) + 1):
        if not any(r.needs_review for r in w.session.rows):
            break
        ident = next(r.id for r in w.session.rows if r.needs_review)
        assert w.select(ident)
        w.set_status("dismissed")


def test_no_open_findings_left_goes_when_one_is_reopened(seeded, qtbot):
    w, _db = seeded
    _decide_all(w)
    assert w.statusBar().whole_message() == LEFT  # true when said
    reopened = w.current_id()
    w.set_status("open")  # Ctrl+0
    assert w.session.row(reopened).needs_review
    assert w.statusBar().whole_message() != LEFT
    assert "1 to review" in w.counts.text()  # the count, no longer hidden


def test_no_open_findings_left_stays_while_true(seeded, qtbot):
    w, _db = seeded
    _decide_all(w)
    w.set_status("verified")  # another decision: still none open
    w.recheck_said()
    assert w.statusBar().whole_message() == LEFT


def test_undo_reopening_withdraws_it_too(seeded, qtbot):
    w, _db = seeded
    _decide_all(w)
    w.act_undo()  # the last decision taken back: that finding is open again
    assert any(r.needs_review for r in w.session.rows)
    assert w.statusBar().whole_message() != LEFT
