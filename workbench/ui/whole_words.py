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

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import KIND_ROLE
from .quote_cells import QUOTE, fit_change

GAP = "…"


def by_words(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` itself when it fits, else as many whole words of its start
    and of its end as fit around "…", a word at each end in turn, the end's
    first (a unit, a title's last word, the count of more versions "(+1)");
    at least the first word. A value with figures keeps its figures first
    (``by_figures``)."""
    if fits(text):
        return text
    words = text.split()
    figured = by_figures(words, fits)
    if figured:
        return figured
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


# the count of more versions the list appends, "(+1)": no figure of the value
_MORE = re.compile(r"\(\+\d+\)")


def by_figures(words: list[str], fits: Callable[[str], bool]) -> str:
    """A value's words that fit, its figures first: trial 45 read "$140
    million … million" for "between $140 million and $150 million", the one
    figure that differs cut away. Kept in turn while they fit: every figure,
    the last word (a unit, "(+1)"), the word after the first figure (its
    unit), the first word (a hedge, "less", "about"), then the rest from the
    ends in; "…" stands for each run of words left out. "" when the value has
    no figure, or its figures alone do not fit."""
    figures = [k for k, w in enumerate(words) if _figure(w)]
    # figures in words only where there is none in digits ("$140 million": one)
    figures = [k for k in figures if _digits(words[k])] or figures
    if not figures:
        return ""
    keep = set(figures)
    if not fits(_gapped(words, keep)):
        return ""
    last = len(words) - 1
    rest = sorted(range(len(words)), key=lambda k: min(k, last - k))
    for k in [last, figures[0] + 1, 0, *rest]:
        if k <= last and k not in keep and fits(_gapped(words, keep | {k})):
            keep.add(k)
    return _gapped(words, keep)


# a figure said in words is a figure too: trial 49 read "the past … years" for
# "the past three years" against "four year", the one word that differs cut away
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "half",
        "quarter",
        "a-half",
    ]
)


def _digits(word: str) -> bool:
    return any(c.isdigit() for c in word) and not _MORE.fullmatch(word)


def _figure(word: str) -> bool:
    return _digits(word) or word.strip(",.;:()").lower() in _NUMBER_WORDS


def _gapped(words: list[str], keep: set[int]) -> str:
    shown: list[str] = []
    for k, word in enumerate(words):
        if k in keep:
            shown.append(word)
        elif not shown or shown[-1] != GAP:
            shown.append(GAP)
    return " ".join(shown)


def _joined(head: list[str], tail: list[str]) -> str:
    return " ".join(head) + f" {GAP}" + (f" {' '.join(tail)}" if tail else "")


class WholeWords(QStyledItemDelegate):
    """Paints a value cell cut between words (``by_words``); its size, as
    the list fits its columns, is the whole value's."""

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self.shown(opt, index.data(KIND_ROLE) == QUOTE)
        opt.textElideMode = Qt.TextElideMode.ElideRight  # a first word too wide alone
        _style(opt).drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def shown(self, opt: QStyleOptionViewItem, quote: bool = False) -> str:
        """The text the cell shows, cut between words to its room; a
        quotation's change by its context first (``quote_cells``)."""
        margin = _style(opt).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget)
        room = opt.rect.width() - 2 * (margin + 1) - 2
        metrics = opt.fontMetrics

        def fits(s: str) -> bool:
            return metrics.horizontalAdvance(s) <= room

        return (quote and fit_change(opt.text, fits)) or by_words(opt.text, fits)


def _style(opt: QStyleOptionViewItem) -> QStyle:
    return opt.widget.style() if opt.widget is not None else QApplication.style()
