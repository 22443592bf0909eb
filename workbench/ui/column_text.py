"""An article's text in a column: read-only, with its flagged values marked
(colour plus an underline style and a margin marker per state) and room
below its last line (and above its first when needed), so any sentence can
be brought level with another column's (a claim near the end or the start
of one article can sit beside a claim in the middle of another)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from .states import state_style

MARGIN = 18  # px for state markers left of the text
LINKED = QColor(70, 130, 220)  # the bar beside a sentence linked by hand (and link mode)


@dataclass(frozen=True)
class Mark:
    """A highlighted value in a column: offsets into the article text."""

    start: int
    end: int
    state: str
    selected: bool = False


class ColumnText(QTextEdit):
    """Read-only article text; a click reports the character under the mouse."""

    clicked = Signal(int)
    pushed = Signal(int)  # pixels a wheel asked for past the end of the text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setViewportMargins(MARGIN, 0, 0, 0)
        self.marks: list[Mark] = []
        self.alone = False  # scrolling now moves this column only (Alt+wheel)
        self.linked: list[tuple[int, int]] = []  # sentences an editor linked by hand
        self.margin = _Margin(self)
        # The markers stand beside their lines: they move when the text scrolls
        # or reflows (they stayed put and ended beside unflagged sentences).
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self.document().documentLayout().documentSizeChanged.connect(self.margin.update)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Alt+wheel scrolls this column alone (the others stay where they are)."""
        bar = self.verticalScrollBar()
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            before = bar.value()
            super().wheelEvent(event)
            steps = event.angleDelta().y() / 120
            if bar.value() == before and steps:
                # at its end: the columns in step move on, this one waits there
                lines = QApplication.wheelScrollLines()
                self.pushed.emit(-round(steps * lines * bar.singleStep()))
            return
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120  # Qt may turn Alt+wheel sideways
        self.alone = True
        try:
            bar.setValue(bar.value() - round(steps * 3 * bar.singleStep()))
        finally:
            self.alone = False
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        r = self.contentsRect()
        self.margin.setGeometry(QRect(r.left(), r.top(), MARGIN, r.height()))
        self.keep_tail()

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self.keep_tail()

    def keep_tail(self) -> None:
        """Room below the last line, nearly a screenful, so the last sentence
        can scroll up level with a sentence in the middle of another column."""
        room = max(0, self.viewport().height() - 2 * self.fontMetrics().height())
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.bottomMargin() - room) > 1:
            fmt.setBottomMargin(room)
            frame.setFrameFormat(fmt)

    def head(self) -> int:
        return round(self.document().rootFrame().frameFormat().topMargin())

    def set_head(self, room: int) -> None:
        """Room above the first line, so a claim in an article's first lines can
        come level with one in the middle of another column."""
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.topMargin() - room) > 1:
            fmt.setTopMargin(room)
            frame.setFrameFormat(fmt)

    def doc_top(self, start: int, end: int) -> int:
        """A span's top in the whole text (not the viewport)."""
        return self.span_rect(start, end)[0] + self.verticalScrollBar().value()

    def span_rect(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom of a span in viewport coordinates."""
        c = QTextCursor(self.document())
        c.setPosition(min(start, self.document().characterCount() - 1))
        top = self.cursorRect(c).top()
        c.setPosition(max(min(end, self.document().characterCount() - 1), 0))
        bottom = self.cursorRect(c).bottom()
        return top, max(bottom, top + 4)

    def visible_range(self) -> tuple[int, int]:
        vp = self.viewport().rect()
        first = self.cursorForPosition(vp.topLeft()).position()
        last = self.cursorForPosition(vp.bottomRight()).position()
        return first, last


class _Margin(QWidget):
    """Markers (✗ ? ≈ ✓) beside highlighted values: the cue that needs no colour."""

    def __init__(self, text: ColumnText) -> None:
        super().__init__(text)
        self.text = text
        self.dark = False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text.marks and not self.text.linked:
            return
        p = QPainter(self)
        first, last = self.text.visible_range()
        for start, end in self.text.linked:  # a bar beside a sentence linked by hand
            if end >= first and start <= last:
                top, bottom = self.text.span_rect(start, end)
                p.fillRect(QRect(MARGIN - 4, top, 3, bottom - top), LINKED)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        drawn: set[int] = set()
        for mark in self.text.marks:
            if mark.end < first or mark.start > last:
                continue
            top, _ = self.text.span_rect(mark.start, mark.start)
            if top in drawn:
                continue
            drawn.add(top)
            style = state_style(mark.state, self.dark)
            p.setPen(style.color)
            line = self.text.fontMetrics().height()
            p.drawText(QRect(0, top, MARGIN, line), Qt.AlignmentFlag.AlignCenter, style.marker)
        p.end()
