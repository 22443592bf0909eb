"""A label that shows its text in at most a few lines, elided to the width
it has, with the whole text in its tooltip: column headers keep one height,
so the texts below them start level and a claim levelled in two columns is
level on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget

from .plaintext import plain_label, plain_tooltip


class ElidedLabel(QLabel):
    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.lines = lines
        self.full = ""
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self.full = " ".join(text.split())
        self.setToolTip(plain_tooltip(self.full) if self.full else "")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The first lines as they wrap; the last one elided."""
        width = max(self.width(), 40)
        layout = QTextLayout(self.full, self.font())
        layout.beginLayout()
        shown: list[str] = []
        while len(shown) < self.lines - 1:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            shown.append(self.full[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        rest = self.full[sum(len(s) for s in shown) :]
        if rest:
            elided = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
            shown.append(elided)
        super().setText("\n".join(s.rstrip() for s in shown))
