"""The review log's manual links (an editor's link or unlink of two
sentences), as methods of :class:`ReviewLog`; the storage is ``store.links``."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from ..manual_links import ManualLink, make_link, pair_id
from . import links
from .disk import StoreError

if TYPE_CHECKING:
    import sqlite_utils

    from .records import LinkHistoryEntry


class ManualLinks:
    """Mixed into ReviewLog: needs its ``db`` and ``_write``."""

    db: sqlite_utils.Database

    def _write(self) -> AbstractContextManager[None]:  # ReviewLog's transaction
        raise NotImplementedError

    def _clock(self) -> str:  # ReviewLog's clock
        raise NotImplementedError

    def manual_links(self, withdrawn: bool = False) -> tuple[ManualLink, ...]:
        """Editors' links and unlinks, oldest first (withdrawn ones if asked)."""
        return links.stored_links(self.db, withdrawn)

    def set_link(
        self,
        kind: str,
        left: str,
        right: str,
        editor: str = "",
        event: str = "",
        differs: str | None = None,
    ) -> tuple[ManualLink, str]:
        """Link (or unlink) two claims of the latest analysis, named by their
        claim ids and stored by content; returns the link and the kind the
        pair had before ("" none), for an undo. ``differs``: what the editor
        says differs between them (an editor's finding; "" says nothing
        differs; None keeps what the pair's link said). One transaction."""
        with self._write():
            a, b = links.claim_ref(self.db, left), links.claim_ref(self.db, right)
            if differs is None:
                old = links.stored_link(self.db, pair_id(a, b))
                differs = old.differs if old is not None else ""
            try:
                link = make_link(kind, a, b, editor, self._clock(), differs)
            except ValueError as exc:
                raise StoreError(str(exc)) from None
            return link, links.write_link(self.db, link, link.at, event)

    def restore_link(
        self, ident: str, kind: str, editor: str = "", event: str = "", differs: str | None = None
    ) -> ManualLink:
        """Give a stored link another kind (undo, redo, withdraw) and, when
        given, what differs; kept in its history."""
        with self._write():
            old = links.stored_link(self.db, links.resolve_link_id(self.db, ident))
            assert old is not None
            said = old.differs if differs is None else differs
            link = make_link(kind, old.left, old.right, editor, self._clock(), said)
            links.write_link(self.db, link, link.at, event)
            return link

    def raised_finding(self, link_id: str) -> str:
        """The active finding holding an editor's link ("" none: not analysed yet)."""
        row = self.db.execute(
            "SELECT m.finding FROM finding_members m JOIN findings f ON f.id = m.finding "
            "WHERE f.active = 1 AND m.discrepancy = ?",
            [link_id],
        ).fetchone()
        return row[0] if row else ""

    def link_between(self, left: str, right: str) -> ManualLink | None:
        """The stored link of two claims of the latest analysis (None: never linked)."""
        a, b = links.claim_ref(self.db, left), links.claim_ref(self.db, right)
        return links.stored_link(self.db, pair_id(a, b))

    def alignment_score(self, left: str, right: str) -> float | None:
        """The score the latest analysis aligned two claims with (None: not aligned)."""
        row = self.db.execute(
            "SELECT score FROM alignments WHERE ([left] = ? AND [right] = ?) "
            "OR ([left] = ? AND [right] = ?)",
            (left, right, right, left),
        ).fetchone()
        return None if row is None else float(row[0])

    def resolve_link(self, ident: str) -> str:
        return links.resolve_link_id(self.db, ident)

    def link_history(self, ident: str | None = None) -> list[LinkHistoryEntry]:
        return links.link_history(self.db, ident)
