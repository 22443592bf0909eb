"""Trial 35, (b) 4: typed corrections lost in the window.

(a) On a finding where no version stands out, Ctrl+3 asks which article to
correct first. The editor typed the correction at once: the words went
nowhere, a digit in them chose an article, and the log read "verified,
article: …" — a decision never asked for. (b) Ctrl+Z in the Correction box
emptied it with the box's own undo, the empty text was saved, and the
window's Undo/Redo could not bring the words back.
"""

from __future__ import annotations

import pytest
from conftest import SEEDS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_window import make_window, wait_analysis

NEEDS = "needs-correction"


def _tie(qtbot, tmp_path, before: str):
    """A window on the seeds, the one-against-one quote selected, decided ``before``."""
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    (quote,) = [r for r in w.session.rows if r.kind == "quote"]
    assert w.select(quote.id)
    if before != "open":
        w.set_status(before)
        qtbot.waitUntil(lambda: w.session.review_fields(quote.id).get("status") == before)
        assert w.select(quote.id)
    return w, quote.id


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
@pytest.mark.parametrize(
    ("before", "typed"),
    [
        ("verified", "for about US$5.4-billion"),  # the trial's words, a digit in them
        ("open", "1 2 3 4 nvidia"),  # digits and letters an article's label starts with
        ("dismissed", "Says 43 jobs, not 34"),
    ],
)
def test_typing_while_the_article_is_asked_is_kept_and_the_pick_decides(
    qtbot, tmp_path, before, typed
):
    w, ident = _tie(qtbot, tmp_path, before)
    w.act_needs_correction()  # no version stands out: asks for the article
    box = w.panel.article
    assert QApplication.focusWidget() in (box, box.view())  # its list opens (trial 48)
    qtbot.keyClicks(box, typed)
    # nothing chosen behind the editor's back, nor saved under the old status
    assert box.currentData() == ""
    assert w.session.review_fields(ident).get("article", "") == ""
    assert w.session.review_fields(ident).get("status", "open") == before
    # ... and the editor sees the words are kept
    assert typed in w.statusBar().whole_message()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # opens the list; chooses nothing yet
    assert box.currentData() == ""
    box.hidePopup()
    box.setCurrentIndex(2)  # the pick
    chosen = box.currentData()
    assert chosen
    fields = w.session.review_fields(ident)
    assert fields.get("status") == NEEDS and fields.get("article") == chosen
    # the typing went into the Correction box, and is saved there
    assert w.panel.correction.toPlainText() == typed
    assert QApplication.focusWidget() is w.panel.correction
    w.panel.commit_pending()
    assert w.session.review_fields(ident).get("correction") == typed
    # one step back takes the decision back whole: the old status, no article
    w.panel.commit_pending()
    w.act_undo()  # the correction's save
    w.act_undo()  # the decision
    fields = w.session.review_fields(ident)
    assert fields.get("status", "open") == before and not fields.get("article")


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
def test_backspace_while_asked_takes_back_held_typing(qtbot, tmp_path):
    w, _ident = _tie(qtbot, tmp_path, "open")
    w.act_needs_correction()
    qtbot.keyClicks(w.panel.article, "US$5.5")
    qtbot.keyClick(w.panel.article, Qt.Key.Key_Backspace)
    qtbot.keyClicks(w.panel.article, "4")
    w.panel.article.setCurrentIndex(1)
    assert w.panel.correction.toPlainText() == "US$5.4"


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
def test_deciding_otherwise_ends_the_question(qtbot, tmp_path):
    """Asked, then Ctrl+1: a later choice of article is only that, not a decision."""
    w, ident = _tie(qtbot, tmp_path, "open")
    w.act_needs_correction()
    w.set_status("verified")
    w.panel.article.setCurrentIndex(1)
    assert w.session.review_fields(ident).get("status") == "verified"


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
def test_a_pick_in_the_open_list_leaves_the_keyboard_in_correction(qtbot, tmp_path):
    """Under Xvfb the list, closing after Enter, gave the keyboard back to
    'Correct in': the next keys would have searched its choices again."""
    w, ident = _tie(qtbot, tmp_path, "verified")
    w.act_needs_correction()
    box = w.panel.article
    qtbot.keyClicks(box, "US$5.4")
    qtbot.keyClick(box, Qt.Key.Key_Down)  # opens the list
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.panel.correction)
    qtbot.keyClicks(w.panel.correction, "-billion")
    w.panel.commit_pending()
    fields = w.session.review_fields(ident)
    assert fields.get("status") == NEEDS and fields.get("article")
    assert fields.get("correction") == "US$5.4-billion"


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
@pytest.mark.parametrize("leave", ["another finding", "another decision"])
def test_typing_held_for_a_question_left_unanswered_is_said(qtbot, tmp_path, leave):
    """Asked, typed, then moved on without picking: the words had no
    correction to go to; the window shows them rather than dropping them."""
    w, ident = _tie(qtbot, tmp_path, "open")
    w.act_needs_correction()
    qtbot.keyClicks(w.panel.article, "Says 5.4bn")
    if leave == "another finding":
        other = next(r.id for r in w.session.rows if r.id != ident)
        assert w.select(other)
    else:
        w.set_status("disputed")
    said = [t for t, _e in w.messages.messages if "Says 5.4bn" in t]  # up, maybe under others
    assert said and "not saved" in said[0].lower()
    assert not w.panel.article.asking
