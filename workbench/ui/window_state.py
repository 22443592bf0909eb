"""The window's layout kept between sessions: its geometry, the splitters
and the list's columns, restored at start and saved at close.

Split from ``window`` when that module reached the size limit.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from . import settings


class WindowStateMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    def _restore_state(self) -> None:
        geometry = settings.restore_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.restore_state("windowState")
        if state is not None:
            self.restoreState(state)
        defaults = {self.main_split: [460, 340], self.bottom: [740, 520]}
        self._split_by_height = False
        for splitter in (self.main_split, self.bottom):
            sizes = settings.restore_state(splitter.objectName())
            if sizes is None or not splitter.restoreState(sizes):
                splitter.setSizes(defaults[splitter])
                self._split_by_height |= splitter is self.main_split

    def showEvent(self, event) -> None:
        """First shown without a saved layout: a tall window gives the review
        panel the ~600 px it needs to show without scrolling (note, correction
        and history included); a small one keeps most of its height for reading."""
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            QTimer.singleShot(0, self._ask_at_open)  # who signs, before any typing
        if self._split_by_height and self.height() >= 1000:
            self.main_split.setSizes([self.main_split.height() - 600, 600])
        self._split_by_height = False
        # the widths the editor dragged, the others fitted to the list's width
        # (the whole header's state restored marked every column as dragged, and
        # the values' widths of an earlier story pushed Status off: trial 37)
        if not getattr(self, "_widths_restored", False):
            self._widths_restored = True
            self.value_fit.restore(settings.restore_state("listColumns"))

    def save_window_state(self) -> None:
        self.coverage_room_back()  # the layout of the list of findings is the one kept
        settings.save_state("geometry", self.saveGeometry())
        settings.save_state("windowState", self.saveState())
        for splitter in (self.main_split, self.bottom):
            settings.save_state(splitter.objectName(), splitter.saveState())
        settings.save_state("listColumns", self.value_fit.saved())
