"""Undoable review changes. ``redo``/``undo`` call the session's store
method, never a widget: the review log is the state, the views follow."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QUndoCommand

from ..model import Article
from .rows import quoted_line
from .session import ReviewSession

TEXT_EDIT_ID = 1  # consecutive edits of one note or correction merge into one step


class ReviewChange(QUndoCommand):
    """Set some review fields of one discrepancy; undo restores the old ones.

    ``who`` is the editor making the change; an undo is recorded under their
    name too, so the history says who reversed a decision. Undo and redo
    refuse (with a message) when another window changed the same fields in
    between: restoring our old values would silently erase that decision.

    ``expected`` is what the editor saw before changing the fields (the note
    the panel loaded). When the log holds something else, another window or
    the command line wrote it meanwhile: ``conflicts`` names those fields
    with the log's values, and the change is refused the same way instead
    of silently overwriting that writing.
    """

    def __init__(
        self,
        session: ReviewSession,
        ident: str,
        after: dict[str, str],
        text: str,
        merge_key: str = "",
        who: str = "",
        expected: dict[str, str] | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.ident = ident
        self.who = who
        current = session.review_fields(ident)
        self.conflicts = {
            k: current[k]
            for k, v in (expected or {}).items()
            if current.get(k, "") != v and current.get(k, "") != after.get(k)
        }
        self.before = {k: current[k] for k in after}
        # each discrepancy's own decision: undo puts every one back exactly (a
        # finding's discrepancies may have been decided differently before)
        self.before_members = session.member_fields(ident)
        self.after = dict(after)
        self.merge_key = merge_key
        self._pushed = False

    def id(self) -> int:
        return TEXT_EDIT_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReviewChange) or other.merge_key != self.merge_key:
            return False
        if other.ident != self.ident:
            return False
        # the log changed between the two edits (another window or the command
        # line wrote in between): merged, one undo would jump back over that
        # writing and erase it; as two steps, undo returns to it
        if any(other.before.get(k) != v for k, v in self.after.items() if k != "reviewer"):
            return False
        self.after.update(other.after)
        return True

    def _unchanged_since(self, expected: dict[str, str]) -> bool:
        current = self.session.review_fields(self.ident)
        return all(current[k] == v for k, v in expected.items() if k != "reviewer")

    def _write(self, values: dict[str, str]) -> bool:
        if self.who:
            values = {**values, "reviewer": self.who}
        return self.session.set_review(self.ident, **values)

    def refuse_conflict(self) -> None:
        """Say (once, one line) that this edit was not saved and why."""
        for field, theirs in self.conflicts.items():
            mine = self.after.get(field, "")
            self.session.failed.emit(
                f"Your {field} was not saved: it was changed elsewhere (another window "
                f"or the command line) to {quoted_line(theirs, 160)}; your text, kept in the "
                f"panel: {quoted_line(mine, 160)}"
            )

    def redo(self) -> None:
        if not self._pushed and self.conflicts:
            self.refuse_conflict()
            self.setObsolete(True)  # nothing was written: nothing to undo
            self._pushed = True
            return
        if self._pushed and not self._unchanged_since(self.before):
            self.session.failed.emit(
                f"{self.text()} not redone: this decision was changed elsewhere since (another "
                "window or the command line); the step is dropped from Undo/Redo"
            )
            self.setObsolete(True)  # the stack deletes it: Redo never offers it again
            return
        ok = self._write(self.after)
        if not self._pushed and not ok:
            self.setObsolete(True)  # the write failed: nothing to undo later
        self._pushed = True

    def undo(self) -> None:
        if not self._unchanged_since(self.after):
            # the stack deletes an obsolete command: Redo does not offer a step
            # that was never undone, and the next Undo reaches the step before
            # (left in place, the stack's index moved as if it had been undone)
            self.session.failed.emit(
                f"{self.text()} not undone: this decision was changed elsewhere since (another "
                "window or the command line); the step is dropped from Undo/Redo"
            )
            self.setObsolete(True)
            return
        if self.before_members:
            # each decision comes back as it was made, by whoever made it; the
            # history row says who undid the change (as the command line's
            # undo does: a fresh trial's audit could not tell a window's undo
            # from a new decision, and the restored one was credited to the undoer)
            self.session.restore_members(self.ident, self.before_members, self.who or "someone")
        else:
            self._write(self.before)


class ArticlesChange(QUndoCommand):
    """Add or remove articles or correct a date; undo puts the old set back.

    Each re-runs the analysis; reviews are never touched, so undoing a removal
    brings every flag back with its decision. ``before``: the set this change
    started from when it is already in place (articles added, read and
    analysed before the change is pushed): its first redo does nothing."""

    def __init__(
        self,
        session: ReviewSession,
        after: tuple[Article, ...],
        text: str,
        before: tuple[Article, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.before = session.articles if before is None else before
        self.after = after
        self._in_place = before is not None

    def redo(self) -> None:
        if self._in_place:
            self._in_place = False
            return
        self.session.set_articles(self.after)

    def undo(self) -> None:
        self.session.set_articles(self.before)


def with_published(
    articles: tuple[Article, ...], article: str, published: date | None
) -> tuple[Article, ...] | None:
    """The articles with one date corrected, or None if nothing changes.
    Reviews survive the re-run: discrepancy ids depend on the wording, not
    on the resolved dates."""
    current = {a.id: a for a in articles}
    if article not in current or current[article].published == published:
        return None
    return tuple(
        dataclasses.replace(a, published=published, date_given=True) if a.id == article else a
        for a in articles
    )


def without(articles: tuple[Article, ...], article: str) -> tuple[Article, ...]:
    return tuple(a for a in articles if a.id != article)
