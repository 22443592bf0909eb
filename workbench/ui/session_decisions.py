"""The decisions of the open review, as the window asks and writes them:
a finding's row and its decision as the log has it now, a decision written
through the log's single writer and waited for (undo needs to know it was
written), each discrepancy's own decision put back, a finding's history.
A part of ``session.ReviewSession``, kept apart from opening, analysing and
saving a review."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..model import Article
from ..store import Change, HistoryEntry, StoreError
from ..store.owing import Owing, owed, owing_after
from ..store.per_article import owed_texts
from .rows import FindingRow, finding_row


class SessionDecisions:
    """Mixed into ``ReviewSession``: uses its ``log``, ``rows``, ``articles``,
    ``writer``, ``_side``, ``_tickets``, ``_show_rows`` and its signals."""

    @property
    def correction_for(self) -> dict[str, str]:
        """The article the Correction box is for, by finding, when it owes
        corrections to several (``ui.correction_for``)."""
        if not hasattr(self, "_correction_for"):
            self._correction_for: dict[str, str] = {}
        return self._correction_for

    def row(self, ident: str) -> FindingRow | None:
        return next((r for r in self.rows if r.id == ident), None)

    def _fresh(self, ident: str) -> FindingRow | None:
        """The finding as the log has it now (another window may have changed it)."""
        if self.log is None:
            return None
        try:
            found = next((f for f in self.log.findings() if f.id == ident), None)
        except (StoreError, sqlite3.Error):
            return None
        return finding_row(found, self.log.copies()) if found is not None else None

    def review_fields(self, ident: str) -> dict[str, str]:
        """The decision as the log has it now: the latest one on the finding's
        discrepancies (another window may have changed it)."""
        if self.log is not None:
            try:
                fields = self.log.review(ident).fields()
            except (StoreError, sqlite3.Error):
                pass
            else:  # several articles named: all of them, as "Correct in" shows and
                # undo compares them (the latest decision's one alone read as a change
                # made elsewhere, and an added article could not be undone)
                row = self._fresh(ident) if fields["article"] else None
                if row is not None and "\n" in row.correct_article:
                    fields["article"] = row.correct_article
                if (article := self.correction_for.get(ident)) and (found := self._record(ident)):
                    fields["correction"] = owed_texts(found.members).get(article, "")
                return fields
        return {"status": "open", "note": "", "correction": "", "reviewer": "", "article": ""}

    def member_fields(self, ident: str) -> dict[str, dict[str, str]]:
        """Each discrepancy's own decision, to put back exactly on undo."""
        row = self._fresh(ident)
        if row is None:
            return {}
        return {
            m.id: {
                "status": m.status,
                "note": m.note,
                "correction": m.correction,
                "reviewer": m.reviewer,
                "article": m.correct_article,
            }
            for m in row.members
        }

    def owing(
        self,
        ident: str,
        status: str | None,
        named: tuple[str, ...],
        withdraw: tuple[str, ...] = (),
        correction: str | None = None,
    ) -> Owing | None:
        """The articles the finding owes corrections to after this decision, as
        ``review F… --article``/``--withdraw`` works them out (``store.owing``);
        None when it owes none yet. Raises ``StoreError`` (nothing to record)."""
        found = self._record(ident)
        return None if found is None else owing_after(found, status, named, withdraw, correction)

    def owed(self, ident: str) -> tuple[str, ...]:
        """The articles the decision in force asks to correct or answer."""
        found = self._record(ident)
        return () if found is None else owed(found)

    def _record(self, ident: str):
        if self.log is None:
            return None
        try:
            return next((f for f in self.log.findings() if f.id == ident), None)
        except (StoreError, sqlite3.Error):
            return None

    def set_review(self, ident: str, **fields: str) -> bool:
        """Write a decision on a finding (to each of its discrepancies) and
        wait for it; False (and a message) if it failed."""
        article = fields.pop("article", None)
        # several articles to correct come one per line ("Correct in" offers
        # every source stating one version)
        articles = None if article is None else tuple(a for a in article.split("\n") if a)
        if "correction" in fields and (mine := self.correction_for.get(ident)):
            fields["corrections"] = ((mine, fields.pop("correction")),)  # its own alone
        return self._decide(ident, self._side.decide, ident, Change(**fields), articles)

    def restore_members(self, ident: str, state: dict[str, dict[str, str]], by: str = "") -> bool:
        """Put each discrepancy's own decision back (undo ``by`` an editor), in one transaction."""
        changes = {d: Change(**f) for d, f in state.items()}
        return self._decide(ident, self._side.restore, changes, by)

    def _decide(self, ident: str, write: Callable[..., tuple[FindingRow, ...]], *args) -> bool:
        """A decision goes through the writer, after the writes queued before
        it (a save under way), and is waited for."""
        if self.log is None:
            self.failed.emit("no review log is open")
            return False
        ticket = next(self._tickets)
        try:
            rows = self.writer.call(write, *args)
        except (StoreError, sqlite3.DatabaseError, OSError) as exc:
            self.failed.emit(f"could not save the review: {exc}")
            return False
        self._show_rows(ticket, rows)
        self.changed.emit()
        self.reviewed.emit(ident)
        return True

    def history(self, ident: str) -> list[HistoryEntry]:
        """Every recorded change of the decisions on a finding, oldest first."""
        row = self.row(ident)
        if self.log is None or row is None:
            return []
        try:
            entries = [h for m in row.members for h in self.log.history(m.id)]
        except StoreError:
            return []
        return sorted(entries, key=lambda h: (h.at, h.id))

    def article(self, ident: str) -> Article | None:
        return next((a for a in self.articles if a.id == ident), None)
