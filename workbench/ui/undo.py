"""Undoable review changes. ``redo``/``undo`` call the session's store
method, never a widget: the review log is the state, the views follow."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .session import ReviewSession

TEXT_EDIT_ID = 1  # consecutive edits of one note or correction merge into one step


class ReviewChange(QUndoCommand):
    """Set some review fields of one discrepancy; undo restores the old ones."""

    def __init__(
        self,
        session: ReviewSession,
        ident: str,
        after: dict[str, str],
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.session = session
        self.ident = ident
        current = session.review_fields(ident)
        self.before = {k: current[k] for k in after}
        self.after = dict(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return TEXT_EDIT_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReviewChange) or other.merge_key != self.merge_key:
            return False
        if other.ident != self.ident:
            return False
        self.after.update(other.after)
        return True

    def redo(self) -> None:
        if not self.session.set_review(self.ident, **self.after):
            self.setObsolete(True)  # the write failed: nothing to undo later

    def undo(self) -> None:
        self.session.set_review(self.ident, **self.before)
