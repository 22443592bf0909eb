"""The findings list's values cut between words, never inside one.

Trial 44 read "A few m…es (+1)", "less tha… minutes", "Albany Co… Attorney":
Qt's middle cut keeps both ends of a value but leaves parts of words no one
can read. A value too long for its cell now keeps whole words from its start
and its end around one "…" ("A few … (+1)", "less than … minutes",
"Albany … Attorney"); only a first word that alone is too wide is cut
inside, at its end. The whole value is in the cell's tooltip
(``models``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

GAP = "…"


def by_words(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` itself when it fits, else as many whole words of its start
    and of its end as fit around "…", a word at each end in turn, the end's
    first (a unit, a title's last word, the count of more versions "(+1)");
    at least the first word."""
    if fits(text):
        return text
    words = text.split()
    head, tail = words[:1], []
    i, j = 1, len(words)  # the next word of the start, and after the next of the end
    order = ("tail", "head")  # both ends, as the middle cut kept: 'less … minutes'
    grew = True
    while grew and i < j:
        grew = False
        for end in order:
            if i >= j:
                break
            if end == "head" and fits(_joined([*head, words[i]], tail)):
                head, i, grew = [*head, words[i]], i + 1, True
            elif end == "tail" and fits(_joined(head, [words[j - 1], *tail])):
                tail, j, grew = [words[j - 1], *tail], j - 1, True
    return _joined(head, tail)


def _joined(head: list[str], tail: list[str]) -> str:
    return " ".join(head) + f" {GAP}" + (f" {' '.join(tail)}" if tail else "")


class WholeWords(QStyledItemDelegate):
    """Paints a value cell cut between words (``by_words``); its size, as
    the list fits its columns, is the whole value's."""

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self.shown(opt)
        opt.textElideMode = Qt.TextElideMode.ElideRight  # a first word too wide alone
        _style(opt).drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def shown(self, opt: QStyleOptionViewItem) -> str:
        """The text the cell shows, cut between words to its room."""
        margin = _style(opt).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget)
        room = opt.rect.width() - 2 * (margin + 1) - 2
        metrics = opt.fontMetrics
        return by_words(opt.text, lambda s: metrics.horizontalAdvance(s) <= room)


def _style(opt: QStyleOptionViewItem) -> QStyle:
    return opt.widget.style() if opt.widget is not None else QApplication.style()
