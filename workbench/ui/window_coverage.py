"""The coverage view in the window: built once, refreshed from the session
while it is shown, and a click or Enter on a claim goes to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from .coverage_view import CoverageDock, coverage_rows


class CoverageMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    def _build_coverage(self) -> None:
        self.coverage = CoverageDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.coverage)
        self.coverage.hide()
        self.coverage.visibilityChanged.connect(self._coverage_shown)
        self.coverage.view.clicked.connect(self._coverage_go)
        self.coverage.view.activated.connect(self._coverage_go)
        self.session.changed.connect(self._refresh_coverage)

    def act_coverage(self, checked: bool) -> None:
        self.coverage.setVisible(checked)
        if checked:
            self.coverage.raise_()
            self.coverage.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.coverage.view.currentIndex().isValid() and self.coverage.proxy.rowCount():
                self.coverage.view.setCurrentIndex(self.coverage.proxy.index(0, 0))

    def _coverage_shown(self, visible: bool) -> None:
        action = self.actions_by_name["coverage"]
        if action.isChecked() != visible:
            action.setChecked(visible)
        if visible:
            self._refresh_coverage()

    def _refresh_coverage(self) -> None:
        """Rebuilt only while shown: a hidden view costs nothing per change."""
        if not self.coverage.isVisible():
            return
        s = self.session
        self.coverage.set_rows(
            coverage_rows(s.analysis, s.claims), [a.id for a in s.articles], self._labels
        )

    def _coverage_go(self, index: QModelIndex) -> None:
        """Go to the claim: select its finding, or line up its sentences."""
        row, article = self.coverage.row_at(index)
        if row is None:
            return
        if not (row.finding and self.select(row.finding)):
            spans = []
            for column in self.columns.columns:
                span = row.spans.get(column.article.id)
                if span is not None:
                    spans.append((column, span))
            with self.following():
                self.columns.level(spans)
            if spans:
                self.columns.reveal(spans[0][0])
        column = self.columns.column(article) if article else None
        if column is not None:
            self.columns.reveal(column)
