"""A finding marked "needs correction" with no correction written yet stays
selected, the keyboard in its Correction box.

Window42's trial at 1280×800 (ECB+ 28): with *Go to next open one after
deciding* on, "Needs correction" moved the panel to the next finding at
once; the correction the decision asks for had to be typed after going back,
and typed at once it would have gone into the next finding's box. A finding
that already has its correction, a decision on several findings, and every
other status move on as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

MainWindow = Any  # the window (its panel, actions, status bar); not imported: it imports us

NEEDS = "needs-correction"


def wanted(window: MainWindow, status: str, chosen: int) -> bool:
    """Whether this decision asks for a correction still to be written."""
    return status == NEEDS and chosen <= 1 and not window.panel.correction.toPlainText().strip()


def ask(window: MainWindow) -> None:
    box = window.panel.correction
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    window.panel.ensureWidgetVisible(box)
    shortcut = window.actions_by_name["next_open"].shortcut()
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    window.statusBar().showMessage(
        "Needs correction: write the correction as it should read (saved as you type), "
        f"then go on with Next open ({keys})",
        10000,
    )
