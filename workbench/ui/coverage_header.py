"""The coverage matrix's header: source names written upwards over their
narrow columns, kept to a third of a short matrix.

A source's section is painted without the style's sort arrow, which sits at
a header's middle (a user trial saw it drawn across every rotated name: the
matrix in the articles' order sorts by no column, section -1, and painting
the frame as section -1 took every source column for the sorted one). The
column it is sorted by has its arrow at the section's foot, under the
name's start: no name is cut shorter for it, and the header keeps its
height (a third of a short matrix, trial 31)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

ARROW = 12  # the sort arrow's square under the sorted source's name
NAME_FOOT = 18  # the name starts this far above the section's foot


class SourceHeader(QHeaderView):
    """Source names written upwards over their narrow columns, as in a matrix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def _is_source(self, section: int) -> bool:
        model = self.model()
        return isinstance(model, QSortFilterProxyModel) and bool(
            model.sourceModel().article_at(section)
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        names = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount() if model else 0)
            if self._is_source(c)
        ]
        longest = max((self.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        # at most a third of a short matrix: names are cut from the left
        # (their distinct ends stay) before claim rows are (trial 31: a
        # 120-pixel header left four or five claims in view)
        view = self.parentWidget()
        room = max(hint.height() + 75, view.height() // 3) if view is not None else 120
        return QSize(hint.width(), max(hint.height(), min(longest + 26, 120, room)))

    def sorted_by(self, section: int) -> bool:
        """The matrix is sorted by this column (-1, the articles' order, is none)."""
        return (
            section >= 0 and self.isSortIndicatorShown() and self.sortIndicatorSection() == section
        )

    def arrow_rect(self, rect: QRect) -> QRect:
        """Where a sorted source's arrow goes: the section's foot, in the
        margin under the name, which is written upwards from ``NAME_FOOT``."""
        left = rect.left() + (rect.width() - ARROW) // 2
        return QRect(left, rect.bottom() - NAME_FOOT + 3, ARROW, ARROW)

    def name_room(self, rect: QRect) -> int:
        """The length the upward name may take."""
        return rect.height() - 22

    def frame_option(self, rect: QRect, section: int) -> QStyleOptionHeader:
        """The section's frame as the style draws it, with no text and no arrow."""
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, section)  # its place, pressed, hovered
        option.rect = rect
        option.text = ""
        option.sortIndicator = QStyleOptionHeader.SortIndicator.None_
        return option

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not self._is_source(section):
            super().paintSection(painter, rect, section)
            return
        painter.save()
        self.style().drawControl(
            QStyle.ControlElement.CE_Header, self.frame_option(rect, section), painter, self
        )
        if self.sorted_by(section):
            arrow = self.frame_option(self.arrow_rect(rect), section)
            ascending = self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            arrow.sortIndicator = (  # as QHeaderView maps them, the claim column's arrow too
                QStyleOptionHeader.SortIndicator.SortDown
                if ascending
                else QStyleOptionHeader.SortIndicator.SortUp
            )
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, self
            )
        name = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        painter.translate(rect.left() + rect.width() / 2 + 5, rect.bottom() - NAME_FOOT)
        painter.rotate(-90)
        painter.setPen(self.palette().windowText().color())
        text = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideLeft, self.name_room(rect))
        painter.drawText(0, 0, text)
        painter.restore()
