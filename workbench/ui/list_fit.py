"""The findings list's Value and Other value as wide as their values.

Window42's trial at 1280×800 (ECB+ 28): the list read "More than 3…" for
"More than 30 years" and could not tell the duration finding from another
one; the values are what names a finding in the list, while Sources lists
names the columns' headers and the tooltip give in full. So the two value
columns widen to their longest value (up to ``VALUE_MAX``) and Sources gives
up that room (down to ``SOURCES_MIN``): the list as a whole keeps its width.
A column the editor dragged keeps its width.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView

from .appearance import LIST_WIDTHS

VALUES = (1, 2)  # Value, Other value
SOURCES = 3
VALUE_MAX = 220  # a long value ("more than three decades") without crowding the rest out
SOURCES_MIN = 80  # two short source names


class ValueFit(QObject):
    """Keeps the list's value columns fitted as its rows change."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.dragged: set[int] = set()
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_: self.fit())
        model.dataChanged.connect(lambda *_: self.fit())

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.dragged.add(column)

    def widths(self) -> dict[int, int]:
        """The widths the value columns and Sources take now."""
        t = self.table
        out = {
            c: min(VALUE_MAX, max(LIST_WIDTHS[c], t.sizeHintForColumn(c)))
            for c in VALUES
            if c not in self.dragged
        }
        taken = sum(w - LIST_WIDTHS[c] for c, w in out.items())
        if SOURCES not in self.dragged:
            out[SOURCES] = max(SOURCES_MIN, LIST_WIDTHS[SOURCES] - taken)
        return out

    def fit(self) -> None:
        self._fitting = True
        try:
            for column, width in self.widths().items():
                if self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False
