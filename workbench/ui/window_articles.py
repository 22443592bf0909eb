"""The window's articles: an article's date set (a doubtful year said, and
unsaid once the date no longer holds), an article removed or added as one
undo step, and the notices about articles that have left the review.

Split from ``window_review`` (decisions and moving between flags) when that
module reached the size limit.
"""

from __future__ import annotations

from datetime import date

from ..service import date_doubts
from .moved_findings import select_all
from .notices import CHANGED_ELSEWHERE, DATE_MOVED, ELSEWHERE_SAID, UNDO_HISTORY, date_of
from .undo import ArticlesChange, with_published, without


class ArticlesMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin): it uses
    the window's session, views and actions."""

    # -- articles -------------------------------------------------------------------
    def _date_changed(self, article: str, published: date | None) -> None:
        after = with_published(self.session.articles, article, published)
        if after is not None:
            # signed as a decision is: asked once who when a system account would sign
            self._signer(self.panel.reviewer.text().strip())
            when = published.isoformat() if published else "no date"
            self.undo_stack.push(
                ArticlesChange(self.session, after, f"Set {self._label(article)}'s date to {when}")
            )
            # a mistyped year (2102 for 2012) moves every relative date it
            # anchors; the command line says so, and so does the window now
            changed = next(a for a in after if a.id == article)
            for doubt in date_doubts(after, about=[changed]):
                said = doubt.split(": ", 1)[1]
                # "… check the date (…) — check the year" read twice (a trial)
                ask = "" if "check the" in said else " — check the date"
                text = f"{self._label(article)}: {said}{ask} (Ctrl+Z undoes)"
                self.messages.show_message(text, True, about=date_of(article))
                if not hasattr(self, "_date_doubts"):
                    self._date_doubts: dict[str, tuple[str, date | None]] = {}
                    self.undo_stack.indexChanged.connect(self._withdraw_stale_doubts)
                self._date_doubts[text] = (article, published)

    def _withdraw_stale_doubts(self, _index: int = 0) -> None:
        """A warning about a date goes once the date it questions is no longer
        in force (undone, or changed again): it stayed up after Ctrl+Z and
        contradicted the field (fresh trial)."""
        dates = {a.id: a.published for a in self.session.articles}
        for text, (article, published) in list(self._date_doubts.items()):
            if dates.get(article, published) != published or article not in dates:
                self.messages.withdraw(text)
                del self._date_doubts[text]

    def _date_invalid(self, column, message: str) -> None:
        """A typed date refused: say why; once it is corrected (or put back
        with Esc) the message goes (a fresh window trial saw it stay up,
        contradicting the corrected field, after the re-analysis). One
        message per column: a second typo elsewhere left the first one up
        for good (fresh window trial)."""
        if not hasattr(self, "_date_messages"):
            self._date_messages: dict[object, str] = {}
        before = self._date_messages.pop(column, "")
        if before:
            self.messages.withdraw(before)  # that one only: others still hold
        if message:
            self._date_messages[column] = message
            self.messages.show_message(message, True, about=date_of(column.article.id))

    def _withdraw_date_messages(self) -> None:
        """Another review opened: what was said of the last one's dates goes."""
        said = getattr(self, "_date_messages", {}), getattr(self, "_date_doubts", {})
        for text in [*said[0].values(), *said[1]]:
            self.messages.withdraw(text)
        for kept in said:
            kept.clear()

    def _note(self, text: str, about: str = "") -> None:
        """A notice of the session's, kept in mind: one about an article (its
        path or id first) goes once the article has left the review. The list
        brought up to date from another writer is said in the status bar: it
        held a line-wide bar for 45 s (user trial 48); what changed there (texts,
        dates, a note typed over) still comes in the bar."""
        if text == CHANGED_ELSEWHERE:
            self.statusBar().showMessage(ELSEWHERE_SAID, 10_000)
            return
        if about == DATE_MOVED:  # news of the date step: goes with the next step
            self._moved_said(text)
            return
        self.messages.show_message(text, False, about=about, below_errors=True)
        if not hasattr(self, "_notes"):
            self._notes: list[str] = []
        self._notes.append(text)

    def _moved_said(self, text: str) -> None:
        """What a date change moved, in findings, with a way to see them."""
        ids = list(self.session.moved_ids)

        def show() -> None:
            n = select_all(self, ids)
            said = f"Selected {n} of the {len(ids)} findings the date change moved"
            if n == len(ids):
                said = f"Selected the {n} finding{'s' if n != 1 else ''} the date change moved"
            if n < len(ids):  # a finding no longer compared, undecided, is not kept
                said += f"; {len(ids) - n} no longer compared, so not listed"
            if not n:
                said = "The findings the date change moved are no longer compared, so not listed"
            self.statusBar().showMessage(said, 8000)

        action = ("Show them", show) if ids else None
        self.messages.show_message(
            text, False, about=DATE_MOVED, step=True, action=action, below_errors=True
        )

    def _withdraw_notes_of_gone_articles(self) -> None:
        """Notices about an article that was removed (or undone out of the
        review) stayed up after it had gone (fresh editor trial 21)."""
        here = {n for a in self.session.articles for n in (a.path, a.id) if n}
        self._seen_articles = getattr(self, "_seen_articles", set()) | here
        shown = {t for t, _ in self.messages.messages}
        self._notes = [t for t in getattr(self, "_notes", ()) if t in shown]
        for text in list(self._notes):
            about = text.split(": ", 1)[0]
            if about in self._seen_articles and about not in here:
                self.messages.withdraw(text)
                self._notes.remove(text)

    def _undo_history_stale(self) -> None:
        """Another window or the command line changed the review's articles:
        an undo or redo of this window's earlier changes would put back its
        older set over theirs (trial 22: Redo "Add 4 articles" silently took
        out the article a colleague's check had put back)."""
        if self.undo_stack.count():
            self.undo_stack.clear()
            self.messages.show_message(
                "The review's articles were changed elsewhere, so this window's undo history was "
                "cleared: undoing its earlier changes would overwrite theirs",
                False,
                about=UNDO_HISTORY,
            )

    def _remove_article(self, article: str) -> None:
        label = self._label(article)
        self.undo_stack.push(
            ArticlesChange(self.session, without(self.session.articles, article), f"Remove {label}")
        )
        self.statusBar().showMessage(
            f"Removed {label}; its reviews are kept. Ctrl+Z brings it back.", 10000
        )

    def _articles_added(self, before: tuple, after: tuple) -> None:
        """Articles added to an open review can be taken out again with
        Ctrl+Z, as a removal can be put back (fresh window trial: a wrong
        file dropped on the window stayed, only ✕ column by column)."""
        n = len(after) - len(before)
        text = f"Add {n} article{'s' if n != 1 else ''}"
        self.undo_stack.push(ArticlesChange(self.session, after, text, before=before))
        self.statusBar().showMessage(f"Added {text[4:]}; Ctrl+Z takes them out again.", 10000)

    def _label(self, article: str) -> str:
        return self._labels.get(article, article)
