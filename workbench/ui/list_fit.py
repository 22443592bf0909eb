"""The findings list's columns fitted to the room the list has.

Window42's trial at 1280×800 (ECB+ 28) read "More than 3…" for "More than 30
years": the values are what names a finding in the list, so Value and Other
value widen to their longest value. Trial 37 at 1280×800 then read Status as
an icon and two letters ("ne", "di"), Reviewer off screen and Sources cut to
"Fox News,…": the values had widened past the list's width. So every column
but the values takes the width its words need (Kind, Verdict and Status words,
Sources a count — the names are in its tooltip), the values share what is
left of the list's width (each up to its longest value, at most
``VALUE_MAX``; a longer one is elided in the middle, whole in its tooltip)
and Reviewer, the last, takes the rest. A column the editor dragged keeps
its width, kept between sessions (``saved``/``restore``).

A user trial read "Ann…tor" for "Ann Editor": the list's middle cut, right
for a value, leaves a name neither its first nor its last name. Reviewer is
cut at its end ("Ann Edi…") and keeps the room its longest name needs (up to
``REVIEWER_MAX``) when the values leave it room. Trial 40 at 1280×800 read
"about …metres" beside "Senior editor (trial40)" whole: the values now come
first up to ``VALUE_READ``, then the name its room, then the values the rest;
a name cut at its end is whole in its tooltip.

Trial 44 read "A few m…es (+1)" and "less tha… minutes": the values are cut
between words (``whole_words``), and Kind takes the width of the kinds
listed ("date", "quote"), not of the longest kind there is, leaving the
rest to the values.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QTableView

from .appearance import LIST_WIDTHS
from .coverage_fit import ReadFromTheStart
from .models import COLUMNS
from .whole_words import WholeWords

KIND, VALUES, SOURCES, VERDICT, STATUS, REVIEWER = 0, (1, 2), 3, 4, 5, 6
VALUE_MAX = 320  # a long value ("more than three decades") without crowding the rest out
VALUE_MIN = 96  # "up to 12…an hour": both ends of a value
VALUE_READ = 160  # "about 150 metres (+3)": taken before a reviewer's name its room
SOURCES_MIN = 56  # "12 of 12"
REVIEWER_MIN = 64  # a short name; the last column takes what is left
REVIEWER_MAX = 160  # a long name is cut at its end past this, whole in its tooltip
ICON = 28  # a status icon and its margins
# the longest word each narrow column shows (``models``: short status words)
WIDEST = {KIND: "attribution", VERDICT: "unresolved", STATUS: "to correct ✎ ⚠", SOURCES: "12 of 12"}


def _shared(want: dict[int, int], room: int) -> dict[int, int]:
    """Each value its width, or a share of ``room`` when they do not all fit
    (a short value leaves the rest of its share to the others)."""
    if not want or sum(want.values()) <= room:
        return dict(want)
    share = max(VALUE_MIN, room // len(want))
    short = {c: w for c, w in want.items() if w <= share}
    rest = [c for c in want if c not in short]
    if rest:
        share = max(VALUE_MIN, (room - sum(short.values())) // len(rest))
    return {c: min(w, share) for c, w in want.items()}


class ValueFit(QObject):
    """Keeps the list's columns fitted as its rows and its width change."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.dragged: set[int] = set()
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_: self.fit())
        model.dataChanged.connect(lambda *_: self.fit())
        table.viewport().installEventFilter(self)
        # a name reads from its start: cut at its end, not in its middle
        table.setItemDelegateForColumn(REVIEWER, ReadFromTheStart(table))
        for column in VALUES:  # a value cut between words (trial 44), whole in its tooltip
            table.setItemDelegateForColumn(column, WholeWords(table))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != REVIEWER:  # the last one stretches
            self.dragged.add(column)

    def needed(self, column: int) -> int:
        """The width a narrow column's longest word takes (with its icon):
        the longest it shows now, at least ``WIDEST`` (trial 40 read
        "to corr… 3 open" for "to correct ✎ ⚠ · 3 open": a status with its
        marks and open count is longer than any one status word)."""
        metrics = self.table.fontMetrics()
        shown = [WIDEST[column], *self._texts(column)] if column != SOURCES else [WIDEST[column]]
        kinds = self._texts(KIND) - {""} if column == KIND else set()
        if kinds:  # the kinds listed, fixed until the next check: their room to the values
            shown = list(kinds)
        words = max(metrics.horizontalAdvance(text) for text in shown) + 16
        icon = ICON if column in (VERDICT, STATUS) else 0
        header = self.table.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(COLUMNS[column])
        return max(words + icon, title + 24, SOURCES_MIN if column == SOURCES else 0)

    def _texts(self, column: int) -> set[str]:
        model = self.table.model()
        return {str(model.index(r, column).data() or "") for r in range(model.rowCount())}

    def reviewer_room(self) -> int:
        """The width the longest reviewer's name in the list takes, kept
        for the last column before the values share the rest."""
        names = self._texts(REVIEWER)
        longest = max((self.table.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        return max(REVIEWER_MIN, min(REVIEWER_MAX, longest + 16))

    def widths(self) -> dict[int, int]:
        """The widths of the columns not dragged: the narrow ones as their
        words need; the values up to ``VALUE_READ`` before a reviewer's name,
        the name its room (up to ``REVIEWER_MAX``), and the values the rest."""
        t = self.table
        out = {c: self.needed(c) for c in (KIND, SOURCES, VERDICT, STATUS) if c not in self.dragged}
        taken = sum(out.get(c, t.columnWidth(c)) for c in (KIND, SOURCES, VERDICT, STATUS))
        room = t.viewport().width() - taken - sum(t.columnWidth(c) for c in self._fixed())
        free = [c for c in VALUES if c not in self.dragged]
        want = {c: min(VALUE_MAX, max(LIST_WIDTHS[c], t.sizeHintForColumn(c))) for c in free}
        # the values first, each up to a readable width ("about 150 metres (+3)"):
        # a name cut at its end reads, a value cut in its middle does not (trial 40)
        first = _shared({c: min(w, VALUE_READ) for c, w in want.items()}, room - REVIEWER_MIN)
        extra = room - sum(first.values()) - self.reviewer_room()  # the name, then the rest
        out.update(_shared(want, sum(first.values()) + extra) if extra > 0 else first)
        return out

    def _fixed(self) -> list[int]:
        return [c for c in VALUES if c in self.dragged]

    def fit(self) -> None:
        self._fitting = True
        try:
            for column, width in self.widths().items():
                if self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def saved(self) -> QByteArray:
        """The widths the editor dragged, by column title (kept between sessions)."""
        kept = {COLUMNS[c]: self.table.columnWidth(c) for c in self.dragged}
        return QByteArray(json.dumps(kept, sort_keys=True).encode())

    def restore(self, data: QByteArray | None) -> None:
        """The widths an earlier session's editor dragged, then the rest fitted."""
        try:
            kept = json.loads(bytes(data.data()).decode()) if data is not None else {}
        except (ValueError, UnicodeDecodeError):
            kept = {}
        titles = {title: c for c, title in enumerate(COLUMNS)}
        self._fitting = True
        try:
            for title, width in kept.items() if isinstance(kept, dict) else ():
                column = titles.get(title)
                if column is not None and column != REVIEWER and isinstance(width, int):
                    self.table.setColumnWidth(column, max(width, 32))
                    self.dragged.add(column)
        finally:
            self._fitting = False
        self.fit()
