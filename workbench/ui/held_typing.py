"""Typing while the window asks which article to correct is held, not lost.

Trial 35: on a finding where no version stands out, Ctrl+3 put the keyboard
in "Correct in" and asked for the article first. The editor typed the
correction at once; a closed combo box takes letters as a search of its
choices, so the words went nowhere and a digit in them ("US$5.4-billion")
chose an article, saved under the finding's old status ("verified, article:
43_4ecb"). While the window asks, the box holds printable keys instead (the
Correction box gets them once the article is picked), the arrow keys and
Enter open its list rather than choosing the neighbouring article unseen,
and a pick is the decision asked for: "needs correction", that article.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from .combo import FocusedWheelComboBox

OPENS_LIST = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
NOT_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def typed(event: QKeyEvent) -> str:
    """The text a key types ("" for a shortcut, an arrow, Enter or Tab)."""
    text = event.text()
    if event.modifiers() & NOT_TYPING or not text or not text.isprintable():
        return ""
    return text


class ArticleAsked(FocusedWheelComboBox):
    """'Correct in', which can be asked for an article before a decision.

    ``typingHeld`` carries everything typed since the question (the window
    shows it, so the editor sees the words are kept and where they go)."""

    typingHeld = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.asking = False
        self.held = ""
        self.view().installEventFilter(self)  # keys while the list is open

    def ask(self) -> None:
        self.asking, self.held = True, ""

    def stop(self) -> str:
        """No longer asking: what was typed meanwhile."""
        held, self.asking, self.held = self.held, False, ""
        return held

    def _hold(self, event: QKeyEvent) -> bool:
        if not self.asking:
            return False
        if event.key() == Qt.Key.Key_Backspace and self.held:
            self.held = self.held[:-1]
        elif text := typed(event):
            self.held += text
        else:
            return False
        self.typingHeld.emit(self.held)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._hold(event):
            return
        if self.asking and event.key() in OPENS_LIST and not event.modifiers() & NOT_TYPING:
            self.showPopup()  # the neighbouring article is never chosen unseen
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = watched is self.view() and event.type() == QEvent.Type.KeyPress
        if pressed and isinstance(event, QKeyEvent) and self._hold(event):
            return True
        return super().eventFilter(watched, event)
