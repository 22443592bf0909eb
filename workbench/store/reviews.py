"""Writing one decision and reading flags with their decisions.

A review is the current decision on one pair-level discrepancy; every change
is appended to ``review_history`` (append-only). A decision on a finding is
written through here to each discrepancy it contains (``store.findings``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

import sqlite_utils

from .disk import StoreError
from .records import DiscrepancyRecord, Review, SideRecord


class ReviewLog(Protocol):
    """What these functions use of the open log (``log.ReviewLog``), named
    here so the log's helpers do not import the log back."""

    db: sqlite_utils.Database

    def _article_names(self) -> dict[str, str]: ...

    def _current_names(
        self, sides: list[dict[str, Any]], names: dict[str, str] | None = None
    ) -> list[dict[str, Any]]: ...

    def _sides(self, did: str) -> list[dict[str, Any]]: ...

    def history(self, ident: str) -> list[Any]: ...


STATUSES = ("open", "verified", "disputed", "needs-correction", "dismissed")
_FIELDS = ("status", "note", "correction", "reviewer", "article", "article_sha")


@dataclass(frozen=True)
class Change:
    """What an editor changes in a decision; None leaves a field as it is.
    ``article`` names the article that needs the correction ("" clears it)."""

    status: str | None = None
    note: str | None = None
    correction: str | None = None
    reviewer: str | None = None
    article: str | None = None


def check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")


UNDONE, REDONE = "undone by ", "redone by "  # history events of an undo and a redo


def undo_event(db: sqlite_utils.Database, did: str, who: str) -> str:
    """The history event of an undo of ``did``'s latest change, worded as
    store/undo.py's stack reads it ("undone by WHO: the change at WHEN")."""
    last = db.execute(
        "SELECT at FROM review_history WHERE discrepancy=? ORDER BY id DESC", [did]
    ).fetchone()
    return f"{UNDONE}{who}: the change at {last[0] if last else '?'}"


def apply_review(
    db: sqlite_utils.Database,
    did: str,
    sides: list[dict[str, Any]],
    change: Change,
    stamp: str,
    event: str = "",
) -> Review:
    """Write one decision on one discrepancy and its history row, inside the
    caller's transaction. ``sides`` are the discrepancy's sides as the
    articles are called now; the article to correct must be one of them."""
    article_sha = None
    article = change.article
    if article is not None:
        named = [side for side in sides if article and side["article"] == article]
        if article and not named:
            names = ", ".join(side["article"] for side in sides)
            raise StoreError(
                f"article {article!r} is not one of this discrepancy's articles ({names})"
            )
        article_sha = named[0].get("article_sha", "") if named else ""
    row = db.execute(
        "SELECT status, note, correction, reviewer, article, article_sha, updated FROM reviews "
        "WHERE discrepancy=?",
        [did],
    ).fetchone()
    values = [v or "" for v in (row or ("open", "", "", "", "", "", ""))]
    cur = dict(zip(_FIELDS, values[:6], strict=True))
    asked = {
        "status": change.status,
        "note": change.note,
        "correction": change.correction,
        "reviewer": change.reviewer,
        "article": article,
        "article_sha": article_sha,
    }
    new = {k: cur[k] if asked[k] is None else asked[k] for k in _FIELDS}
    history = {"discrepancy": did, **new, "at": stamp}  # who made this change
    if change.status is None and cur["status"] not in ("", "open") and cur["reviewer"]:
        # a note or correction added to someone's decision leaves the decision
        # theirs; the history says who added what
        new["reviewer"] = cur["reviewer"]
    editors = not event or event.startswith("decided on finding")  # not an undo, not a move
    if editors and row is not None and new == cur:  # asked for what is there: no change
        kept = [new[k] for k in ("status", "note", "correction", "reviewer")]
        return Review(did, *kept, values[6], new["article"], changed=False)
    db["reviews"].upsert({"discrepancy": did, **new, "updated": stamp}, pk="discrepancy")
    if event:
        history["event"] = event
    db["review_history"].insert(history)
    return Review(
        did,
        new["status"],
        new["note"],
        new["correction"],
        new["reviewer"],
        stamp,
        new["article"],
    )


def discrepancy_records(log: ReviewLog, include_orphaned: bool) -> list[DiscrepancyRecord]:
    """Discrepancies joined with their reviews, inside the caller's snapshot.
    Inactive ones appear only when an editor touched them (orphaned reviews)."""
    names = log._article_names()
    rows = list(
        log.db.query(
            "SELECT d.*, r.status, r.note, r.correction, r.reviewer, r.updated, "
            "r.article AS correct_article, r.article_sha AS correct_article_sha "
            "FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy = d.id "
            "ORDER BY d.active DESC, d.left_article, d.id"
        )
    )
    moved_from = {r["moved_to"]: r["id"] for r in rows if r["moved_to"]}
    out = []
    for r in rows:
        status = r["status"] or "open"
        touched = status != "open" or r["note"] or r["correction"]
        if not (r["active"] or (include_orphaned and touched and not r["moved_to"])):
            continue
        out.append(
            DiscrepancyRecord(
                id=r["id"],
                kind=r["kind"],
                verdict=r["verdict"],
                explanation=r["explanation"],
                sides=tuple(
                    SideRecord.from_stored(side)
                    for side in log._current_names(json.loads(r["sides"]), names)
                ),
                left_article=r["left_article"],
                right_article=r["right_article"],
                active=bool(r["active"]),
                first_seen=r["first_seen"] or "",
                last_seen=r["last_seen"] or "",
                moved_to=r["moved_to"] or "",
                moved_from=moved_from.get(r["id"], ""),
                status=status,
                note=r["note"] or "",
                correction=r["correction"] or "",
                reviewer=r["reviewer"] or "",
                updated=r["updated"] or "",
                correct_article=names.get(
                    r["correct_article_sha"] or "", r["correct_article"] or ""
                ),
                orphaned=not r["active"] and not r["moved_to"],
            )
        )
    return out
