"""Drawing the links between columns.

A gutter between two neighbouring columns draws a band from each claim on
the left to the claim on the right that states the same thing; it asks both
columns where those claims are on screen and draws only the visible ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from .states import state_style

if TYPE_CHECKING:
    from .columns import ArticleColumn

GUTTER = 44


@dataclass(frozen=True)
class Link:
    """Two aligned claims in neighbouring columns (offsets into each text)."""

    left: tuple[int, int]
    right: tuple[int, int]
    state: str  # the worst state of its discrepancies, or "aligned"
    selected: bool = False


class LinkGutter(QWidget):
    """Bands linking aligned claims of the columns on either side."""

    def __init__(self, left: ArticleColumn, right: ArticleColumn, parent: QWidget) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.links: list[Link] = []
        self.dark = False
        self.setFixedWidth(GUTTER)
        left.scrolled.connect(self.update)
        right.scrolled.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(GUTTER, 100)

    def visible_links(self) -> list[Link]:
        lf, ll = self.left.text.visible_range()
        rf, rl = self.right.text.visible_range()
        return [
            link
            for link in self.links
            if (link.left[1] >= lf and link.left[0] <= ll)
            or (link.right[1] >= rf and link.right[0] <= rl)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.links:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, bottom = self.left.viewport_y(self)
        p.setClipRect(QRect(0, top, self.width(), bottom - top))
        w = self.width()
        for link in sorted(self.visible_links(), key=lambda k: (k.selected, k.state != "aligned")):
            lt, lb = self.left.span_y(*link.left, self)
            rt, rb = self.right.span_y(*link.right, self)
            style = state_style(link.state, self.dark)
            path = QPainterPath(QPoint(0, lt))
            path.cubicTo(w / 2, lt, w / 2, rt, w, rt)
            path.lineTo(w, rb)
            path.cubicTo(w / 2, rb, w / 2, lb, 0, lb)
            path.closeSubpath()
            fill = QColor(style.color)
            fill.setAlpha(90 if link.selected else (22 if link.state == "aligned" else 45))
            edge = QColor(style.color)
            edge.setAlpha(255 if link.selected else 150)
            p.fillPath(path, fill)
            pen = QPen(edge, 2.0 if link.selected else 1.0)
            if link.state == "unresolved":
                pen.setStyle(Qt.PenStyle.DotLine)
            elif link.state == "consistent":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawPath(path)
        p.end()
