"""Article and editor text shown as text, never as Qt rich text.

Qt guesses: a QLabel with the default ``AutoText`` format and every tooltip
render a string as HTML when it looks like HTML (``Qt::mightBeRichText``),
so a headline ``<img src="/home/…/x.png">`` loaded a local image and
``<h1>``/``<font>`` faked the window's own text. Titles, outlets, sentences,
values, explanations, notes, reviewer names and file paths all come from
outside; these helpers are how the window shows them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..terminal import visible_controls


def plain_label(label: QLabel) -> QLabel:
    """Make a label show its text literally (no rich-text guessing)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written, line breaks included.

    Tooltips have no plain-text mode: the text is escaped into a paragraph
    of rich text, which Qt then shows literally (``<`` stays ``<``)."""
    if not text:
        return ""
    text = visible_controls(text.replace("\r\n", "\n"), keep="\n\t")
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def menu_text(text: str) -> str:
    """Text for an action or menu item: ``&`` marks a shortcut letter there,
    so an outlet called "Smith & Co" must not turn "&C" into Alt+C."""
    return text.replace("&", "&&")


class ElidedLabel(QLabel):
    """One line of outside text (a title, a list of sources) elided to the
    width the layout gives it, with the whole text in a tooltip.

    ``text()`` stays the whole text; only the painting is shortened, so a
    narrow column shows "The Afghan capital, Kabul, is not in…" and a wide
    one the rest, instead of a title cut at a fixed number of characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))
        self.update()

    def shown_text(self) -> str:
        """What fits: the text on one line, elided at its end."""
        line = " ".join(visible_controls(self.text()).split())
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.style().drawItemText(
            p,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        p.end()
