"""Columns that scroll in step (issue 16): scrolling one column brings the
sentence nearest its middle that is aligned elsewhere level with the sentences
aligned with it in the other columns, so curves stay short and a claim can
be read across every source.

*View › Scroll columns together* turns it off. Only an editor's scrolling
leads: the columns moved to follow (and the columns moved to a selected
finding) do not lead in turn."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .columns import ArticleColumn


class ScrollSyncMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    _syncing = False
    _partners_of: tuple[object, dict[str, dict[str, tuple[int, int]]]] | None = None

    @contextmanager
    def following(self):
        """Scrolls made inside do not lead other columns."""
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was

    def act_scroll_together(self, checked: bool) -> None:
        if checked and self.columns.columns:
            self._column_scrolled(self.columns.columns[0])

    def _wire_sync(self, column: ArticleColumn) -> None:
        column.scrolled.connect(lambda c=column: self._column_scrolled(c))

    def _partners(self) -> dict[str, dict[str, tuple[int, int]]]:
        """Claim id → article → the span of the claim aligned with it there
        (the strongest), rebuilt once per analysis."""
        analysis = self.session.analysis
        if self._partners_of is not None and self._partners_of[0] is analysis:
            return self._partners_of[1]
        out: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        claims = self.session.claims
        if analysis is not None:
            for a in sorted(analysis.alignments, key=lambda a: -a.score):
                left, right = claims.get(a.left), claims.get(a.right)
                if left is None or right is None:
                    continue
                out[left.id].setdefault(right.article, (right.start, right.end))
                out[right.id].setdefault(left.article, (left.start, left.end))
        self._partners_of = (analysis, out)
        return out

    def _column_scrolled(self, column: ArticleColumn) -> None:
        if self._syncing or not self.actions_by_name["scroll_together"].isChecked():
            return
        text = column.text
        middle = text.viewport().height() // 2
        first, last = text.visible_range()
        partners = self._partners()
        # of the sentences on screen with a partner elsewhere, the one nearest the middle
        shown = [
            c
            for c in self.session.claims.values()
            if c.article == column.article.id
            and c.start <= last
            and c.end >= first
            and partners.get(c.id)
        ]
        if not shown:
            return
        tops = {c.id: text.span_rect(c.start, c.end)[0] for c in shown}
        claim = min(shown, key=lambda c: (abs(tops[c.id] - middle), c.start))
        level = tops[claim.id]
        with self.following():
            for other in self.columns.columns:
                span = partners[claim.id].get(other.article.id)
                if other is not column and span is not None:
                    # level on screen, whatever the headers' heights
                    strip = self.columns.strip
                    shift = column.viewport_y(strip)[0] - other.viewport_y(strip)[0]
                    other.level_with(*span, level + shift)
            for gutter in self.columns.gutters:
                gutter.update()
