"""The window's selection, kept in step across the list, the columns and
the panel, and the highlights it paints."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from . import correction_for, fold, other_writer
from .columns import Link, Mark, Thread
from .jump import place_sentences
from .models import ID_ROLE
from .notices import BOTH_KEPT, ELSEWHERE
from .nway import Spread, badge, shown_agreeing, spread, usual_only
from .sideways import best_offset
from .states import display_state, state_style

SEVERITY = {
    "conflict": 0,
    "unresolved": 1,
    "usual": 2,
    "consistent": 2,
    "verified": 3,
    "dismissed": 4,
}


class SelectionMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin): it uses
    the window's session, views and actions."""

    # -- selection ------------------------------------------------------------------
    def current_id(self) -> str:
        return self._selected

    def select(self, ident: str) -> bool:
        """Select a discrepancy in the table (clearing filters that hide it)."""
        row = self.table_model.row_of(ident)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        if not index.isValid():
            self.filter_kind.setCurrentIndex(0)
            self.filter_verdict.setCurrentIndex(0)
            self.filter_status.setCurrentIndex(0)
            self.filter_text.clear()
            self.filter_agreed.setChecked(True)  # an agreement asked for by id
            index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if self._selected != ident:  # same row: currentRowChanged does not fire
            self._row_changed(index, QModelIndex())
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = current.data(ID_ROLE) if current.isValid() else ""
        self.panel.commit_pending(leaving=True)
        if QApplication.focusWidget() in (self.panel.note, self.panel.correction):
            # The boxes now belong to the next flag: typing on would write into its
            # review, and Ctrl+Z would undo text instead of the decision just made.
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._selected = ident or ""
        self.statusBar().selection_moved(self._selected)  # a hint about another goes
        self._clicked = {}  # the finding is the anchor now, not a clicked sentence
        if getattr(self, "_going_to", None) and self._going_to[0] != ident:
            self._going_to = None  # a sentence asked for in another finding
        row = self.session.row(self._selected) if self._selected else None
        # what the selection holds, to follow it when a re-analysis renames it
        self._selected_members = {m.id for m in row.members} if row else set()
        self._paint_highlights()
        self._show_panel()
        self._scroll_to_selected()  # and again once the event loop lays columns out
        self._update_actions()

    def _row_again(self, index: QModelIndex) -> None:
        """A click (or Enter) on the row already selected lines its finding up
        again after one column was scrolled alone (fresh window trial)."""
        if index.data(ID_ROLE) == self._selected:
            self._scroll_to_selected()

    def _show_panel(self) -> None:
        row = self.session.row(self._selected) if self._selected else None
        history = self.session.history(self._selected) if row else []
        elsewhere = getattr(self.session, "elsewhere", False)
        said = self.panel.conflict.text() if self.panel.conflict.isVisible() else ""
        self.panel.set_discrepancy(row, self._labels, history, self._dark, elsewhere)
        correction_for.shown(self)  # the box's article, when several are owed
        if elsewhere and self.panel.conflict.isVisible() and self.panel.conflict.text() != said:
            # a colleague's note arrived while the editor types: said where it is
            # seen, not only in the panel's lower part (a fresh trial missed it,
            # typed on and saved over the note)
            self.messages.show_message(self.panel.conflict.text(), True, about=ELSEWHERE)
            self.panel.ensureWidgetVisible(self.panel.conflict)

    def _conflicts_changed(self, fields: list[str]) -> None:
        """A conflict settled (typing on, moving on, the log holding the
        typing again): its warnings go (trial 28 still read "the log has: CLI
        note D" after the log no longer had it)."""
        for text in other_writer.stale_warnings([t for t, _e in self.messages.messages], {*fields}):
            self.messages.withdraw(text)

    def _both_kept(self, field: str) -> None:
        self.messages.show_message(other_writer.kept_both(field), False, about=BOTH_KEPT)

    def _article_text(self, article: str) -> str:
        """An article's text (the panel marks a flag's value where it stands)."""
        return next((a.text for a in self.session.articles if a.id == article), "")

    def _scroll_to_selected(self, settle: bool = True) -> None:
        with self.following():  # the selection places every column itself
            self._scroll_to(self.session.row(self._selected) if self._selected else None)
        if settle:  # and again once columns just built have their size
            QTimer.singleShot(0, self, lambda: self._scroll_to_selected(False))

    def _scroll_to(self, row) -> None:
        """Line the finding up: its value level in every column that carries
        it; the other columns follow to the sentence aligned with it, if any."""
        if row is None or row.orphaned:
            fold.unfold(self.columns)
            return
        spread = self._spread_of(row)
        self._levelled = _places_key(row.id, spread)
        spans = []
        for place in spread.places:
            column = self.columns.column(place.article)
            if column is not None:
                spans.append((column, place.span))
        # the columns stating a version in view: both ends when they fit, else the
        # first (a column that only states the claim may lie far from them)
        versions = [c for c, _ in spans if (p := spread.place(c.article.id)) and p.version]
        shown = versions or [c for c, _ in spans]
        must = self._in_view_order(row, shown)
        fold.fold_between(self.columns, shown, must)  # two far columns side by side (trial 48)
        self._show_sideways(shown, must)
        y = self.columns.level(spans)
        for column in self.columns.columns:
            if column.article.id in spread.omitted:
                span = self._counterpart(row.sides[0].claim, column.article.id)
                if span:
                    column.level_with(*span, y - column.viewport_y(self.columns.strip)[0])
        self._after_levelling(row)  # a sentence the editor asked for stays in view
        for gutter in self.columns.gutters:
            gutter.update()

    def _show_sideways(self, wanted: list, must: list) -> None:
        """One sideways scroll that shows ``must`` (the last surely) and the
        most of ``wanted`` whole (``sideways``: trial 40's versions off to the right)."""
        area = self.columns
        bar = area.horizontalScrollBar()
        width = area.viewport().width()

        def edges(column) -> tuple[int, int]:
            return column.x(), column.x() + column.width()

        wanted_at, must_at = [edges(c) for c in wanted], [edges(c) for c in must]
        bar.setValue(best_offset(wanted_at, must_at, width, bar.value(), bar.maximum()))

    def _level_if_moved(self) -> None:
        """After a write or an analysis: the selected finding levelled again
        only when its places moved (reopening a log showed its findings before
        the analysis re-ran; the analysis added similar sentences and the
        headers named them, but their columns stayed at the top, the threads
        slanting to them). A decision, a note: nothing moves."""
        row = self.session.row(self._selected) if self._selected else None
        if row is None or row.orphaned or self.columns.building():
            return
        if getattr(self, "_levelled", None) != _places_key(row.id, self._spread_of(row)):
            self._scroll_to_selected()

    def _in_view_order(self, row, shown: list) -> list:
        """The columns to bring into view, the one to see surely last: a
        disagreement's least supported version (a lone dissenter) beside the
        nearest column of another version (fresh trial: with 15 sources the
        lone "Tuesday" stayed out of view while the columns agreeing on
        "Monday" were shown); else both ends when they fit, else the first."""
        vs = row.version_sources  # most supported first; a tie has no lone version
        lone = set(vs[-1][1]) if len(vs) > 1 and len(vs[-1][1]) < len(vs[0][1]) else set()
        first = next((c for c in shown if c.article.id in lone), None)
        if row.verdict == "consistent" or first is None:
            return shown[-1:] + shown[:1]
        order = self.columns.columns
        others = [c for c in shown if c.article.id not in lone]
        near = min(others, key=lambda c: abs(order.index(c) - order.index(first)), default=None)
        return ([near] if near is not None else []) + [first]

    def _spread_of(self, row) -> Spread:
        s = self.session
        key = (row, s.analysis)
        if getattr(self, "_spread_cache", (None,))[0] != key:
            articles = [a.id for a in s.articles]
            self._spread_cache = (key, spread(row, s.analysis, s.claims, articles))
        return self._spread_cache[1]

    def _paint_spread(self, selected) -> None:
        """Each column's header names its version of the selected finding (or
        says it omits the claim); threads join the columns that carry it."""
        # a claim chosen in the coverage view, while the analysis it came from stands
        shown_claim = getattr(self, "shown_claim", None)
        if shown_claim is not None and shown_claim[0] is not self.session.analysis:
            shown_claim = self.shown_claim = None
        if selected is None or selected.orphaned:
            if shown_claim is None:
                for column in self.columns.columns:
                    column.set_badge("", "", None)
                    column.badge.set_leads(False)
                self.columns.set_threads([], self._dark)
                return
            found, state = shown_claim[1], "aligned"
        else:
            self.shown_claim = None
            found = self._spread_of(selected)
            state = display_state(selected.verdict, selected.status)
        style = state_style(state, self._dark)
        agreeing = state_style("consistent", self._dark)  # a version no other contradicts
        usual = state_style("usual", self._dark)  # a name's usual spelling: no "≈"
        placed, versions = [], set()
        for index, column in enumerate(self.columns.columns):
            place = found.place(column.article.id)
            own = agreeing if place is not None and place.agrees and state != "aligned" else style
            if own is agreeing and place is not None and place.usual:
                own = usual
            text, tip = badge(place, own.marker, own.label)
            column.set_badge(text, tip, own.color if place and place.version else None)
            column.badge.set_leads(place is not None)
            if place is not None:
                placed.append((index, place.span))
                if place.version:
                    versions.add(index)
        threads = [Thread(i, j, left, right, state) for (i, left), (j, right) in pairwise(placed)]
        self.columns.set_threads(threads, self._dark, versions)

    def _counterpart(self, claim: str, article: str) -> tuple[int, int] | None:
        analysis = self.session.analysis
        if analysis is None:
            return None
        claims = self.session.claims
        for a in analysis.alignments:
            for mine, other in ((a.left, a.right), (a.right, a.left)):
                if mine == claim and claims.get(other) and claims[other].article == article:
                    return claims[other].start, claims[other].end
        return None

    def _claim_clicked(self, article: str, pos: int) -> None:
        """A click on a flagged value (or its sentence) selects its discrepancy."""
        rows = [r for r in self.session.rows if not r.orphaned]
        on_value = [
            r
            for r in rows
            if any(s.article == article and s.start <= pos <= s.end for s in r.sides)
        ]
        analysis = self.session.analysis
        claim = None
        if analysis is not None:
            claim = next(
                (c for c in analysis.claims if c.article == article and c.start <= pos < c.end + 1),
                None,
            )
        in_claim = [
            r for r in rows if claim is not None and any(s.claim == claim.id for s in r.sides)
        ]
        choice = on_value or in_claim
        if choice:
            choice.sort(key=lambda r: SEVERITY.get(display_state(r.verdict, r.status), 9))
            self.select(choice[0].id)
        elif claim is not None:
            self._anchor_sentence(article, claim)

    def _anchor_sentence(self, article: str, claim) -> None:
        """A click on a sentence without a flag: the sentences aligned with it
        come level with it (it stays where it is) and all are shaded; they are
        the anchor that scrolling keeps level until another selection."""
        clicked = self.columns.column(article)
        if clicked is None:
            return
        spans = [(clicked, (claim.start, claim.end))]
        for column in self.columns.columns:
            span = self._counterpart(claim.id, column.article.id)
            if column is not clicked and span:
                spans.append((column, span))
        self._clicked = {c.article.id: span for c, span in spans}
        at = clicked.span_y(claim.start, claim.end, self.columns.strip)[0]
        with self.following():
            self.columns.level(spans, at)
        self._paint_highlights()
        if len(spans) > 1:
            self.statusBar().showMessage(
                f"{len(spans) - 1} other column{'s' if len(spans) > 2 else ''} lined up "
                "with the clicked sentence; scrolling keeps them level",
                6000,
            )

    def _linked_by_hand(self) -> dict[str, list[tuple[int, int]]]:
        """Per article, the sentences an editor linked by hand (marked in the margin)."""
        analysis, claims = self.session.analysis, self.session.claims
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for a in analysis.alignments if analysis is not None else ():
            if a.manual:
                for cid in (a.left, a.right):
                    if cid in claims:
                        out[claims[cid].article].append((claims[cid].start, claims[cid].end))
        return out

    # -- highlights -----------------------------------------------------------------
    def _paint_highlights(self) -> None:
        """Marks in every column and links in every gutter, from the session."""
        s = self.session
        marks: dict[str, list[Mark]] = defaultdict(list)
        worst: dict[tuple[str, str], str] = {}
        selected = s.row(self._selected) if self._selected else None
        agrees = _agreeing_sides(s.analysis)
        usual = _usual_sides(s.analysis)
        for r in s.rows:
            if r.orphaned:
                continue
            state = display_state(r.verdict, r.status)
            is_sel = r.id == self._selected
            for side in r.sides:
                # a version no other contradicts ('more than 200' beside 212 and
                # 221), a name's usual spelling beside a misspelling, is drawn
                # as agreeing, not hatched as the conflict
                here = (r.id, side.article, side.start)
                own = state
                if state == r.verdict and here in agrees:
                    own = "usual" if here in usual else "consistent"
                marks[side.article].append(Mark(side.start, side.end, own, is_sel))
            key = tuple(sorted((r.sides[0].claim, r.sides[1].claim)))
            if SEVERITY.get(state, 9) < SEVERITY.get(worst.get(key, "aligned"), 9):
                worst[key] = state
        marks = {article: strongest(own) for article, own in marks.items()}
        # every place of the finding shown, a similar sentence too (trial 34:
        # "◌ a similar sentence" over a column where none was shaded)
        sentence = place_sentences(self._shown_spread(), s.claims)
        selected_claims: set[str] = set()
        if selected is not None and not selected.orphaned:
            claims = s.claims
            for side in selected.sides:
                c = claims.get(side.claim)
                if c is not None:
                    sentence[side.article] = (c.start, c.end)
                selected_claims.add(side.claim)
        sentence.update(getattr(self, "_clicked", {}))  # a clicked sentence and its partners
        linked = self._linked_by_hand()
        for column in self.columns.columns:
            column.set_marks(
                marks.get(column.article.id, []), sentence.get(column.article.id), self._dark
            )
            column.text.linked = linked.get(column.article.id, [])
        self.mark_link_sources()
        self._paint_spread(selected)
        if s.analysis is None:
            for gutter in self.columns.gutters:
                gutter.links = []
                gutter.update()
            return
        claims = s.claims
        for gutter in self.columns.gutters:
            la, ra = gutter.left.article.id, gutter.right.article.id
            links = []
            for a in s.analysis.alignments:
                left, right = claims.get(a.left), claims.get(a.right)
                if left is None or right is None:
                    continue
                if left.article == ra and right.article == la:
                    left, right = right, left
                if left.article != la or right.article != ra:
                    continue
                key = tuple(sorted((left.id, right.id)))
                links.append(
                    Link(
                        (left.start, left.end),
                        (right.start, right.end),
                        worst.get(key, "aligned"),
                        left.id in selected_claims and right.id in selected_claims,
                    )
                )
            gutter.links = links
            gutter.dark = self._dark
            gutter.update()


def strongest(marks: list[Mark]) -> list[Mark]:
    """One state for words several findings mark: the open verdict before a
    decision, a conflict before the rest; the selected finding's marks always.
    Trial 40 dismissed a duplicate finding and 23_1's right figure, which a
    conflict of another finding also marks, showed struck through: the
    decision on one finding read as the figure being wrong."""
    unselected = sorted(
        (m for m in marks if not m.selected), key=lambda m: SEVERITY.get(m.state, 9)
    )
    kept: list[Mark] = []
    for m in unselected:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return [m for m in marks if m.selected or m in kept]


def _agreeing_sides(analysis) -> set[tuple[str, str, int]]:
    """(finding, article, start) of every side of a version drawn as
    agreeing: one no other contradicts, in findings that are not consistent
    as a whole, or a misspelt name's usual spelling (``nway.shown_agreeing``)."""
    return {
        (f.id, side.article, side.start)
        for f in (analysis.findings if analysis is not None else ())
        for i in shown_agreeing(f)
        for side in f.versions[i].sides
    }


def _usual_sides(analysis) -> set[tuple[str, str, int]]:
    """(finding, article, start) of every side of a name's usual spelling
    that no other reading shows as agreeing (``nway.usual_side_of``)."""
    return {
        (f.id, side.article, side.start)
        for f in (analysis.findings if analysis is not None else ())
        for i in usual_only(f)
        for side in f.versions[i].sides
    }


def _places_key(finding: str, spread: Spread) -> tuple:
    return finding, tuple((p.article, p.span) for p in spread.places)
