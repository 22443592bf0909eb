"""Keyboard focus comes back to the window when a dialog of its closes.

An editor's trial found Ctrl+1 (and every list shortcut) dead after the
reviewer-name prompt until the list was clicked: when the prompt closed, the
desktop gave the keyboard to nothing (X reverts the focus of a closed window to
the screen's root; a window manager that does not reactivate the parent does
the same), so the window was not active and its shortcuts, which need an
active window, never fired. The same holds for every prompt — the file
dialogs, the questions, Help, About — so it is handled once, here, for any
window of ours that closes, not at each call site.

The rule: when a dialog of the window has had the keyboard and closes, and the
keyboard went to nothing or back to the window, the window is activated again
and the widget the editor was in before the dialog opened gets the focus back
(the list of findings, when that widget is gone, hidden or disabled). Another
application taking the keyboard while a dialog is still open is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


class FocusReturn(QObject):
    """Watches the application's focus window on behalf of ``window``.

    ``fallback``: where the keyboard goes when the widget the editor was in
    can no longer take it (the findings list)."""

    def __init__(self, window: QWidget, fallback: Callable[[], QWidget]) -> None:
        super().__init__(window)
        self.window, self.fallback = window, fallback
        self._was: QWidget | None = None  # the editor's widget when a dialog took the keyboard
        self._watching: list[QWindow] = []  # dialogs of ours that had the keyboard, still up
        self._closing = False  # one of them closed: the keyboard comes back once settled
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window_changed)

    def _ours(self, handle: QWindow | None) -> bool:
        """A window other than the main one, opened over it (a dialog, Help)."""
        if handle is None or not isValid(handle):
            return False
        main = self.window.windowHandle()
        return main is not None and handle != main and handle.transientParent() == main

    def _focus_window_changed(self, now: QWindow | None) -> None:
        """A dialog of ours has the keyboard: remember where the editor was
        (for the first of a chain: a question asked over a file dialog) and
        watch for it to close. Its closing gives no focus change that can be
        relied on (a dialog deleted as it closes leaves none at all)."""
        if not self._ours(now):
            return
        if not self._watching:
            inside = self.window.focusWidget()
            self._was = inside if inside is not None and isValid(inside) else None
        if now not in self._watching:
            self._watching.append(now)
            now.visibleChanged.connect(self._dialog_shown_or_hidden)
            now.destroyed.connect(self._dialog_gone)  # a static question may only say this

    def _dialog_gone(self, _window: object = None) -> None:
        self._dialog_shown_or_hidden(False)

    def _dialog_shown_or_hidden(self, visible: bool) -> None:
        if not isValid(self):  # the window is going: nothing to give the keys back to
            return
        if not visible and not self._closing:  # once Qt has settled who has the keys
            self._closing = True
            QTimer.singleShot(0, self, self._after_close)

    def _after_close(self) -> None:
        self._closing = False
        self._watching = [w for w in self._watching if isValid(w) and w.isVisible()]
        if self._watching:
            return  # another dialog of ours is still up: it has the keyboard
        self.restore()

    def restore(self) -> None:
        """The window active again, the keyboard where the editor was."""
        if not self.window.isVisible():
            return
        if QGuiApplication.focusWindow() is not self.window.windowHandle():
            self.window.activateWindow()
        target = self._was if self._takes_keys(self._was) else self.fallback()
        self._was = None
        if self._takes_keys(target):
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _takes_keys(self, widget: QWidget | None) -> bool:
        return (
            widget is not None
            and isValid(widget)
            and widget.window() is self.window
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        )
