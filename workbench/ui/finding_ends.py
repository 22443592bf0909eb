"""A thin bar above the columns: where the selected finding goes beyond the
columns in view (a button naming the source at each end; a click brings it
into view), and the rule the columns scroll by.

It replaces the labels the band used to carry over the text ("∅ omits",
"ECB+ 1_9 →"): they covered words, even the compared value. Over the text
nothing is written; the headers say which columns omit the claim."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from .plaintext import menu_text, plain_label

TOGETHER = "Columns scroll together, the selected finding level · Alt+wheel scrolls one column"
ALONE = "Columns scroll one by one (View › Scroll columns together)"


class FindingEnds(QWidget):
    def __init__(self, parent: QWidget, reveal: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.setObjectName("findingEnds")
        self._reveal = reveal
        self.left, self.right = QToolButton(), QToolButton()
        self._targets = {self.left: -1, self.right: -1}
        for button in (self.left, self.right):
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, b=button: self._clicked(b))
            button.hide()
        self.mode = plain_label(QLabel(TOGETHER))
        self.mode.setObjectName("scrollRule")
        self.mode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mode.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mode.setEnabled(False)  # a quiet hint, in the disabled text colour
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.addWidget(self.left)
        row.addWidget(self.mode, 1)
        row.addWidget(self.right)
        self.setFixedHeight(self.left.sizeHint().height())

    def set_together(self, together: bool) -> None:
        self.mode.setText(TOGETHER if together else ALONE)

    def set_ends(self, hints: list[tuple[str, int, bool]], versions: Collection[int] = ()) -> None:
        """``hints``: (source name, column index, lies to the right) for each
        column of the selected finding beyond the view; ``versions``: the
        columns stating one of its versions. Each button leads to the nearest
        column beyond that states a version (a fresh window trial clicked seven
        times, one similar sentence after another, to reach the second source
        of a version); with none there, to the nearest that only has the claim
        or a similar sentence, and says so."""
        for button, rightward in ((self.left, False), (self.right, True)):
            ends = sorted({(name, index) for name, index, r in hints if r is rightward})
            stated = [e for e in ends if e[1] in versions]
            if not ends:
                button.hide()
                self._targets[button] = -1
                continue
            pool = stated or ends
            name, index = (
                min(pool, key=lambda e: e[1]) if rightward else max(pool, key=lambda e: e[1])
            )
            leads_to_version = bool(stated) or not versions
            # how many more columns beyond state a version (trial 40 saw one
            # name and did not know two more versions lay past it)
            more = len(stated) - 1
            label = name if leads_to_version else f"{name} (no version)"
            label += f" and {more} more" if more > 0 else ""
            shown = menu_text(label)  # "Claims & Cover Weekly" must not turn "&C" into Alt+C
            button.setText(f"{shown} →" if rightward else f"← {shown}")
            side = "right" if rightward else "left"
            what = (
                "a version of the selected finding"
                if leads_to_version
                else "the claim or a similar sentence, but none of the finding's versions"
            )
            others = [n for n, i in sorted(stated, key=lambda e: e[1]) if i != index]
            also = f"; further {side}, also a version: {', '.join(others)}" if others else ""
            button.setToolTip(
                f"{name}, off to the {side}, states {what}: click to bring it into view{also}"
            )
            self._targets[button] = index
            button.show()

    def _clicked(self, button: QToolButton) -> None:
        if self._targets[button] >= 0:
            self._reveal(self._targets[button])
