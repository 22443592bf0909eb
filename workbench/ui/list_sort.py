"""A sort of the finding list is said, and the finding selected stays in view.

User trial 48 (problem 12): a click just above the first row hit the "Value"
header and re-sorted the list with no word; the editor's place in it was
lost. A header click still sorts (as in any list), but the status bar now
says by what and how to put the usual order back, and the finding selected
stays selected and is scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QTableView

from .models import COLUMNS

USUAL = (4, Qt.SortOrder.AscendingOrder)  # by verdict: conflicts first
SAID_MS = 10_000


def sorted_words(column: int, order: Qt.SortOrder) -> str:
    """ "Sorted by Value (Z to A): click Verdict to put conflicts first again"."""
    name = COLUMNS[column] if 0 <= column < len(COLUMNS) else "?"
    way = "A to Z" if order == Qt.SortOrder.AscendingOrder else "Z to A"
    if (column, order) == USUAL:
        return "Sorted by Verdict, conflicts first (the usual order)"
    back = f"click {COLUMNS[USUAL[0]]}" + (" again" if column == USUAL[0] else "")
    return (
        f"Sorted by {name} ({way}); the selected finding stays selected — "
        f"{back} to put conflicts first"
    )


def watch(window: QMainWindow, table: QTableView) -> None:
    """Say each sort the editor makes, and keep the finding selected in view."""
    header = table.horizontalHeader()
    header.setToolTip("Click a heading to sort the list by it; click Verdict for the usual order")

    def sorted_(column: int, order: Qt.SortOrder) -> None:
        window.statusBar().showMessage(sorted_words(column, order), SAID_MS)
        current = table.currentIndex()
        if current.isValid():
            table.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    header.sortIndicatorChanged.connect(sorted_)
