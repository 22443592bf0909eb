"""Columns that scroll in step (issue 16), with one rule, as in Meld's
locked scrolling: every column moves by the same distance.

The window keeps one shared position and, per column, where that column
stands relative to it. Selecting a finding (or clicking a sentence) lines
its sentences up level and takes those places as the columns' own; from
then on, scrolling any column by wheel, keys or scroll bar moves every other
column by the same number of pixels, so the anchored sentences stay level
in every column that carries them, and the columns without them move the
same distance (they never jump to another sentence). A column that runs
out of text waits at its end and moves again once the others come back
(a wheel over a waiting column still moves the others).

Alt+wheel scrolls one column on its own (its place relative to the others
changes; selecting the finding again levels it). *View › Scroll columns
together* turns the lock off: then every column scrolls alone."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from .columns import ArticleColumn


class ScrollSyncMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    _syncing = False
    _position = 0  # the shared scroll position, in pixels
    _places: dict[str, int] | None = None  # article → its value minus the position
    _relaying: frozenset[str] = frozenset()  # columns laid out again this turn

    @contextmanager
    def following(self):
        """Scrolls made inside do not lead other columns; each column's place
        is taken from where it ends up (the selection levels columns inside)."""
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was
            if not was:
                self.take_places()

    def take_places(self) -> None:
        """Where each column stands now becomes its place in step with the others."""
        places = self._places_now()
        for column in self.columns.columns:
            places[column.article.id] = column.text.verticalScrollBar().value() - self._position

    def _places_now(self) -> dict[str, int]:
        if self._places is None:
            self._places = {}
        return self._places

    def act_scroll_together(self, checked: bool) -> None:
        """Locked again: the selected finding is levelled at once (the status
        bar says it is; a fresh window trial found a column left where it had
        been scrolled alone); with none selected, each column keeps its place."""
        if not checked:
            return
        if self._selected:
            self._scroll_to_selected()
        else:
            self.take_places()

    def _wire_sync(self, column: ArticleColumn) -> None:
        bar = column.text.verticalScrollBar()
        self._places_now()[column.article.id] = bar.value() - self._position
        column.scrolled.connect(lambda c=column: self._column_scrolled(c))
        column.text.pushed.connect(lambda pixels, c=column: self._pushed(c, pixels))
        bar.rangeChanged.connect(lambda _lo, _hi, c=column: self._relaid(c))

    def _relaid(self, column: ArticleColumn) -> None:
        """The text was laid out again (a resize, room added for levelling):
        a value clamped by that is not the editor's scrolling, so it leads
        nothing until this event-loop turn is over."""
        article = column.article.id
        self._relaying = self._relaying | {article}
        QTimer.singleShot(0, self, lambda: self._settled(article))

    def _settled(self, article: str) -> None:
        self._relaying = self._relaying - {article}

    def _column_scrolled(self, column: ArticleColumn) -> None:
        if self._syncing:
            return
        places = self._places_now()
        bar = column.text.verticalScrollBar()
        value, mine = bar.value(), column.article.id
        if (
            not self.actions_by_name["scroll_together"].isChecked()
            or column.text.alone
            or mine in self._relaying
            or mine not in places
        ):
            places[mine] = value - self._position  # moved on its own
            self._repaint_links()
            return
        wanted = self._position + places[mine]
        shown = min(max(wanted, bar.minimum()), bar.maximum())
        if shown != wanted and bar.isSliderDown():
            # dragging a column that waits at its end: it goes its own way
            places[mine] = value - self._position
            self._repaint_links()
            return
        self._position += value - shown
        self._move_all()

    def _pushed(self, column: ArticleColumn, pixels: int) -> None:
        """A wheel over a column already at its end still moves the others."""
        if self._syncing or not self.actions_by_name["scroll_together"].isChecked():
            return
        bars = [c.text.verticalScrollBar() for c in self.columns.columns]
        before = [b.value() for b in bars]
        self._position += pixels
        self._move_all()
        if [b.value() for b in bars] == before:  # every column at that end: stay
            self._position -= pixels

    def _move_all(self) -> None:
        places = self._places_now()
        with self._leading():
            for other in self.columns.columns:
                place = places.get(other.article.id)
                if place is not None:  # the scrolled one too: it may wait at its end
                    other.text.verticalScrollBar().setValue(self._position + place)
        self._repaint_links()

    @contextmanager
    def _leading(self):
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was

    def _repaint_links(self) -> None:
        for gutter in self.columns.gutters:
            gutter.update()
        self.columns.overlay.update()
