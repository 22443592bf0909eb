"""The coverage view: the claims × sources matrix of the findings, in a tab
beside the list of findings (given room while shown: ``window_coverage``).

One row per claim group (one per finding when the group has several): the
claim, its versions with how many sources, and how many independent ones,
state each, how many sources carry it, then one cell per source — the
letter of the version it states, ● when it states the claim without the
compared value, ∅ when it leaves the claim out. A click or Enter on a row
goes to the claim: it selects the finding, or lines the sentences up.

A finding no claim group holds (its sentences aligned too weakly to group, or
compared across articles without an alignment) has a row of its own after
the claims, as ``workbench coverage`` lists it: the letter of each source's
version, – where nobody compared the source (not known to leave it out).
The rows themselves are made in ``coverage_rows`` (Qt-free).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import coverage_fit
from .coverage_header import SourceHeader
from .coverage_rows import (
    AFTER,
    CARRIES,
    NO_GROUP,
    OMITS,
    SIMILAR,
    UNCOMPARED,
    CoverageRow,
    coverage_rows,
)

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's finding id ("" for none)
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the source of a cell's column
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
# the rows are made in coverage_rows (Qt-free); read from here too, as before
__all__ = [
    "CARRIES",
    "NO_GROUP",
    "OMITS",
    "SIMILAR",
    "UNCOMPARED",
    "CoverageFilter",
    "CoverageModel",
    "CoveragePane",
    "CoverageRow",
    "coverage_rows",
]


class CoverageModel(QAbstractTableModel):
    """Adapts the coverage rows: three fixed columns, then one per source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CoverageRow] = []
        self.articles: list[str] = []
        self.labels: dict[str, str] = {}
        self.short: dict[str, str] = {}  # the names in the narrow header

    def set_rows(
        self, rows: list[CoverageRow], articles: Sequence[str], labels: Mapping[str, str]
    ) -> None:
        self.beginResetModel()
        self.rows, self.articles, self.labels = list(rows), list(articles), dict(labels)
        names = [self.labels.get(a, a) for a in self.articles]
        self.short = dict(zip(self.articles, coverage_fit.short_names(names), strict=True))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.articles) + len(AFTER)

    def article_at(self, column: int) -> str:
        n = column - 1
        return self.articles[n] if 0 <= n < len(self.articles) else ""

    def _fixed(self, column: int) -> int:
        """0 for the claim, 1 carried by, 2 versions (-1 for a source)."""
        if column == 0:
            return 0
        n = column - 1 - len(self.articles)
        return n + 1 if 0 <= n < len(AFTER) else -1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        article = self.article_at(section)
        name = self.labels.get(article, article)
        if role == Qt.ItemDataRole.DisplayRole:
            if article:
                return self.short.get(article, name)
            return ("Claim", *AFTER)[self._fixed(section)]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, where the header cuts it
            if article:
                return name if name == article else f"{name} ({article})"
            return ("Claim", *AFTER)[self._fixed(section)]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        article = self.article_at(col)
        if role == FINDING_ROLE:
            return row.finding
        if role == ARTICLE_ROLE:
            return article
        if article:
            return self._cell(row, article, role)
        fixed = self._fixed(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (row.claim, row.carried_text(), row.versions_text())[fixed]
            if fixed == 2 and row.finding:
                text = f"{row.kind}: {text}"
            return text
        if role == SORT_ROLE:
            return (row.claim, row.carried, len(row.versions))[fixed]
        return None

    def _cell(self, row: CoverageRow, article: str, role: int):
        mark = row.cells.get(article, row.missing)
        name = self.labels.get(article, article)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return mark
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if mark == OMITS:
                return f"{name} omits this claim"
            if mark == UNCOMPARED:
                return f"{name} was not compared on this finding (no claim group holds it)"
            if mark == SIMILAR:
                return f"{name} has a similar sentence, not grouped with this claim: read it"
            said = row.texts.get(article, "")
            said = f": “{said[:240]}{'…' if len(said) > 240 else ''}”" if said else ""
            if mark == CARRIES:
                without = " without the value" if row.finding else ""
                return f"{name} states this claim{without}{said}"
            value = next((v[1] for v in row.versions if v[0] == mark), "")
            return f"{name}: version {mark} ‘{value}’{said}"
        return None


class CoverageFilter(QSortFilterProxyModel):
    """Sorts by any column; can keep only the claims with a finding."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_findings = False
        self.setSortRole(SORT_ROLE)

    def set_only_findings(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_findings = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_findings:
            return True
        return bool(self.sourceModel().index(row, 0, parent).data(FINDING_ROLE))


class CoveragePane(QWidget):
    """The matrix, with a switch to keep only the claims sources differ on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePane")
        self.model = CoverageModel(self)
        self.proxy = CoverageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setHorizontalHeader(SourceHeader(self.view))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the articles' order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        # claims of one story open alike: both ends stay (coverage_fit.ClaimLines)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName("Coverage of claims by source")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(28)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(coverage_fit.row_height(self.view.fontMetrics()))
        self._from_the_start = coverage_fit.ReadFromTheStart(self.view)
        self._claim_lines = coverage_fit.ClaimLines(self.view)  # two lines, cut at a word
        self._fitting = False  # the widths are being set here, not dragged
        self._dragged: set[int] = set()  # columns the editor sized by hand
        header.sectionResized.connect(self._section_dragged)
        self.only = QCheckBox("Only claims the sources differ on")
        self.only.toggled.connect(self.proxy.set_only_findings)
        self.frozen = self._frozen_claims()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.only)
        layout.addWidget(self.view, 1)

    def _frozen_claims(self) -> QTableView:
        """The claim column kept in place over the matrix while it scrolls
        sideways (fresh trial: with 15 sources, scrolling to the versions hid
        which claim a row was). Same model and selection; a click on it is a
        click on the matrix."""
        frozen = QTableView(self.view)
        frozen.setObjectName("frozenClaims")
        frozen.setModel(self.proxy)
        frozen.setSelectionModel(self.view.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().hide()
        frozen.setWordWrap(False)
        frozen.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        frozen.setItemDelegateForColumn(0, coverage_fit.ClaimLines(frozen))
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setSectionsClickable(True)
        frozen.horizontalHeader().sectionClicked.connect(lambda _s: self._sort_by_claim())
        for policy in (frozen.setHorizontalScrollBarPolicy, frozen.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setStyleSheet("QTableView#frozenClaims { border: none; }")
        frozen.clicked.connect(self.view.clicked.emit)
        frozen.activated.connect(self.view.activated.emit)
        ours, theirs = frozen.verticalScrollBar(), self.view.verticalScrollBar()
        theirs.valueChanged.connect(ours.setValue)
        ours.valueChanged.connect(theirs.setValue)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._place_frozen())
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset, self.proxy.rowsInserted):
            signal.connect(lambda *_: self._place_frozen())
        self.view.viewport().stackUnder(frozen)
        self.view.installEventFilter(self)
        # the matrix's rows area changes size after the matrix does (its
        # scroll bars come and go): placed on the view's resize alone, the
        # kept column lagged one resize behind, its rows one out of step with
        # the cells and the last label twice (trial 31, after resizing and
        # keyboard moves)
        self.view.viewport().installEventFilter(self)
        self.view.horizontalHeader().installEventFilter(self)
        theirs.rangeChanged.connect(lambda *_: self._place_frozen())
        return frozen

    def _sort_by_claim(self) -> None:
        header = self.view.horizontalHeader()
        up = header.sortIndicatorSection() == 0 and (
            header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        )
        order = Qt.SortOrder.DescendingOrder if up else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(0, order)

    def _place_frozen(self) -> None:
        v, f = self.view, self.frozen
        for col in range(1, self.proxy.columnCount()):
            f.setColumnHidden(col, True)
        f.setColumnWidth(0, v.columnWidth(0))
        # the header's height as the rows area already stands under it (the
        # header itself is resized after its rows area: read from it, the
        # kept column sat a header's change above the cells)
        header = v.viewport().geometry().top() - v.frameWidth()
        if f.horizontalHeader().height() != header:
            f.horizontalHeader().setFixedHeight(header)
            f.updateGeometries()  # its rows area under the new header now, not later
        for r in range(self.proxy.rowCount()):
            f.setRowHeight(r, v.rowHeight(r))
        f.setGeometry(
            v.frameWidth(), v.frameWidth(), v.columnWidth(0), v.viewport().height() + header
        )
        f.verticalScrollBar().setValue(v.verticalScrollBar().value())
        f.setVisible(self.proxy.columnCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watching = (self.view, self.view.viewport(), self.view.horizontalHeader())
        if watched in watching and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
        ):
            if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
                self.fit_columns()
            self._place_frozen()
        return False

    def set_rows(
        self, rows: list[CoverageRow], articles: Sequence[str], labels: Mapping[str, str]
    ) -> None:
        if list(articles) != self.model.articles:
            self._dragged.clear()  # other sources: the widths are fitted afresh
        self.model.set_rows(rows, articles, labels)
        for col in range(self.model.columnCount()):
            self.view.setItemDelegateForColumn(col, None)
        for col, delegate in ((0, self._claim_lines), (len(articles) + 2, self._from_the_start)):
            self.view.setItemDelegateForColumn(col, delegate)
        self.fit_columns()
        self._place_frozen()

    def fit_columns(self) -> None:
        """Source cells and "Carried by" as wide as their contents, the room
        left shared by the claim and its versions (``coverage_fit``)."""
        n, metrics = len(self.model.articles), self.view.fontMetrics()
        cell = coverage_fit.cell_width(metrics)
        said = [r.carried_text() for r in self.model.rows]
        carried = coverage_fit.text_width(metrics, [AFTER[0], *said])
        room = self.view.viewport().width()
        claim, versions = coverage_fit.widths(room, n, cell, carried)
        self._fitting = True
        try:
            for col, width in [(0, claim), *((c, cell) for c in range(1, n + 1))]:
                self._fit(col, width)
            self._fit(n + 1, carried)
            self._fit(n + 2, versions)
        finally:
            self._fitting = False

    def _fit(self, column: int, width: int) -> None:
        if column not in self._dragged and self.view.columnWidth(column) != width:
            self.view.setColumnWidth(column, width)

    def _section_dragged(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._dragged.add(column)

    def short_of(self, rows: int) -> int:
        """How many pixels the matrix lacks to show ``rows`` claims whole."""
        height = self.view.verticalHeader().defaultSectionSize()
        return max(0, rows * height - self.view.viewport().height())

    def show_finding(self, finding: str) -> None:
        """Make the selected finding's row current (without going anywhere)."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if finding and index.data(FINDING_ROLE) == finding:
                if self.view.currentIndex().row() != r:
                    self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def row_at(self, index: QModelIndex) -> tuple[CoverageRow | None, str]:
        """The row and the source of the cell at a view index."""
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return None, ""
        return self.model.rows[source.row()], self.model.article_at(source.column())
