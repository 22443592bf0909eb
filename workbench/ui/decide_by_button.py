"""A decision clicked in the review panel stays on its finding (user trial 48).

The keyboard's order is note first, then Ctrl+1..4, and moving on to the
next open finding suits it: the note is written. The mouse's natural order is
the other way round, decide, then explain, and a disputed or dismissed
finding with no note is useless to the desk: the trial clicked *Disputed* and
was taken to the next finding before it could say why. So a status button
clicked stays on the finding, its note box taking the keys; the next open
finding is a click on the list, or Alt+Shift+Down, away. The shortcut keeps
"Go to next open one after deciding".

The buttons trigger the same actions as the keys. A button triggers its
action while it handles the mouse's release, so a flag set when the release
reaches it and cleared once the event loop next runs tells the two apart (a
release outside the button triggers nothing, and the flag goes with it)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton


class ButtonDecisions(QObject):
    """Whether the decision now being made came from a panel button clicked."""

    def __init__(self, buttons: Iterable[QAbstractButton], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clicked = False
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._clicked = True
            QTimer.singleShot(0, self._done)  # after the action the release triggers
        return False

    def _done(self) -> None:
        self._clicked = False

    @property
    def clicked(self) -> bool:
        return self._clicked


def stay_words(keys: str) -> str:
    """Said when a click stays: what to do next, and the way on."""
    return f"add a note on why here, then {keys} for the next open finding"
