"""A column's header line naming the selected finding there, as a link to
the sentence it names (``jump.py`` does the going)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from .plaintext import plain_label


class JumpBadge(QLabel):
    """A column's line naming the selected finding there; a click on it goes
    to the sentence it names (its place of the finding)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)

    def set_leads(self, leads: bool) -> None:
        """A pointing hand where a click goes somewhere; none over "omits"."""
        self.setProperty("leads", leads)
        if leads:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.property("leads"):
            self.clicked.emit()
