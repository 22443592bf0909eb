"""Ctrl+Z in the Note or Correction box is the window's Undo.

Trial 35: Ctrl+3, a correction typed, then Ctrl+Z in the Correction box. The
box's own undo emptied it, the empty text was saved as the correction, and
the window's Undo and Redo could not bring the words back (the box's undo
was not a step of theirs). Every save of these boxes is already a step of
the window's undo stack (typing in a row merges into one), so the keys go
there: Undo puts back the text saved before, Redo the typed one, and both
stay in the log's history. The box keeps no undo of its own (its context
menu's Undo would be the same trap).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class WindowUndo(QObject):
    """Event filter for a text box: its undo and redo keys are not its own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() in keys and isinstance(event, QKeyEvent) and _undo_key(event):
            event.ignore()  # not overridden: the window's shortcut runs
            return True  # and never the box's own undo
        return super().eventFilter(watched, event)


def _undo_key(event: QKeyEvent) -> bool:
    return any(event.matches(key) for key in UNDO_KEYS)


def undo_is_the_windows(*boxes: QPlainTextEdit) -> WindowUndo:
    keeper = WindowUndo(boxes[0])
    for box in boxes:
        box.setUndoRedoEnabled(False)
        box.installEventFilter(keeper)
    return keeper
