"""Schema version 9: the disagreements the schema-6 upgrade closed, reopened.

Until session 36 the schema-6 upgrade (``store.whole_finding``) gave a
schema-5 log's "needs correction" or "disputed" naming articles to every pair
it had left open, two versions that disagree with neither named among them.
That is the opposite of the policy since session 35: a decision never closes a
disagreement the editor did not decide (trial 42). The editor's decision, as
made, left those pairs open; the upgrade wrote them, and the log lists them
(meta ``whole_finding_v6``). So each listed pair that compares two versions
that disagree and that nobody touched since is reopened: it goes back to the
state it had before the upgrade, with a history row of its own saying why
(a row the log wrote: undo does not take it back, and undoing the finding's
decision leaves it open). The pairs reopened are listed in meta
(``reopened_v9``).

Untouched means, for the pair: the decision the upgrade wrote is its only
decision on a finding and its latest change (a verdict noted since aside),
its review still holds it, and it copies a decision an editor wrote to
another pair. Anything else, a note added, a decision made or undone since,
a pair decided on a finding before, is an editor's and stays as it is. A
consistent pair keeps the decision (the policy gives it one).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils

from .history_events import VERDICT_CHANGED
from .whole_finding import DECIDED_ON, FIELDS, apart

REOPENED = "reopened by the upgrade to schema 9: "  # a history row's event (``BY_THE_LOG``)
WHY = "an earlier upgrade gave it the decision, which left it open as made"
HISTORY = ", ".join(FIELDS)


def reopen_carried(db: sqlite_utils.Database) -> list[str]:
    """Reopen the untouched disagreements ``whole_finding_v6`` lists; the ids."""
    row = db.execute("SELECT value FROM meta WHERE key='whole_finding_v6'").fetchone()
    listed = (row[0] if row else "").split()
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    reopened = []
    for did in listed:
        before = _untouched(db, did, set(listed))
        if before is None or not apart(db, did):
            continue
        values = [before.get(k) or "" for k in FIELDS]
        db.execute(
            f"UPDATE reviews SET {', '.join(f'{k}=?' for k in FIELDS)}, updated=? "
            "WHERE discrepancy=?",
            [*values, stamp, did],
        )
        db.execute(
            f"INSERT INTO review_history (discrepancy, {HISTORY}, at, event) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [did, *values, stamp, f"{REOPENED}{WHY}"],
        )
        reopened.append(did)
    if reopened:
        db["meta"].upsert({"key": "reopened_v9", "value": " ".join(reopened)}, pk="key")
    return reopened


def _untouched(db: sqlite_utils.Database, did: str, listed: set[str]) -> dict[str, str] | None:
    """The review ``did`` had before the upgrade wrote the decision to it,
    when nothing changed it since; None otherwise."""
    rows = [
        dict(zip(("id", *FIELDS, "at", "event"), r, strict=True))
        for r in db.execute(
            f"SELECT id, {HISTORY}, at, coalesce(event, '') FROM review_history "
            "WHERE discrepancy=? ORDER BY id",
            [did],
        )
        if not (r[-1] or "").startswith(VERDICT_CHANGED)
    ]
    decided = [r for r in rows if r["event"].startswith(DECIDED_ON)]
    if not decided or len(decided) > 1 or rows[-1] is not decided[0]:
        return None
    carried = decided[0]
    review = db.execute(
        f"SELECT {HISTORY}, updated FROM reviews WHERE discrepancy=?", [did]
    ).fetchone()
    if review is None or review[-1] != carried["at"]:
        return None
    if [v or "" for v in review[:-1]] != [carried[k] or "" for k in FIELDS]:
        return None
    others = ",".join("?" for _ in listed)
    copied = db.execute(
        f"SELECT 1 FROM review_history WHERE event=? AND at=? AND id<? "
        f"AND discrepancy NOT IN ({others}) LIMIT 1",
        [carried["event"], carried["at"], carried["id"], *sorted(listed)],
    ).fetchone()
    if copied is None:
        return None
    earlier = rows[-2] if len(rows) > 1 else None
    return {k: earlier[k] for k in FIELDS} if earlier else {"status": "open"}
