"""A finding marked "needs correction" with no correction written yet stays
selected, the keyboard in its Correction box.

Window42's trial at 1280×800 (ECB+ 28): with *Go to next open one after
deciding* on, "Needs correction" moved the panel to the next finding at
once; the correction the decision asks for had to be typed after going back,
and typed at once it would have gone into the next finding's box. A finding
that already has its correction, a decision on several findings, and every
other status move on as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor

from ..store.reviews import SETTLED
from .states import STATUS_LABELS

MainWindow = Any  # the window (its panel, actions, status bar); not imported: it imports us

NEEDS = "needs-correction"
EMPTIED = "The correction is empty now: Redo (Ctrl+Shift+Z) brings back “{}”"


def wanted(window: MainWindow, status: str, chosen: int) -> bool:
    """Whether this decision asks for a correction still to be written."""
    return status == NEEDS and chosen <= 1 and not window.panel.correction.toPlainText().strip()


def say(window: MainWindow, text: str, timeout: int) -> None:
    """A hint about the finding in the panel: it goes when another is selected."""
    window.statusBar().show_about(text, window.panel.ident, timeout)


def ask(window: MainWindow) -> None:
    box = window.panel.correction
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    window.panel.ensureWidgetVisible(box)
    shortcut = window.actions_by_name["next_open"].shortcut()
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    say(
        window,
        "Needs correction: write the correction as it should read (saved as you type), "
        f"then go on with Next open ({keys})",
        10000,
    )


def wire(window: MainWindow) -> None:
    window.panel.article.typingHeld.connect(lambda held: held_said(window, held))
    window.panel.articleAnswered.connect(lambda held: answered(window, held))
    window.panel.heldDropped.connect(lambda held: dropped(window, held))


def unasked(window: MainWindow) -> None:
    """Another decision ends the question; typing held for it is said, not kept."""
    if held := window.panel.article.stop():
        dropped(window, held)


def dropped(window: MainWindow, held: str) -> None:
    """The question ended with no article picked: the words typed meanwhile
    had no correction to go to; they are shown, to copy, never lost unsaid."""
    window.messages.show_message(
        f"Not saved (no article to correct was chosen): “{held}” — select the text to copy it",
        False,
    )


def held_said(window: MainWindow, held: str) -> None:
    """Typing while the article is asked for is kept, and the editor sees it."""
    shown = held if len(held) <= 60 else "…" + held[-59:]
    say(
        window,
        f"Choose the article to correct first (↓ opens the list, Enter picks); your typing "
        f"“{shown}” is kept and goes into the Correction box",
        15000,
    )


def answered(window: MainWindow, held: str) -> None:
    """The article asked for was picked (and decided with it): what was typed
    meanwhile goes into the Correction box, saved there, the keyboard after it."""
    box = window.panel.correction
    if held:
        text = box.toPlainText()
        box.setPlainText(f"{text} {held}".strip() if text.strip() else held)
        box.moveCursor(QTextCursor.MoveOperation.End)
    ask(window)
    # picked in the open list: closing it gives the keyboard back to the combo
    # box afterwards (seen under Xvfb), where the next keys would search it again
    QTimer.singleShot(0, lambda: box.setFocus(Qt.FocusReason.OtherFocusReason))


def stepping(window: MainWindow, done: str, text: str, step: Callable[[], None]) -> None:
    """Undo or Redo (the window's ``_step``), saying when it empties the
    correction a "needs correction" asks for, and unsaying it once it is back."""
    was = window.panel.correction.toPlainText()
    window._step(done, text, step)
    say_if_emptied(window, was)
    refilled(window)


def say_if_emptied(window: MainWindow, was: str) -> None:
    """An Undo that empties the correction a "needs correction" asks for is
    said, with the words and the way back (trial 35: an emptied correction
    was saved as the decision's without a word)."""
    ident = window.panel.ident
    fields = window.session.review_fields(ident) if ident else {}
    if not was.strip() or fields.get("status") != NEEDS or (fields.get("correction") or "").strip():
        return
    shown = was if len(was) <= 60 else was[:59] + "…"
    window.emptied_said = EMPTIED.format(shown)
    window.messages.show_message(window.emptied_said, False)


def refilled(window: MainWindow) -> None:
    """The emptied correction is back (Redo): the notice goes."""
    said = getattr(window, "emptied_said", "")
    if said and window.panel.correction.toPlainText().strip():
        window.messages.withdraw(said)
        window.emptied_said = ""


def on_settled(
    window: MainWindow, ident: str, fields: dict[str, Any], text: str
) -> tuple[dict[str, Any], str, str]:
    """An article chosen in "Correct in" on a verified or dismissed finding,
    outside the question: an article to correct belongs to "needs
    correction" only, so the choice marks it so, one undo step with the
    article (the editor's trial saved "verified … article: X"). Returns the
    fields and the step's text to write, and the line that says so ("" when
    the choice is no such case)."""
    if set(fields) != {"article"} or not fields["article"]:
        return fields, text, ""
    was = window.session.review_fields(ident).get("status", "open")
    if was not in SETTLED:
        return fields, text, ""
    label = STATUS_LABELS[was]
    said = (
        f"Choosing an article to correct marked this finding {STATUS_LABELS[NEEDS]} (it was "
        f"{label}; Ctrl+Z puts {label} back): write the correction as it should read"
    )
    return {"status": NEEDS, "article": fields["article"]}, f"Mark {STATUS_LABELS[NEEDS]}", said


def settled_said(window: MainWindow, said: str) -> None:
    """The line ``on_settled`` wrote, and the keyboard in the Correction box
    when no correction is written yet (as a "needs correction" asks)."""
    say(window, said, 15000)
    box = window.panel.correction
    if not box.toPlainText().strip():
        QTimer.singleShot(0, lambda: box.setFocus(Qt.FocusReason.OtherFocusReason))
