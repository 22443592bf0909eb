"""The review panel's combo box ('Correct in'): safe under a scrolling
pointer, and its list kept on the window's screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox


class FocusedWheelComboBox(QComboBox):
    """Ignores the mouse wheel unless focused: the panel scrolls under the
    pointer, and a combo box sliding under it must not change (and save) a
    decision, as happened in a trial."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def showPopup(self) -> None:
        """The list opens inside the window and on its screen: a choice naming
        every source of a version ran past the window's right edge (trial 26).
        Long choices are shortened in the middle; the tooltip has them whole."""
        for i in range(self.count()):
            self.setItemData(i, self.itemText(i), Qt.ItemDataRole.ToolTipRole)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        super().showPopup()
        popup = self.view().window()
        bounds = self.window().frameGeometry()
        if (screen := self.screen()) is not None:
            bounds = bounds.intersected(screen.availableGeometry())
        box = popup.geometry()
        box.setWidth(min(box.width(), bounds.width()))
        box.moveRight(min(box.right(), bounds.right()))
        box.moveLeft(max(box.left(), bounds.left()))
        popup.setGeometry(box)
