"""Going to a sentence: whatever leads the editor to a sentence of one
column — the header's "◌ a similar sentence, not compared", "○ states the
claim" or a version badge, a cell of the coverage view — brings that
sentence into view in its column and shades it.

Trial 34: the header named "a similar sentence" and the coverage cell said
"read it", yet the sentence was neither shaded nor (in a column scrolled
alone, or short at 1280×800) on screen; a click on either did nothing
visible. Every place of the selected finding (or of the claim chosen in the
coverage view) now has its whole sentence shaded, and a click on a column's
header line or a coverage cell scrolls that column — that column only, the
others keep their places — until the sentence lies inside its viewport.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..model import Claim

if TYPE_CHECKING:
    from .columns import ArticleColumn
    from .nway import Spread

EDGE = 6  # px kept between a sentence brought into view and the viewport's edge


def sentence_at(claims: Mapping[str, Claim], article: str, pos: int) -> tuple[int, int] | None:
    """The whole sentence of ``article`` holding offset ``pos``."""
    for c in claims.values():
        if c.article == article and c.start <= pos < max(c.end, c.start + 1):
            return c.start, c.end
    return None


def place_sentences(
    found: Spread | None, claims: Mapping[str, Claim]
) -> dict[str, tuple[int, int]]:
    """Article → the sentence of each place of a spread (a similar sentence,
    a claim stated without the value, a version), to shade and to go to."""
    out: dict[str, tuple[int, int]] = {}
    for place in found.places if found is not None else ():
        span = sentence_at(claims, place.article, place.span[0])
        out[place.article] = span or place.span
    return out


def bring_into_view(column: ArticleColumn, start: int, end: int) -> bool:
    """Scroll ``column`` until the span lies inside its viewport (centred when
    it was out of it; its top near the top when it is taller than the view).
    Returns whether it had to scroll."""
    text = column.text
    doc = text.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # the scroll range covers it all
    top, bottom = text.span_rect(start, end)
    height = text.viewport().height()
    if top >= 0 and bottom <= height:
        return False
    bar = text.verticalScrollBar()
    if bottom - top > height - 2 * EDGE:
        bar.setValue(bar.value() + top - EDGE)
    else:
        bar.setValue(bar.value() + (top + bottom) // 2 - height // 2)
    return True


class JumpMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    def _wire_jump(self, column: ArticleColumn) -> None:
        column.badge.clicked.connect(lambda c=column: self.go_to_sentence(c.article.id))

    def _shown_spread(self) -> Spread | None:
        """The spread the columns show: the selected finding's, or the claim
        chosen in the coverage view."""
        row = self.session.row(self._selected) if self._selected else None
        if row is not None and not row.orphaned:
            return self._spread_of(row)
        shown = getattr(self, "shown_claim", None)
        if shown is not None and shown[0] is self.session.analysis:
            return shown[1]
        return None

    def _after_levelling(self, row) -> None:
        """Levelling the finding again (once columns have their size) keeps the
        sentence the editor went to in view: the second pass had brought the
        versions' columns back and left the asked-for one out (trial 34)."""
        going = getattr(self, "_going_to", None)
        if going is None or going[0] != row.id:
            return
        column = self.columns.column(going[1])
        span = place_sentences(self._shown_spread(), self.session.claims).get(going[1])
        if column is not None and span is not None:
            self.columns.reveal(column)
            bring_into_view(column, *span)

    def go_to_sentence(self, article: str) -> bool:
        """Bring the sentence the shown finding has in ``article`` into view
        (the column into the strip, the sentence into the column), shaded."""
        spread = self._shown_spread()
        column = self.columns.column(article)
        place = spread.place(article) if spread is not None else None
        if column is None or place is None:
            return False
        span = place_sentences(spread, self.session.claims).get(article, place.span)
        self._going_to = (self._selected, article) if self._selected else None
        self.columns.reveal(column)
        with self.following():  # this column moves; the others keep their places
            bring_into_view(column, *span)
        self._repaint_links()
        what = "similar sentence" if place.similar else "sentence"
        self.statusBar().showMessage(
            f"{self._labels.get(article, article)}: its {what} is shaded in its column", 5000
        )
        return True
