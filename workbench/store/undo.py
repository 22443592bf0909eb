"""Undo on the command line: the last change to a finding's (or one
discrepancy's) decision is taken back by writing the decision each
discrepancy had before it — a new history row, so nothing is erased and
undoing again puts the change back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .disk import StoreError
from .findings import is_finding_id, resolve_finding
from .reviews import Change, apply_review

if TYPE_CHECKING:
    from .log import ReviewLog
    from .records import HistoryEntry


def undo_last(log: ReviewLog, ident: str, editor: str) -> tuple[str, int, str, str]:
    """Take back the latest change of ``ident``'s decision, in one
    transaction: (the id, how many discrepancies changed, when the change
    undone was made, who made it). A discrepancy with nothing before it goes
    back to open."""
    with log._write():
        if is_finding_id(ident):
            finding = resolve_finding(log, ident)
            name, ids = finding.id, [m.id for m in finding.members]
        else:
            name = log.resolve_id(ident)
            ids = [name]
        rows = {d: log.history(d) for d in ids}
        last = max((h[-1].at for h in rows.values() if h), default=None)
        if last is None:
            raise StoreError(f"{name}: no decision to undo")
        changed = 0
        makers = set()
        for did, history in rows.items():
            if not history or history[-1].at != last:
                continue
            makers.add(_maker(history[-1]))
            before = history[-2] if len(history) > 1 else None
            change = Change(
                before.status if before else "open",
                before.note if before else "",
                before.correction if before else "",
                before.reviewer if before else "",
                before.article if before else "",
            )
            apply_review(
                log.db,
                did,
                log._sides(did),
                change,
                log._clock(),
                event=f"undone by {editor or 'someone'}: the change at {last}",
            )
            changed += 1
    return name, changed, last, ", ".join(sorted(m for m in makers if m)) or "someone"


def _maker(row: HistoryEntry) -> str:
    """Who made a change: its reviewer, or for an undo the editor who undid."""
    if row.event.startswith("undone by "):
        return row.event.removeprefix("undone by ").split(":", 1)[0]
    return row.reviewer
