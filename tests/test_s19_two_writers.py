"""Trials 27 and 28: the command line wrote a note while the editor was in
the window's note box; typing on saved the window's text over it within a
second, and the warning stayed after the log no longer had that note."""

from __future__ import annotations

import pytest
from test_window_plaintext import hostile as hostile  # the fixture
from test_window_plaintext import row_of_kind

from workbench.store import ReviewLog
from workbench.ui import other_writer


def _write(db, ident: str, **fields: str) -> None:
    log = ReviewLog(db)
    try:
        log.set_review(ident, reviewer="CLI Colleague", **fields)
    finally:
        log.close()


def _in_box_with_a_conflict(w, db, qtbot, field: str, typed: str, theirs: str):
    ident = row_of_kind(w, "number")
    assert w.select(ident)
    box = w.panel.note if field == "note" else w.panel.correction
    w.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, typed)
    qtbot.waitUntil(lambda: getattr(ReviewLog(db).review(ident), field) == typed, timeout=5000)
    _write(db, ident, **{field: theirs})
    qtbot.waitUntil(w.panel.conflict.isVisible, timeout=5000)
    assert theirs.splitlines()[0] in w.messages.text()  # said where it is seen
    return ident, box


@pytest.mark.parametrize("field", ["note", "correction"])
def test_typing_on_in_the_middle_keeps_both_and_the_cursor_in_place(hostile, qtbot, field):
    w, db = hostile
    theirs = "Desk 🙂: the toll is four\nper the fire service"  # two lines, a wide character
    ident, box = _in_box_with_a_conflict(w, db, qtbot, field, "Checked the figure", theirs)
    cursor = box.textCursor()
    cursor.setPosition(len("Checked"))
    box.setTextCursor(cursor)
    qtbot.keyClicks(box, " again")
    both = f"{theirs}\n\nChecked again the figure"
    qtbot.waitUntil(lambda: getattr(ReviewLog(db).review(ident), field) == both, timeout=5000)
    assert box.toPlainText() == both  # the box shows what was saved
    qtbot.keyClicks(box, ",")  # the next key lands where the editor was typing
    assert box.toPlainText() == f"{theirs}\n\nChecked again, the figure"
    assert not w.panel.conflict.isVisible()
    assert "the log has" not in w.messages.text()  # the stale warning went
    qtbot.waitUntil(
        lambda: getattr(ReviewLog(db).review(ident), field).endswith("again, the figure"),
        timeout=5000,
    )
    assert theirs in getattr(ReviewLog(db).review(ident), field)  # never saved over


def test_the_warning_goes_when_the_log_holds_the_typing_again(hostile, qtbot):
    w, db = hostile
    ident, box = _in_box_with_a_conflict(w, db, qtbot, "note", "mine", "theirs")
    _write(db, ident, note="mine")  # the colleague took theirs back
    qtbot.waitUntil(lambda: not w.panel.conflict.isVisible(), timeout=5000)
    assert "the log has" not in w.messages.text()
    qtbot.keyClicks(box, "!")  # no conflict left: an ordinary edit
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == "mine!", timeout=5000)


def test_a_third_writer_while_both_are_saved_is_refused_not_lost(hostile, qtbot):
    w, db = hostile
    ident, box = _in_box_with_a_conflict(w, db, qtbot, "note", "mine", "theirs")
    # the log changes again between the warning and the typing: the panel has
    # not seen it yet, so keeping both against "theirs" is refused, and said
    w.panel._conflicts["note"] = w.panel._base["note"] = "an older text"
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.insertPlainText("!")
    w.panel._commit("note")  # at once: the periodic look for writers must not come first
    assert "not saved" in w.messages.text()
    assert ReviewLog(db).review(ident).note == "theirs"
    assert "mine!" in box.toPlainText()  # the typing is still there
    assert w.panel.conflict.isVisible()
    w.close()  # moving on keeps both
    assert ReviewLog(db).review(ident).note.startswith("theirs\n\n")
    assert ReviewLog(db).review(ident).note.endswith("mine!")


@pytest.mark.parametrize(
    ("theirs", "mine", "kept"),
    [
        ("desk", "mine", "desk\n\nmine"),
        ("", "mine", "mine"),  # nothing of theirs to keep
        ("  \n", "mine", "mine"),
        ("desk", "desk\n\nmine", "desk\n\nmine"),  # already holds theirs: not twice
    ],
)
def test_joined_keeps_theirs_first_once(theirs, mine, kept):
    assert other_writer.joined(theirs, mine) == kept


def test_only_the_warnings_of_settled_fields_are_stale():
    messages = [
        other_writer.warning("note", "CLI note D", False),
        "Your correction was not saved: it was changed elsewhere to 'x'",
        "Report written to r.md",
    ]
    assert other_writer.stale_warnings(messages, {"correction"}) == messages[:1]
    assert other_writer.stale_warnings(messages, set()) == messages[:2]
    assert other_writer.stale_warnings(messages, {"note", "correction"}) == []
