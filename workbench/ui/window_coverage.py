"""The coverage view in the window: a tab beside the list of findings,
refreshed from the session while it is shown; a click or Enter on a claim
goes to it (the columns and the review panel stay in view).

Editor's trial on ECB+ 42 at 1280×800 (window44): with 10 sources the tab
showed about 3½ claims of the matrix under its header of source names. While
it is shown the tab is given room for up to ``ROWS_WANTED`` claims, taken
from the columns down to ``COLUMNS_KEEP`` of the height (their headers and
several lines of text stay in view), and the columns get their height back
when the list of findings comes back (a splitter dragged meanwhile is the
editor's). Its switch "Only claims the sources differ on" sits in the tab
bar, beside the tabs, not in a row of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from .coverage_view import CoveragePane, coverage_rows
from .models import ID_ROLE
from .nway import claim_spread

ROWS_WANTED = 10  # claims of the matrix in view at once, room allowing
COLUMNS_KEEP = 0.4  # of the height, at least: a column's header and several lines
COLUMNS_MIN = 240  # pixels, at least, for the columns


class CoverageMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    def _with_coverage_tab(self, findings: QWidget) -> QTabWidget:
        """The list of findings and the coverage view as two tabs."""
        self.coverage = CoveragePane()
        self.list_tabs = QTabWidget()
        self.list_tabs.setObjectName("listTabs")
        self.list_tabs.setDocumentMode(True)
        self.list_tabs.addTab(findings, "&Findings")
        self.list_tabs.addTab(self.coverage, "C&overage")
        self.coverage.layout().removeWidget(self.coverage.only)  # beside the tabs
        self.list_tabs.setCornerWidget(self.coverage.only, Qt.Corner.TopRightCorner)
        self.coverage.only.hide()
        self.list_tabs.currentChanged.connect(self._coverage_shown)
        self.coverage.view.clicked.connect(self._coverage_go)
        self.coverage.view.activated.connect(self._coverage_go)
        # the selected finding's row follows the selection made elsewhere
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.coverage.show_finding(current.data(ID_ROLE) or "")
        )
        return self.list_tabs

    def act_coverage(self, checked: bool) -> None:
        """View › Coverage of claims: the matrix in place of the list, and back."""
        self.list_tabs.setCurrentIndex(1 if checked else 0)
        if checked:
            view = self.coverage.view
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not view.currentIndex().isValid() and self.coverage.proxy.rowCount():
                view.setCurrentIndex(self.coverage.proxy.index(0, 0))
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _coverage_shown(self, index: int) -> None:
        visible = index == 1
        action = self.actions_by_name["coverage"]
        if action.isChecked() != visible:
            action.setChecked(visible)
        self.coverage.only.setVisible(visible)
        if visible:
            self._refresh_coverage()
            QTimer.singleShot(0, self, self._coverage_room)  # once the tab has its size
        else:
            self.coverage_room_back()

    def _coverage_room(self) -> None:
        """Room for the matrix's claims, taken from the columns (module docstring)."""
        split = self.main_split
        sizes = split.sizes()
        if self.list_tabs.currentWidget() is not self.coverage or len(sizes) != 2:
            return
        short = self.coverage.short_of(min(self.coverage.proxy.rowCount(), ROWS_WANTED))
        total = sum(sizes)
        top = max(sizes[0] - short, int(total * COLUMNS_KEEP), COLUMNS_MIN)
        if short <= 0 or top >= sizes[0]:
            return
        if getattr(self, "_room_before", None) is None:
            self._room_before = sizes
        split.setSizes([top, total - top])
        self._room_given = split.sizes()
        if self._selected:  # its value may have been below the columns' new bottom
            QTimer.singleShot(0, self, lambda: self._scroll_to_selected(False))

    def coverage_room_back(self) -> None:
        """The columns' height as it was before the matrix took room, unless
        the editor has moved the splitter since."""
        before, self._room_before = getattr(self, "_room_before", None), None
        if before is not None and self.main_split.sizes() == getattr(self, "_room_given", None):
            self.main_split.setSizes(before)

    def _refresh_coverage(self) -> None:
        """Rebuilt only while shown: a hidden view costs nothing per change."""
        if self.list_tabs.currentWidget() is not self.coverage:
            return
        s = self.session
        self.coverage.set_rows(
            coverage_rows(s.analysis, s.claims), [a.id for a in s.articles], self._labels
        )
        self.coverage.show_finding(self._selected)

    def _coverage_go(self, index: QModelIndex) -> None:
        """Go to the claim: select its finding, or line up its sentences."""
        row, article = self.coverage.row_at(index)
        if row is None:
            return
        again = bool(row.finding) and row.finding == self._selected
        if again:  # the finding already selected: levelled afresh, as a new one is
            self._scroll_to_selected()
        elif not (row.finding and self.select(row.finding)):
            # a claim the sources do not differ on: no finding is selected, the
            # columns show it as they show one (level, joined, omissions named)
            shown = claim_spread(row.spans, [a.id for a in self.session.articles], row.similar)
            self.shown_claim = (self.session.analysis, shown)
            self.table.setCurrentIndex(QModelIndex())
            self._paint_highlights()
            spans = []
            for place in shown.places:
                column = self.columns.column(place.article)
                if column is not None:
                    spans.append((column, place.span))
            with self.following():
                self.columns.level(spans)
            if spans:
                self.columns.reveal(spans[-1][0])
                self.columns.reveal(spans[0][0])
        # the clicked source's sentence in view and shaded, the finding already
        # selected too (trial 34: a click on "◌" did nothing visible)
        column = self.columns.column(article) if article else None
        if column is not None and not self.go_to_sentence(article):
            self.columns.reveal(column)
