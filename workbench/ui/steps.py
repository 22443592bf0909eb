"""What the last step said goes when the next step begins.

A user trial read a message about an earlier action after the next one had
finished: "Undone: Mark disputed" beside a finding just verified, "Added 5
articles; Ctrl+Z takes them out again" after a decision Ctrl+Z would now
take back, "You replaced root's decision … Ctrl+Z puts theirs back" once
Ctrl+Z had come to mean another step. Every step of the undo stack — a
decision, an undo, a redo, a link, articles added or removed — now begins by
taking back what the step before it said: the status bar's passing message
(not one on a state that still holds, ``say_while``, withdrawn when it stops
holding) and the message bar's notices that report a step done. What a step
says of itself, as it is taken or once it is written, stays its while. A
save of typing is no new step: the prompt to write a correction stays while
the editor writes it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow

from .undo import TEXT_EDIT_ID

# the window is typed as Qt's main window (with our undo stack, status bar and
# message bar): this module is imported by ui/window.py, never the reverse
MainWindow = QMainWindow


class StepStack(QUndoStack):
    """The window's undo stack, saying when one of the editor's steps begins."""

    stepping = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._macros = 0  # a step of several changes (one decision on many findings)

    def push(self, command: QUndoCommand) -> None:
        if not self._macros and command.id() != TEXT_EDIT_ID:
            self.stepping.emit()
        super().push(command)

    def undo(self) -> None:
        if self.canUndo():
            self.stepping.emit()
        super().undo()

    def redo(self) -> None:
        if self.canRedo():
            self.stepping.emit()
        super().redo()

    def beginMacro(self, text: str) -> None:
        if not self._macros:
            self.stepping.emit()
        self._macros += 1
        super().beginMacro(text)

    def endMacro(self) -> None:
        self._macros = max(0, self._macros - 1)
        super().endMacro()


def wire(window: MainWindow) -> None:
    window.undo_stack.stepping.connect(lambda: step_begins(window))


def step_begins(window: MainWindow) -> None:
    """Take back what the last step said (see the module's note)."""
    bar = window.statusBar()
    state, _holds = getattr(window, "_said_while", ("", None))
    if bar.currentMessage() and bar.whole_message() != state:
        bar.clearMessage()  # link mode's prompt is said again by its own watch
    window.messages.withdraw_steps()
