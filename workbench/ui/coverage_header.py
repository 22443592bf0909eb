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

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

ARROW = 12  # the sort arrow's square under the sorted source's name
NAME_FOOT = 18  # the name starts this far above the section's foot


def _kind(ch: str) -> int:
    return 0 if ch.isdigit() else 1 if ch.isalpha() else 2


def _common_start(names: Sequence[str]) -> str:
    """The characters every name begins with."""
    first = min(names, key=len)
    for i, ch in enumerate(first):
        if any(n[i] != ch for n in names):
            return first[:i]
    return first


def _whole(shared: str, names: Sequence[str]) -> str:
    """``shared`` cut back until no name goes on with its last run of digits
    or letters ("41_3ecbplus", "41_13ecbplus" read backwards share "ecbplus",
    not "3ecbplus")."""
    while shared and any(
        len(n) > len(shared) and _kind(n[len(shared)]) == _kind(shared[-1]) != 2 for n in names
    ):
        shared = shared[:-1]
    return shared


def shared_ends(names: Sequence[str]) -> tuple[str, str]:
    """The opening and the end every name shares, at whole runs of digits or
    letters, leaving each name at least one character of its own."""
    if len(names) < 2:
        return "", ""
    shortest = min(len(n) for n in names)
    begin = _whole(_common_start(names)[: shortest - 1], names)
    flipped = [n[::-1] for n in names]
    end = _whole(_common_start(flipped)[: max(0, shortest - len(begin) - 1)], flipped)
    return begin, end[::-1]


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
        names = self.source_names()
        longest = max((self.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        # at most a third of a short matrix: names are cut in the middle
        # (their opening and end stay) before claim rows are (trial 31: a
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

    def source_names(self) -> list[str]:
        model = self.model()
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount() if model else 0)
            if self._is_source(c)
        ]

    def shown_name(self, name: str, room: int, names: Sequence[str] = ()) -> str:
        """``name`` in ``room`` pixels, cut where it says least: first the end
        every source name shares ("ecbplus"), then the opening they share,
        then the middle. Cut from the left, "1_10ecbplus" and "1_11ecbplus"
        both read "…ecbplus" (session 31's trial): what told them apart went."""
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(name) <= room:
            return name
        begin, end = shared_ends(names or [name])
        core = name[len(begin) : len(name) - len(end)]
        for text in (f"{begin}{core}…" if end else "", f"…{core}…" if begin and end else ""):
            if text and core and metrics.horizontalAdvance(text) <= room:
                return text
        return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)

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
        painter.drawText(0, 0, self.shown_name(name, self.name_room(rect), self.source_names()))
        painter.restore()
