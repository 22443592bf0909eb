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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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
