"""Schema version 6: the pairs a decision on a finding left open.

Releases of schema version 5 wrote a "needs correction" or "disputed" that
named articles only to the pairs comparing a named article, and left a pair
of two other versions open. The log then read "1 discrepancy added since,
not decided" where nothing was added, the window sent the editor back to the
finding, and a second key press there replaced the decision on every pair
(trial 29). The upgrade gives such a pair the decision in force on its
finding, as it was made: same fields, same moment, same history event, so
undo takes it back with the rest and the history reads as one decision.

Since session 35 a decision never closes a disagreement the editor did not
decide (trial 42, ``store.left_open``): a pair of two versions that disagree,
neither of them named, stays open. So the upgrade carries the decision only
to the pairs that policy gives it (two versions that agree: "24" against
"two dozen"), and leaves a disagreement open, read as "partly decided"
(session 36; logs the earlier upgrade carried: ``store.reopen_carried``).

A pair is carried only when it is proven to have been in the finding decided:
a finding's id is the hash of its discrepancies' ids, so the pairs written
plus the pairs left open must hash to the id the history names. A pair
decided since, or changed at or after the decision, is never touched. The
ids carried are listed in meta (``whole_finding_v6``).
"""

from __future__ import annotations

import json
from itertools import combinations
from typing import Any

import sqlite_utils

from ..findings import finding_id

DECIDED_ON = "decided on finding "
MOVED = "moved from "
ASKING = ("needs-correction", "disputed")
FIELDS = ("status", "note", "correction", "article", "reviewer", "article_sha")
MOST_LEFT_OPEN = 8  # pairs tried as the ones left open under one decision


def carry_to_pairs_left_open(db: sqlite_utils.Database) -> list[str]:
    """Write each decision on a finding to the pairs it left open; the ids."""
    if "findings" not in db.table_names():
        return []
    holder = dict(
        db.execute(
            "SELECT m.discrepancy, m.finding FROM finding_members m "
            "JOIN findings f ON f.id = m.finding WHERE f.active = 1"
        ).fetchall()
    )
    moved_to: dict[str, list[str]] = {}
    for did, event in db.execute(
        "SELECT discrepancy, event FROM review_history WHERE event LIKE ?", [f"{MOVED}%"]
    ):
        moved_to.setdefault(event[len(MOVED) :].split(":", 1)[0].strip(), []).append(did)
    carried: list[str] = []
    marks = ",".join("?" for _ in ASKING)
    decisions = db.execute(
        "SELECT DISTINCT event, at FROM review_history WHERE event LIKE ? "
        f"AND status IN ({marks}) ORDER BY at",
        [f"{DECIDED_ON}%", *ASKING],
    ).fetchall()
    for event, at in decisions:
        written = {
            d
            for (d,) in db.execute(
                "SELECT discrepancy FROM review_history WHERE event=? AND at=?", [event, at]
            )
        }
        now = _in_force(db, written | {m for d in written for m in moved_to.get(d, [])}, at)
        if not now:
            continue
        left = _left_open(db, event[len(DECIDED_ON) :], written, now, holder, at)
        left = [did for did in left if not apart(db, did)]  # a disagreement stays open
        for did in left:
            _write(db, did, now[0], at, event)
        carried.extend(left)
    if carried:
        db["meta"].upsert({"key": "whole_finding_v6", "value": " ".join(carried)}, pk="key")
    return carried


def _in_force(db: sqlite_utils.Database, ids: set[str], at: str) -> list[dict[str, Any]]:
    """The reviews of ``ids`` that still hold the decision made at ``at``."""
    out = []
    for did in sorted(ids):
        row = db.execute(
            f"SELECT discrepancy, {', '.join(FIELDS)}, updated FROM reviews WHERE discrepancy=?",
            [did],
        ).fetchone()
        if row and row[-1] == at and row[1] in ASKING:
            out.append(dict(zip(("discrepancy", *FIELDS), row[:-1], strict=True)))
    return out


def _left_open(
    db: sqlite_utils.Database,
    fid: str,
    written: set[str],
    now: list[dict[str, Any]],
    holder: dict[str, str],
    at: str,
) -> list[str]:
    """The pairs the decision on ``fid`` left open, proven by the id: among
    the open, unchanged members of the findings that hold the decision now."""
    held = {holder[r["discrepancy"]] for r in now if r["discrepancy"] in holder}
    candidates = sorted(
        d for d, f in holder.items() if f in held and d not in written and _untouched(db, d, at)
    )[:MOST_LEFT_OPEN]
    for size in range(len(candidates), 0, -1):
        for some in combinations(candidates, size):
            if finding_id([*written, *some]) == fid:
                return list(some)
    return []


def _untouched(db: sqlite_utils.Database, did: str, at: str) -> bool:
    """Open now, seen by the decision's time, and no change of its own since."""
    row = db.execute(
        "SELECT d.active, coalesce(d.first_seen, ''), coalesce(r.status, 'open') "
        "FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy = d.id WHERE d.id=?",
        [did],
    ).fetchone()
    if row is None or not row[0] or row[1] > at or row[2] not in ("", "open"):
        return False
    later = db.execute(
        "SELECT 1 FROM review_history WHERE discrepancy=? AND at >= ? LIMIT 1", [did, at]
    ).fetchone()
    return later is None


def _write(db: sqlite_utils.Database, did: str, review: dict[str, Any], at: str, event: str):
    values = [review[k] or "" for k in FIELDS]
    cols = ", ".join(FIELDS)
    db.execute(
        f"INSERT INTO reviews (discrepancy, {cols}, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(discrepancy) DO UPDATE SET "
        + ", ".join(f"{k}=excluded.{k}" for k in (*FIELDS, "updated")),
        [did, *values, at],
    )
    db.execute(
        f"INSERT INTO review_history (discrepancy, {cols}, at, event) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [did, *values, at, event],
    )


def apart(db: sqlite_utils.Database, did: str) -> bool:
    """The pair compares two versions that disagree (``store.left_open``): as
    the finding holding it relates them, else by its own verdict."""
    for (relations,) in db.execute(
        "SELECT f.relations FROM findings f JOIN finding_members m ON m.finding = f.id "
        "WHERE m.discrepancy = ? ORDER BY f.active DESC",
        [did],
    ):
        for left, right, verdict, d in json.loads(relations or "[]"):
            if d == did:
                return left != right and verdict != "consistent"
    row = db.execute("SELECT verdict FROM discrepancies WHERE id=?", [did]).fetchone()
    return row is not None and row[0] != "consistent"
