"""The window's message bar: errors and notices, never modal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from .plaintext import plain_label

SHOWN = 2  # messages shown at once; the earlier ones are counted, and in the tooltip
# a notice (not an error) goes by itself after this long: trial 25 found notices
# ("changed on disk …") still standing long after
NOTICE_MS = 45_000


class MessageBar(QFrame):
    """Errors and notices inside the window; never modal, never lost.

    Several messages in a row stack up (newest first) until dismissed (its
    ✕, or Esc where no other part of the window claims the key). It takes
    its own row in the layout, under the columns and the list: it never lies
    over text the editor reads (trial 26: floating over the columns it hid
    the article text until its ✕ was clicked, and Esc did nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # messages quote file names and article text: plain text
        self.label = plain_label(QLabel())
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[tuple[str, bool]] = []
        self.hide()

    def show_message(self, text: str, error: bool = True) -> None:
        if self.messages and self.messages[0] == (text, error):
            return  # the same news twice in a row is said once
        self.messages = [m for m in self.messages if m[0] != text]  # said again: once, on top
        self.messages.insert(0, (text, error))
        del self.messages[8:]
        self._render()
        if not error:
            QTimer.singleShot(NOTICE_MS, self, lambda: self._expire(text))

    def _expire(self, text: str) -> None:
        """A notice's time is up (unless it was said again as an error)."""
        if (text, False) in self.messages:
            self.withdraw(text)

    def withdraw(self, text: str) -> None:
        """Take back one message whose news no longer holds (a date warning
        after the date was undone stayed up: fresh trial)."""
        kept = [m for m in self.messages if m[0] != text]
        if len(kept) != len(self.messages):
            self.messages = kept
            self._render()

    def _render(self) -> None:
        if not self.messages:
            self.hide()
            return
        error = any(e for _t, e in self.messages)
        self.setProperty("kind", "error" if error else "info")
        self.style().unpolish(self)  # the stylesheet keys on the property
        self.style().polish(self)
        # the newest few: a pile of every message of the session covered the
        # column headers and their date fields (fresh trial); the rest are counted
        shown = self.messages[:SHOWN]
        lines = [("⚠ " if e else "ℹ ") + t for t, e in shown]
        if len(self.messages) > SHOWN:
            lines.append(f"… and {len(self.messages) - SHOWN} earlier (✕ clears all)")
        self.label.setText("\n".join(lines))
        self.setToolTip("\n".join(("⚠ " if e else "ℹ ") + t for t, e in self.messages))
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.messages.clear()
        self._render()
