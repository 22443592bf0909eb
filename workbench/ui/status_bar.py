"""The window's status bar: a message longer than the room left beside the
review log's name and the progress bar loses its middle to "…" (its start
says what happened, its end the key to press) with the whole message as the
bar's tooltip. Qt cut it off mid-word against the log's name ("…goes
int|Review log: /root/…": a fresh user trial read it as one garbled line).

A hint about one finding ("Needs correction: write the correction…") is
shown with ``show_about`` and goes when the selection moves to another
finding: a new user's trial still read it while deciding the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

_GAP = 32  # between the message's end and the first permanent widget, and the grip


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._whole = ""
        self._about = ""  # the finding the message shown is about ("": none)
        self.messageChanged.connect(self._changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def showMessage(self, message: str, timeout: int = 0) -> None:
        room = self.width() - _GAP - sum(w.width() for w in self._permanent if w.isVisible())
        shown = message
        if room > 0 and self.fontMetrics().horizontalAdvance(message) > room:
            shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, room)
        self.setToolTip(message if shown != message else "")
        self._whole = message
        self._about = ""
        super().showMessage(shown, timeout)

    def show_about(self, message: str, finding: str, timeout: int = 0) -> None:
        """A message about one finding: it goes when another is selected."""
        self.showMessage(message, timeout)
        self._about = finding

    def selection_moved(self, finding: str) -> None:
        """The selection is now ``finding``: a hint about another one goes."""
        if self._about and self._about != finding:
            self.clearMessage()

    def whole_message(self) -> str:
        """The message shown, as it was given (``currentMessage`` is what fits)."""
        return self._whole if self.currentMessage() else ""

    def _changed(self, text: str) -> None:
        if not text:  # timed out or cleared
            self.setToolTip("")
            self._whole = ""
            self._about = ""
