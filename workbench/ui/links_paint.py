"""Drawing the links between columns.

A gutter between two neighbouring columns draws a band from each claim on
the left to the claim on the right that states the same thing; it asks both
columns where those claims are on screen and draws only the visible ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QWidget

from .states import state_style


class Column(Protocol):
    """What the painters ask of a column (``columns.ArticleColumn``; named
    by its shape so that this module does not import the one that uses it)."""

    text: Any
    outlet: Any
    scrolled: Any

    def span_y(self, start: int, end: int, target: QWidget) -> tuple[int, int]: ...

    def viewport_y(self, target: QWidget) -> tuple[int, int]: ...

    def mapTo(self, parent: QWidget, pos: QPoint) -> QPoint: ...

    def width(self) -> int: ...

    def parentWidget(self) -> QWidget: ...


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

    def __init__(self, left: Column, right: Column, parent: QWidget) -> None:
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


LEVEL_SLACK = 4  # px: ends this close are level (rounding of line positions)


@dataclass(frozen=True)
class Thread:
    """The selected finding's claim from one column that carries it to the
    next one that does (indices into the columns), through the columns
    between, which leave it out."""

    left: int
    right: int
    left_span: tuple[int, int]
    right_span: tuple[int, int]
    state: str


def _first_line(column: Column, span: tuple[int, int]) -> tuple[int, int]:
    """A value's first line (strip coordinates): a value over several lines
    would make the band a wedge across the columns between."""
    top, bottom = column.span_y(*span, column.parentWidget())
    return top, min(bottom, top + column.text.fontMetrics().height() + 2)


class ThreadOverlay(QWidget):
    """Draws the selected finding's threads over the whole strip of columns.

    The claim is level in every column that carries it, so a thread is a
    straight band at the height of the value, crossing the gutters and the
    columns in between.
    It asks the columns where the values are at each paint. It writes nothing
    over the text: labels there covered words (the headers say which columns
    omit the claim; the bar above the columns names the far ends)."""

    def __init__(self, area, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.dark = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _ends(self, thread: Thread) -> tuple[float, float, tuple[int, int], tuple[int, int]]:
        """x where the band leaves the left column and reaches the right one,
        and its top and bottom there (strip coordinates)."""
        columns = self.area.columns
        left, right = columns[thread.left], columns[thread.right]
        lview, rtext = left.text.viewport(), right.text
        x0 = lview.mapTo(self.parentWidget(), QPoint(lview.width(), 0)).x()
        x1 = rtext.mapTo(self.parentWidget(), QPoint(0, 0)).x()
        return x0, x1, _first_line(left, thread.left_span), _first_line(right, thread.right_span)

    def _crossing(self, thread: Thread) -> bool:
        """May this thread be drawn? Across the columns between its ends only
        while both ends are level: once a column is scrolled on its own, a
        band from one height to another would slash across their text."""
        if thread.right - thread.left <= 1:
            return True  # a gutter only, like any curve
        _, _, (lt, _), (rt, _) = self._ends(thread)
        return abs(lt - rt) <= LEVEL_SLACK

    def band_over(self, column: Column) -> tuple[int, int] | None:
        """The band's top and bottom at the middle of a column it crosses."""
        columns = self.area.columns
        if column not in columns:
            return None
        index = columns.index(column)
        for thread in self.area.threads:
            if thread.left < index < thread.right and self._crossing(thread):
                x0, x1, (lt, lb), (rt, rb) = self._ends(thread)
                x = column.mapTo(self.parentWidget(), QPoint(column.width() // 2, 0)).x()
                f = (x - x0) / max(x1 - x0, 1)
                return round(lt + (rt - lt) * f), round(lb + (rb - lb) * f)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        threads = [
            t for t in self.area.threads if t.right < len(self.area.columns) and self._crossing(t)
        ]
        if not threads:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, bottom = self.area.columns[0].viewport_y(self)
        p.setClipRect(QRect(0, top, self.width(), bottom - top))
        for thread in threads:
            style = state_style(thread.state, self.dark)
            x0, x1, (lt, lb), (rt, rb) = self._ends(thread)
            path = QPainterPath(QPoint(round(x0), lt))
            path.lineTo(x1, rt)
            path.lineTo(x1, rb)
            path.lineTo(x0, lb)
            path.closeSubpath()
            fill = QColor(style.color)
            fill.setAlpha(70)
            p.save()
            p.setClipRegion(self._between_texts(thread), Qt.ClipOperation.IntersectClip)
            p.fillPath(path, fill)
            p.restore()
            pen = QPen(style.color, 1.5)
            if thread.state == "unresolved":
                pen.setStyle(Qt.PenStyle.DotLine)
            elif thread.state == "consistent":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(round(x0), lt, round(x1), rt)
            p.drawLine(round(x0), lb, round(x1), rb)
        p.end()

    def _between_texts(self, thread: Thread) -> QRegion:
        """Where the band may be tinted: everywhere but over the text of the
        columns it crosses, which state other claims and highlight other values
        (a fresh window trial saw the tint mix with them); there its two edges
        alone carry it."""
        region = QRegion(self.rect())
        for column in self.area.columns[thread.left + 1 : thread.right]:
            view = column.text.viewport()
            strip = self.parentWidget()  # the overlay's parent holds the columns too
            corner = self.mapFrom(strip, view.mapTo(strip, QPoint(0, 0)))
            region -= QRegion(QRect(corner, view.size()))
        return region

    def edge_hints(self) -> list[str]:
        """Where threads leave the visible columns: the source they lead to."""
        return [f"{name} →" if right else f"← {name}" for name, _i, right in self.ends()]

    def ends(self) -> list[tuple[str, int, bool]]:
        """A thread that runs off the side of the view: the source at its other
        end (name, column index, to the right), so a partner ten columns away
        is not a mystery. Shown above the columns, never over the text."""
        left = self.area.horizontalScrollBar().value()
        right = left + self.area.viewport().width()
        # a column counts as beyond when any of it is out of view: trial 40's
        # version in a column cut at the right edge had its value off screen
        out = []
        columns = self.area.columns
        for thread in self.area.threads:
            if thread.right >= len(columns):
                continue
            for index in (thread.left, thread.right):
                a = columns[index].x()
                if a + columns[index].width() > right or a < left:
                    out.append((columns[index].outlet.text(), index, a >= left))
        return list(dict.fromkeys(out))  # a column ends two threads: named once
