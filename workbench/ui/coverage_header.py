"""The coverage matrix's header: source names written upwards over their
narrow columns, kept to a third of a short matrix."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QWidget


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

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not self._is_source(section):
            super().paintSection(painter, rect, section)
            return
        painter.save()
        super().paintSection(painter, rect, -1)  # the frame without its text
        name = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        painter.translate(rect.left() + rect.width() / 2 + 5, rect.bottom() - 18)
        painter.rotate(-90)
        painter.setPen(self.palette().windowText().color())
        text = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideLeft, rect.height() - 22)
        painter.drawText(0, 0, text)
        painter.restore()
