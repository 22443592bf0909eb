"""Schema 9's table of decision scopes, created by the upgrade (``store.schema``)
without the review code; ``store.scope`` reads and writes it."""

from __future__ import annotations

import sqlite_utils

SCOPES = "decision_scopes"


def create_scopes(db: sqlite_utils.Database) -> None:
    """Schema 9's table: one row for each source of a finding decided, by the
    finding's id and the decision's moment (its history rows' ``at``)."""
    db[SCOPES].create(
        {
            "id": int,
            "finding": str,
            "at": str,
            "article": str,
            "article_sha": str,
            "version": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db[SCOPES].create_index(["finding", "at"], if_not_exists=True)
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {SCOPES}_no_{verb.lower()} BEFORE {verb} ON "
            f"{SCOPES} BEGIN SELECT RAISE(ABORT, 'decision scopes are append-only'); END"
        )
