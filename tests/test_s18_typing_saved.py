"""Typing without a pause is saved while it goes on (trial 25: a note typed for
seven seconds without pausing, then a kill, lost it all: every key restarted the
wait for a pause, so nothing was saved until the typing stopped)."""

from __future__ import annotations

from test_window import find_row
from test_window import seeded as seeded  # the fixture

from workbench.store import ReviewLog
from workbench.ui.review_panel import TEXT_COMMIT_MS, TEXT_MAX_WAIT_MS


def test_a_long_burst_of_typing_is_saved_before_it_ends(qtbot, seeded):
    w, db = seeded
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.panel.note.setFocus()
    step = TEXT_COMMIT_MS // 3  # keys closer together than the pause that saves
    typed = ""
    saved_while_typing = ""
    for n in range(3 * TEXT_MAX_WAIT_MS // step):
        typed += f"w{n} "
        w.panel.note.insertPlainText(f"w{n} ")
        qtbot.wait(step)
        if not saved_while_typing:
            saved_while_typing = ReviewLog(db).review(ident).note
    # something was saved although the typing never paused long enough …
    assert saved_while_typing and typed.startswith(saved_while_typing)
    # … and the whole note once it stops, in one undo step
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == typed, timeout=5000)
    w.act_undo()
    assert ReviewLog(db).review(ident).note == ""
