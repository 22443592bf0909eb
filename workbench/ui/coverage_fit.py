"""The coverage matrix's column widths and row height, fitted to the room.

Window41's trial read the matrix as cramped at 1280×800: the claim column a
fixed 240 px cut every claim to its first and last few words, the versions
column ran past the view's edge (its header cut at "Versions (sources, in"),
"Carried by" kept 150 px for 20 characters, and rows were padded to half again
a line. Now the source cells and "Carried by" take what their contents need,
and the room left is shared: the claim three parts, the versions two, each
at least a readable minimum (past that, the matrix scrolls sideways and the
claim column stays in place). A column the editor drags keeps its width until
the matrix holds other sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

CLAIM_MIN = 220  # about 35 characters: a claim's two ends, cut in the middle
VERSIONS_MIN = 200  # two short versions with their counts
CLAIM_SHARE = 0.6  # of the room the fixed columns leave
PADDING = 16  # a cell's margins and its focus frame
CLAIM_LINES = 2  # a claim wraps over two lines: its subject and its end both read
ELLIPSIS = "…"


def widths(room: int, sources: int, cell: int, carried: int) -> tuple[int, int]:
    """The claim's and the versions' widths for a view ``room`` pixels wide
    holding ``sources`` cells of ``cell`` and a "Carried by" of ``carried``."""
    rest = room - sources * cell - carried
    if rest <= CLAIM_MIN + VERSIONS_MIN:  # no room to share: both readable, the view scrolls
        return CLAIM_MIN, VERSIONS_MIN
    claim = min(rest - VERSIONS_MIN, max(CLAIM_MIN, int(rest * CLAIM_SHARE)))
    return claim, rest - claim


def cell_width(metrics: QFontMetrics) -> int:
    """A source's column: one letter, or a source name written upwards."""
    return max(28, metrics.height() + 10, metrics.horizontalAdvance("M") + PADDING)


def text_width(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + PADDING


def row_height(metrics: QFontMetrics) -> int:
    """A claim's lines and a little air (the default padded it to half again)."""
    return CLAIM_LINES * metrics.lineSpacing() + 8


def short_names(names: Sequence[str]) -> list[str]:
    """Source names without the words they all begin with ("ECB+ 10_1ecb",
    "ECB+ 10_2ecb" → "10_1ecb", "10_2ecb"): the matrix's narrow header shows
    what tells the sources apart; the whole name is the header's tooltip."""
    words = [n.split(" ") for n in names]
    shared = 0
    while len(names) > 1 and all(
        len(w) > shared + 1 and w[shared] == words[0][shared] for w in words
    ):
        shared += 1
    return [" ".join(w[shared:]) for w in words]


class ReadFromTheStart(QStyledItemDelegate):
    """The versions column cut at its end, not in its middle: "duration: A
    ‘seven years’ ×3 (3 ind.) · B ‘mo…" names its first values where the
    middle cut left "A ‘se…ar’" (window41, at 1280×800). The claim column
    keeps the middle cut: claims of one story open alike."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


def _wrap(words: Sequence[str], metrics: QFontMetrics, width: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width))
    return lines


def claim_lines(
    text: str, metrics: QFontMetrics, width: int, lines: int = CLAIM_LINES
) -> list[str]:
    """A claim as shown in ``lines`` lines of ``width``: wrapped at words;
    too long, cut in the middle at a word, so its opening words (who, what)
    and its last words both read. Trial 34 at 1280×800 read "He secretly
    guide…office buildings." in one line cut mid-word: which claim a row
    was could not be told."""
    words = text.split()
    wrapped = _wrap(words, metrics, width)
    if len(wrapped) <= lines:
        return wrapped
    tail: list[str] = []
    for word in reversed(words[1:]):  # the end: up to about a third of a line
        if tail and metrics.horizontalAdvance(" ".join([word, *tail])) > width * 0.35:
            break
        tail.insert(0, word)
    head = _head(words, tail, metrics, width, lines)
    if not head:  # too narrow for both ends: the opening words come first
        tail, head = [], _head(words, [], metrics, width, lines)
    return _wrap([*head, ELLIPSIS, *tail], metrics, width)


def _head(
    words: Sequence[str], tail: Sequence[str], metrics: QFontMetrics, width: int, lines: int
) -> list[str]:
    """The opening words that fit before "… ``tail``" in ``lines`` lines."""
    head: list[str] = []
    for word in words[: len(words) - len(tail)]:
        if len(_wrap([*head, word, ELLIPSIS, *tail], metrics, width)) > lines:
            break
        head.append(word)
    return head


class ClaimLines(QStyledItemDelegate):
    """The claim column: ``claim_lines`` painted in the cell (the whole claim
    stays in the tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideNone

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(PADDING // 2, 2, -PADDING // 2, -2)
        shown = "\n".join(claim_lines(text, opt.fontMetrics, rect.width()))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.restore()
