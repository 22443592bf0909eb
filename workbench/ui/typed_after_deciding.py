"""Typing after a keyboard decision is the decision's note, not lost (trial 50).

A decision by Ctrl+1..4 moves on to the next open finding (the keys' order is
note first, then decide). Trial 50 did it the other way round, as editors do:
Ctrl+2 on a finding, then typed why. The keyboard was in the list, whose
type-ahead search took the letters; the words went nowhere, silently.

So after a keyboard decision, the first printable key typed where it types
nothing (the list, a column: no text box has the keyboard) goes back to the
finding just decided (shown selected; a filter hiding it is cleared, as any
select does), into its Note, at the end, and the status bar says where the
words went. Typing in a text box is left where the editor put it (note first,
then decide, then the next finding's note is the keys' own order). Any other
key (an arrow, Tab, a shortcut) or a mouse press means the editor has moved
on, and the next letters are theirs to place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .held_typing import typed

K = Qt.Key
MODIFIERS = {K.Key_Shift, K.Key_Control, K.Key_Meta, K.Key_Alt, K.Key_AltGr}


def takes_typing(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a box the keys type into."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class TypedAfterDeciding(QObject):
    """Watches the keys after a keyboard decision of ``window``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ident = ""
        self.label = ""
        QApplication.instance().installEventFilter(self)

    def decided(self, ident: str, label: str = "") -> None:
        """A decision by the keys was made on ``ident`` ("": one that takes
        no typed note, as Ctrl+3 asking for the article first)."""
        self.ident, self.label = ident, label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.ident:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Shortcut):
            # a click places what comes next; a shortcut (Alt+Shift+Down, another
            # decision, which arms again once taken) reaches its action, no widget
            self.ident = ""
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # the widget the key reaches (its window's own delivery comes first, and is no widget)
            if not isinstance(watched, QWidget) or watched.window() is not self.window:
                return False
            if event.key() in MODIFIERS:
                return False
            text = typed(event)
            if text and not takes_typing(watched):
                return self._to_note(text)
            self.ident = ""  # typed into a box, or moved on: the editor's own way
        return False

    def _to_note(self, text: str) -> bool:
        ident, self.ident = self.ident, ""
        window = self.window
        if ident != window._selected and not window.select(ident):
            return False  # gone from the analysis: the keys go where they went
        note = window.panel.note
        window.panel.ensureWidgetVisible(note)
        note.setFocus()
        cursor = note.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        before = note.toPlainText()
        cursor.insertText((" " if before and not before[-1].isspace() else "") + text)
        note.setTextCursor(cursor)
        keys = window.actions_by_name["next_open"].shortcut().toString()
        window.statusBar().showMessage(
            f"Typing goes to the note of the finding you marked {self.label}; "
            f"{keys} for the next open finding",
            10000,
        )
        return True
