"""The coverage view in the window: a tab beside the list of findings,
refreshed from the session while it is shown; a click or Enter on a claim
goes to it (the columns and the review panel stay in view)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from .coverage_view import CoveragePane, coverage_rows
from .models import ID_ROLE
from .nway import claim_spread


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
        if visible:
            self._refresh_coverage()

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
