"""The reading area: one column per article, link gutters between them.

A column shows an article's text with its flagged values highlighted (colour
plus an underline style and a margin marker per state). A gutter between two
neighbouring columns draws a band from each claim on the left to the claim
on the right that states the same thing; it asks both columns where those
claims are on screen and draws only the visible ones.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..articles import ArticleError, kinds_named, parse_date
from ..model import Article
from .column_text import MARGIN, ColumnText, Mark
from .elided import ElidedLabel
from .finding_ends import FindingEnds
from .fold import FOLDED, is_folded
from .jump_badge import JumpBadge
from .links_paint import GUTTER, Link, LinkGutter, Thread, ThreadOverlay
from .plaintext import plain_label, plain_tooltip
from .states import state_style

__all__ = [
    "GUTTER",
    "MARGIN",
    "ArticleColumn",
    "ColumnsArea",
    "Link",
    "LinkGutter",
    "Mark",
    "Thread",
]

MIN_COLUMN = 170  # never narrower, whatever the font
MAX_SIDE_BY_SIDE = 6
FIRST_BATCH = 3  # as many articles' columns are built at once (the seeds'); more, one per turn
BUILD_BATCH = 1  # columns built per event-loop turn after those


EMPTY_HINT = (
    f"Drop article files ({kinds_named()}) here, or use File › Add articles… "
    "(Ctrl+Shift+O).\nA saved review log (.sqlite) opens with File › Open review log… "
    "(Ctrl+O)."
)
BUSY_HINT = "Reading and comparing the articles…"


class ArticleColumn(QFrame):
    """One article: outlet, title and an editable date above its text."""

    claimClicked = Signal(str, int)  # article id, character position
    dateChanged = Signal(str, object)  # article id, date or None
    dateInvalid = Signal(str)  # one-line message; "" once the date is good again
    removeRequested = Signal(str)
    scrolled = Signal()

    def __init__(
        self, article: Article, parent: QWidget | None = None, with_text: bool = True
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_COLUMN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # outlet and title come from the article: plain text, never rich text
        self.outlet = plain_label(QLabel())
        self.outlet.setObjectName("outlet")
        bold = QFont(self.outlet.font())
        bold.setBold(True)
        self.outlet.setFont(bold)
        # two lines at most, elided: every header has one height, so the texts
        # start level and a claim levelled across columns is level on screen
        self.title = ElidedLabel(2)
        self.date = QLineEdit()
        self.date.setPlaceholderText("date not stated (YYYY-MM-DD)")
        self.date.setToolTip(
            "Publication date, used to resolve 'next month' or 'on Tuesday'. "
            "Change it and press Enter: the analysis re-runs and every review is kept."
        )
        self.date.setMaximumWidth(240)
        self.date.editingFinished.connect(self._date_edited)
        self.date.installEventFilter(self)  # Esc takes back a mistyped date
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip("Remove this article from the review (its reviews are kept)")
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self.article.id))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.outlet, 1)
        top.addWidget(self.remove)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel("Published:")
        date_label.setBuddy(self.date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        # the selected finding in this source: its version, or that it omits the
        # claim; one line always kept, so selecting moves nothing
        self.badge = JumpBadge()  # a click goes to the sentence it names
        self.badge.setObjectName("findingBadge")
        self.badge.setMinimumHeight(self.badge.fontMetrics().height() + 2)
        self.text = ColumnText(self)
        self.text.clicked.connect(lambda pos: self.claimClicked.emit(self.article.id, pos))
        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self.scrolled.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(date_row)
        layout.addWidget(self.badge)
        layout.addWidget(self.text, 1)
        self.set_article(article, with_text)

    def set_article(self, article: Article, with_text: bool = True) -> None:
        same_text = article.text == self.article.text and self.text.toPlainText()
        self.article = article
        self.outlet.setText(article.outlet or article.id)
        self.outlet.setToolTip(plain_tooltip(f"{article.id} — {article.path}"))
        self.title.set_full_text(article.title)
        if not self.date.property("invalid"):  # never overwrite a typo being fixed
            self.date.setText(article.published.isoformat() if article.published else "")
        if with_text and not same_text:
            self.text.setPlainText(article.text)

    def _date_edited(self) -> None:
        raw = self.date.text().strip()
        current = self.article.published
        if not raw:
            new: date | None = None
        else:
            try:
                new = parse_date(raw, f"{self.article.outlet or self.article.id}: ")
            except ArticleError as exc:
                # keep the typing so it can be fixed in place; the date is unchanged
                self._mark_invalid(True)
                self.dateInvalid.emit(f"{exc}; the date is unchanged until it is corrected")
                self.date.selectAll()
                return
        self._mark_invalid(False)
        if new != current:
            # taken: the field's own undo history ends here, so Ctrl+Z undoes the
            # date change in the window rather than the typing in the field
            self.date.setText(new.isoformat() if new else "")
            self.dateChanged.emit(self.article.id, new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in a date field holding a typo puts the date in force back (the
        field kept showing the typo after Esc and after the message went:
        fresh window trial); the key is the field's, not the window's."""
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if (
            watched is self.date
            and event.type() in kinds
            and event.key() == Qt.Key.Key_Escape
            and self.date.property("invalid")
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._mark_invalid(False)
                published = self.article.published
                self.date.setText(published.isoformat() if published else "")
            return True
        if watched is self.date and event.type() == QEvent.Type.ShortcutOverride:
            return self._undo_is_the_windows(event)
        return super().eventFilter(watched, event)

    def _undo_is_the_windows(self, event: QEvent) -> bool:
        """Ctrl+Z (and redo) in a date field with no typing of its own to take
        back goes to the window, which undoes the date change itself: after
        Enter the focus stays in the field, whose own shortcut swallowed the
        key, so "Ctrl+Z undoes" did nothing (fresh CLI trial)."""
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if (undo and not self.date.isUndoAvailable()) or (redo and not self.date.isRedoAvailable()):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return False

    def _mark_invalid(self, invalid: bool) -> None:
        was = bool(self.date.property("invalid"))
        self.date.setProperty("invalid", invalid)
        if was and not invalid:  # corrected, or put back with Esc: the message goes
            self.dateInvalid.emit("")
        self.date.style().unpolish(self.date)
        self.date.style().polish(self.date)

    def set_badge(self, text: str, tip: str, color: QColor | None) -> None:
        """Name the selected finding's version here ("" when none is selected)."""
        width = max(getattr(self, "unfolded_width", self.width()) - 16, 40)  # folded now: ``fold``
        self.badge.setText(
            self.badge.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        )
        self.badge.setToolTip(plain_tooltip(tip) if tip else "")
        self.badge.setAccessibleDescription(tip)
        self.badge.setStyleSheet(f"color: {color.name()}; font-weight: bold" if color else "")

    # -- highlights -----------------------------------------------------------------
    def set_marks(self, marks: list[Mark], sentence: tuple[int, int] | None, dark: bool) -> None:
        selections = []
        if sentence is not None:
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(self.text.document())
            c.setPosition(sentence[0])
            c.setPosition(sentence[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(255, 255, 255, 28) if dark else QColor(0, 0, 0, 18))
            sel.format = fmt
            selections.append(sel)
        # a value of the selected finding shows its state only: the marks of
        # other findings on the same words were painted under it and showed
        # through (a fresh window trial read an open finding as dismissed)
        chosen = [(m.start, m.end) for m in marks if m.selected]
        marks = [
            m for m in marks if m.selected or all(m.end <= a or m.start >= b for a, b in chosen)
        ]
        marks.sort(key=lambda m: not m.selected)  # the margin shows the first on a line
        for mark in reversed(marks):  # the selected painted last, over the rest
            style = state_style(mark.state, dark)
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(self.text.document())
            c.setPosition(mark.start)
            c.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format = style.char_format(mark.selected)  # shape + colour (states.py)
            selections.append(sel)
        self.text.setExtraSelections(selections)
        self.text.marks = marks
        self.text.margin.dark = dark
        self.text.margin.update()

    def center_on(self, start: int, end: int) -> None:
        """Scroll so the span sits in the middle of the column."""
        # QTextEdit lays long texts out lazily and its scroll range covers only
        # what is laid out; asking for the last block's rect lays out the rest
        # (and updates the range) so the value can really be centred.
        doc = self.text.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())
        top, bottom = self.text.span_rect(start, end)
        bar = self.text.verticalScrollBar()
        middle = (top + bottom) // 2
        bar.setValue(bar.value() + middle - self.text.viewport().height() // 2)

    def level_with(self, start: int, end: int, y: int) -> None:
        """Scroll so the span's top sits at ``y`` in the viewport (as near as
        the text allows at its ends)."""
        doc = self.text.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())
        top, _ = self.text.span_rect(start, end)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + top - y)

    def span_visible(self, start: int, end: int) -> bool:
        top, bottom = self.text.span_rect(start, end)
        return top >= 0 and bottom <= self.text.viewport().height()

    def span_y(self, start: int, end: int, target: QWidget) -> tuple[int, int]:
        """A span's top and bottom in ``target``'s coordinates."""
        top, bottom = self.text.span_rect(start, end)
        vp = self.text.viewport()
        return (
            target.mapFromGlobal(vp.mapToGlobal(QPoint(0, top))).y(),
            target.mapFromGlobal(vp.mapToGlobal(QPoint(0, bottom))).y(),
        )

    def viewport_y(self, target: QWidget) -> tuple[int, int]:
        vp = self.text.viewport()
        return (
            target.mapFromGlobal(vp.mapToGlobal(QPoint(0, 0))).y(),
            target.mapFromGlobal(vp.mapToGlobal(QPoint(0, vp.height()))).y(),
        )


class ColumnsArea(QScrollArea):
    """Columns side by side: up to six share the width, more scroll sideways."""

    columnsAdded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip = QWidget()
        self.row = QHBoxLayout(self.strip)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.setWidget(self.strip)
        self.columns: list[ArticleColumn] = []
        self.threads: list[Thread] = []  # the selected finding's, across columns
        self.versions: set[int] = set()  # the columns stating one of its versions
        self.overlay = ThreadOverlay(self, self.strip)
        self.strip.installEventFilter(self)  # the overlay covers the strip
        # above the columns: the finding's far ends, and how the columns scroll
        self.ends = FindingEnds(self, lambda i: self.reveal(self.columns[i]))
        self.setViewportMargins(0, self.ends.height(), 0, 0)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.show_ends())
        self.horizontalScrollBar().setSingleStep(120)  # trial 25: 75 arrow clicks to column 1
        self.gutters: list[LinkGutter] = []
        self._pending: list[Article] = []
        # a timer, not a posted call: Qt sends posted calls back to back, so
        # chained batches held the GUI thread as one; a timer lets painting,
        # input and other timers in between two batches
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(lambda: self._build(BUILD_BATCH))
        self._ids: list[str] = []
        self._total = 0
        self.placeholder = QLabel(EMPTY_HINT)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.row.addWidget(self.placeholder)

    def column(self, article: str) -> ArticleColumn | None:
        return next((c for c in self.columns if c.article.id == article), None)

    def show_busy(self, busy: bool) -> None:
        """While an analysis runs the empty area says so, not "drop files here"."""
        self.placeholder.setText(BUSY_HINT if busy else EMPTY_HINT)

    def set_articles(self, articles: tuple[Article, ...]) -> list[ArticleColumn]:
        """Rebuild the columns when the set of articles changed; otherwise
        update headers in place so scroll positions survive a re-run.

        Up to ``FIRST_BATCH`` columns are built at once; more follow one per
        event-loop turn from the next (``columnsAdded`` says when), so 20 or 50
        articles never hold the GUI thread for long."""
        if self._ids == [a.id for a in articles]:
            for column, article in zip(self.columns, articles, strict=False):
                column.set_article(article)
            self._pending = list(articles[len(self.columns) :])
            return self.columns
        self._ids = [a.id for a in articles]
        self._pending = []
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.placeholder:
                widget.deleteLater()
        self.columns, self.gutters, self.threads = [], [], []
        self._total = len(articles)
        self.placeholder.setVisible(not articles)
        if not articles:
            self.row.addWidget(self.placeholder)
            self._fit()
            return self.columns
        self.row.addStretch(1)  # keeps built columns at their width while more arrive
        self._pending = list(articles)
        self._fit()
        if len(articles) <= FIRST_BATCH:
            self._build(FIRST_BATCH)
        else:
            # Not in this turn: it already refreshed the table and the panel,
            # and building columns here too (their widgets, layout and first
            # paint) held the GUI thread 40 ms after a 50-article analysis.
            self._next.start()
        return self.columns

    def _build(self, count: int) -> None:
        """Add up to ``count`` pending columns; schedule the rest."""
        batch, self._pending = self._pending[:count], self._pending[count:]
        per = self._per_column()
        for article in batch:
            # a column gets its width before its text: a QTextEdit re-lays out
            # all of its text on every resize
            column = ArticleColumn(article, self.strip, with_text=False)
            column.setFixedWidth(per)
            at = self.row.count() - 1  # before the trailing stretch
            if self.columns:
                gutter = LinkGutter(self.columns[-1], column, self.strip)
                self.gutters.append(gutter)
                self.row.insertWidget(at, gutter)
                at += 1
            self.row.insertWidget(at, column)
            column.text.setPlainText(article.text)
            self.columns.append(column)
            column.scrolled.connect(self.overlay.update)
        self.overlay.raise_()
        self.columnsAdded.emit()
        self.show_ends()
        if self._pending:
            self._next.start()

    def building(self) -> bool:
        return bool(self._pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        r = self.viewport().geometry()
        self.ends.setGeometry(r.left(), r.top() - self.ends.height(), r.width(), self.ends.height())
        self._fit()
        self.show_ends()

    def show_ends(self) -> None:
        self.ends.set_ends(self.overlay.ends(), self.versions)
        self.overlay.update()

    def readable(self) -> int:
        """The narrowest column still comfortable to read: about 36 characters a
        line (14 columns at 1280 px gave 20, paragraphs became towers); more
        columns than fit at this width scroll sideways."""
        metrics = self.fontMetrics()
        return max(MIN_COLUMN, 36 * metrics.averageCharWidth() + MARGIN + 24)

    def _per_column(self) -> int:
        shown = min(max(self._total, 1), MAX_SIDE_BY_SIDE)
        width = self.viewport().width()
        return max(self.readable(), (width - GUTTER * (shown - 1)) // shown)

    def _fit(self) -> None:
        n = self._total
        if not n:
            self.strip.setMinimumWidth(0)
            return
        per = self._per_column()
        for column in self.columns:
            if column.width() != per and not is_folded(column):  # folded: ``fold``
                column.setFixedWidth(per)
            column.unfolded_width = per
        folded = sum(1 for c in self.columns if is_folded(c))
        self.strip.setMinimumWidth(per * (n - folded) + FOLDED * folded + GUTTER * (n - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.strip and event.type() == QEvent.Type.Resize:
            self.overlay.setGeometry(self.strip.rect())
            self.overlay.raise_()
        return super().eventFilter(watched, event)

    def set_threads(
        self, threads: list[Thread], dark: bool, versions: set[int] = frozenset()
    ) -> None:
        self.threads, self.versions = threads, set(versions)
        self.overlay.dark = dark
        self.show_ends()

    def level(
        self, spans: list[tuple[ArticleColumn, tuple[int, int]]], at: int | None = None
    ) -> int:
        """Scroll each column so its span sits at one height on screen, near
        the middle (or at ``at`` in the strip); a column whose span is too near
        its start for that gets room above its first line. Returns that height
        in the strip."""
        if not spans:
            return 0
        tops = {}
        for column, _span in spans:
            doc = column.text.document()
            doc.documentLayout().blockBoundingRect(doc.lastBlock())  # lay out the rest
            tops[column] = column.viewport_y(self.strip)[0]
        line = max(c.text.fontMetrics().height() for c, _ in spans)
        y = min(tops[c] + c.text.viewport().height() // 3 for c, _ in spans) - line // 2
        y = max(y if at is None else at, max(tops.values()))
        for column, span in spans:
            text = column.text
            natural = text.doc_top(*span) - text.head()
            text.set_head(max(0, y - tops[column] - natural))
        for column in self.columns:
            if column not in tops and column.text.head():
                column.text.set_head(0)
        for column, span in spans:
            column.level_with(*span, y - tops[column])
        self.overlay.update()
        return y

    def reveal(self, column: ArticleColumn) -> None:
        self.ensureWidgetVisible(column, 0, 0)
