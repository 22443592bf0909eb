"""Trial 35, (b) 4 case (b): Ctrl+3, a correction typed, Ctrl+Z in the
Correction box. The box's own undo emptied it, the empty correction was
saved, and the window's Undo/Redo could not bring the words back. Ctrl+Z
there is now the window's Undo: one step back to the text saved before,
and Redo brings the typing back."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from PySide6.QtCore import Qt
from test_window import make_window, wait_analysis

NEEDS = "needs-correction"


def _decided(qtbot, tmp_path):
    """Needs correction on a finding with a default article: the keyboard in Correction."""
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    (quote,) = [r for r in w.session.rows if r.kind == "quote"]
    ident = quote.id
    assert w.select(ident)
    w.panel.article.setCurrentIndex(1)  # the article to correct, then the decision
    w.act_needs_correction()
    qtbot.waitUntil(lambda: w.session.review_fields(ident).get("status") == NEEDS)
    return w, ident


@pytest.mark.parametrize(
    ("field", "first", "then"),
    [
        ("correction", "", "for about US$5.4-billion"),
        ("correction", "Nvidia", " Corp."),  # a saved text, then more typing
        ("note", "", "checked with the desk, 3 sources"),
    ],
)
def test_ctrl_z_in_a_text_box_is_the_windows_undo(qtbot, tmp_path, field, first, then):
    w, ident = _decided(qtbot, tmp_path)
    box = getattr(w.panel, field)
    box.setFocus()
    if first:
        qtbot.keyClicks(box, first)
        w.panel.commit_pending()
        other = w.panel.note if box is w.panel.correction else w.panel.correction
        qtbot.keyClicks(other, "x")  # another field's save in between: its own step
        w.panel.commit_pending()
        box.setFocus()
        box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, then)
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved = w.session.review_fields(ident).get(field, "")
    # never the box's own undo: what shows is what the log holds, the typing not lost
    assert box.toPlainText() == saved
    assert saved == first  # one step back: the text saved before the typing
    if field == "correction" and not first:  # emptied: said, with the words
        assert then in w.messages.text() and "empty" in w.messages.text()
    qtbot.keyClick(
        box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert w.session.review_fields(ident).get(field) == first + then
    assert box.toPlainText() == first + then
    assert "empty now" not in w.messages.text()  # back: the notice went with it
    assert w.session.review_fields(ident).get("status") == NEEDS
