"""Who changed an article's publication date, from what to what, and when
(user trial 49, problem 8: an editor moved 32_5 from 2013-06-18 to
2013-06-12 in the window; ``check`` said "as given earlier (the file says
2013-06-18)", but no report did, though every relative date rests on it).

Kept in one meta row (no schema change), appended when a check or the
window saves a date an editor gave that the log did not hold as given
before. "From" is the date the log's last check had for that text (the
file's, or an earlier editor's); empty when the log never had one. "By" is
the reviewer name this machine signs with (``WORKBENCH_REVIEWER``, else the
login), as a decision made without ``--reviewer`` is signed."""

from __future__ import annotations

import getpass
import json
import os

import sqlite_utils

DATE_EDITS = "date_edits"  # meta key: [{article, sha256, from, to, by, at}, ...]


def dates_before(db: sqlite_utils.Database) -> dict[str, str]:
    """The date the last check had for each article text, by sha256 (read
    before the run replaces the articles table)."""
    if "articles" not in db.table_names():
        return {}
    rows = db.execute("SELECT sha256, published FROM articles").fetchall()
    return {str(sha): str(day or "") for sha, day in rows}


def signer() -> str:
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        login = ""
    return os.environ.get("WORKBENCH_REVIEWER", "").strip() or login


def note_date_edits(
    db: sqlite_utils.Database,
    analysis,
    had: dict[str, str],
    given_before: dict[str, str],
    stamp: str,
    by: str = "",
) -> int:
    """Append the dates this run gives that were not given before (or were
    given another): ``had`` the last check's dates, ``given_before`` the
    dates given at that check; ``by``: who signs them (the window's reviewer,
    as its decisions are signed: trial 49 saw its date edits signed with the
    login), else :func:`signer`. Returns how many."""
    edits = date_edits(db)
    added = 0
    for a in analysis.articles:
        if not a.date_given or a.published is None:
            continue
        day = a.published.isoformat()
        if given_before.get(a.sha256) == day or had.get(a.sha256) == day:
            continue
        old = given_before.get(a.sha256) or had.get(a.sha256, "")
        edit = {"article": a.id, "sha256": a.sha256, "from": old, "to": day}
        edits.append({**edit, "by": by.strip() or signer(), "at": stamp})
        added += 1
    if added:
        db["meta"].upsert({"key": DATE_EDITS, "value": json.dumps(edits)}, pk="key")
    return added


def append_date_edit(db: sqlite_utils.Database, edit: dict[str, str], by: str, stamp: str) -> None:
    """One date change (article, sha256, from, to) appended, signed ``by``
    (else :func:`signer`), inside the caller's transaction (``dates.record_dates``)."""
    edits = [*date_edits(db), {**edit, "by": by.strip() or signer(), "at": stamp}]
    db["meta"].upsert({"key": DATE_EDITS, "value": json.dumps(edits)}, pk="key")


def date_edits(db: sqlite_utils.Database) -> list[dict[str, str]]:
    """Every date change kept, oldest first (empty for an older log)."""
    if "meta" not in db.table_names():
        return []
    row = db.execute("SELECT value FROM meta WHERE key = ?", [DATE_EDITS]).fetchone()
    try:
        value = json.loads(row[0]) if row else []
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    keys = ("article", "sha256", "from", "to", "by", "at")
    return [{k: str(e.get(k, "")) for k in keys} for e in value if isinstance(e, dict)]


def standing_edits(db: sqlite_utils.Database, dates: dict[str, str]) -> dict[str, dict]:
    """For each article text whose date now is one an editor gave
    (``dates``: sha256 -> the date in the log now), the latest change that
    gave it, with the date the file or log had first (``from`` of the first
    change of a run of changes)."""
    out: dict[str, dict] = {}
    for e in date_edits(db):
        if e["sha256"] not in dates:
            continue
        first = out.get(e["sha256"], {}).get("from") or e["from"]
        out[e["sha256"]] = {**e, "from": first}
    return {sha: e for sha, e in out.items() if dates[sha] == e["to"]}
