"""Deciding over another editor's decision is said in the window, with the
way back (a fresh trial replaced a colleague's decision without a word)."""

from __future__ import annotations

from test_window import find_row
from test_window import seeded as seeded  # the fixture

from workbench.store import ReviewLog


def _said(w) -> list[str]:
    return [m[0] for m in w.messages.messages]


def test_replacing_a_colleagues_decision_is_said_and_undone(qtbot, seeded):
    w, db = seeded
    ident = find_row(w, "July", "next month")
    w.actions_by_name["advance"].setChecked(False)
    w.select(ident)
    w.panel.reviewer.setText("Ana")
    w.act_disputed()
    assert not [m for m in _said(w) if "replaced" in m]  # nobody's decision went
    w.act_verified()  # Ana changes her own mind: nothing to say
    assert not [m for m in _said(w) if "replaced" in m]
    w.panel.reviewer.setText("Ben")
    w.act_disputed()
    (said,) = [m for m in _said(w) if "replaced" in m]
    assert "Ana's decision (verified)" in said and "Ctrl+Z" in said
    w.act_undo()
    log = ReviewLog(db)
    try:
        review = log.review(ident)
        assert (review.status, review.reviewer) == ("verified", "Ana")
        assert [h.reviewer for h in log.history(ident)][:3] == ["Ana", "Ana", "Ben"]
    finally:
        log.close()


def test_a_note_alone_replaces_no_decision(qtbot, seeded):
    w, _db = seeded
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.panel.reviewer.setText("Ana")
    w.act_disputed()
    w.select(ident)
    w.panel.reviewer.setText("Ben")
    w.change_review(ident, {"note": "checked the wire copy"}, "Edit note", "note")
    assert not [m for m in _said(w) if "replaced" in m]


def test_verified_or_dismissed_sets_a_pending_correction_aside_as_the_cli_does(qtbot, seeded):
    """Trial 21: after Dismiss the panel still read 'Correct in: 30_3' with the
    correction under it, and the history kept the article on the dismissal."""
    w, db = seeded
    ident = find_row(w, "July", "next month")
    w.actions_by_name["advance"].setChecked(False)
    w.select(ident)
    row = w.session.row(ident)
    article = row.sides[0].article
    w.change_review(ident, {"status": "needs-correction", "article": article}, "Mark", "")
    w.change_review(ident, {"correction": "as early as July"}, "Edit correction", "correction")
    w.act_dismissed()
    log = ReviewLog(db)
    try:
        review = log.review(ident)
        assert (review.status, review.correction, review.article) == ("dismissed", "", "")
    finally:
        log.close()
    w.act_undo()  # the correction and the article to correct come back
    log = ReviewLog(db)
    try:
        review = log.review(ident)
        assert (review.status, review.correction) == ("needs-correction", "as early as July")
        assert review.article
    finally:
        log.close()
