"""Manual links in the review log: an editor's link or unlink of two
sentences, inside the caller's transaction.

One row per pair of sentences (``manual_links``), changed in place and
never deleted; every change, an undo included, appends a row to
``manual_link_history`` with who and when. A log too old to have the tables
(read-only, not upgraded) simply has no manual links.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlite_utils

from ..manual_links import WITHDRAWN, ManualLink, SentenceRef, sentence_ref
from ..model import Claim, Verdict
from .disk import StoreError
from .records import FindingRecord, LinkHistoryEntry
from .schema import insert_rows

SIDE = ("article", "digest", "occurrence", "text", "sha")
MIN_LINK_PREFIX = 4


def has_links(db: sqlite_utils.Database) -> bool:
    return "manual_links" in db.table_names()


def _ref(row: dict[str, Any], side: str) -> SentenceRef:
    return SentenceRef(
        row[f"{side}_article"],
        row[f"{side}_digest"],
        int(row[f"{side}_occurrence"]),
        row[f"{side}_text"] or "",
        row[f"{side}_sha"] or "",
    )


def _link(row: dict[str, Any]) -> ManualLink:
    return ManualLink(
        row["id"],
        row["kind"],
        _ref(row, "left"),
        _ref(row, "right"),
        row["editor"],
        row["updated"],
        row.get("differs") or "",
    )


def stored_links(db: sqlite_utils.Database, withdrawn: bool = False) -> tuple[ManualLink, ...]:
    """Every manual link, oldest first; withdrawn ones only if asked."""
    if not has_links(db):
        return ()
    rows = db.query("SELECT * FROM manual_links ORDER BY created, id")
    return tuple(_link(r) for r in rows if withdrawn or r["kind"] != WITHDRAWN)


def stored_link(db: sqlite_utils.Database, ident: str) -> ManualLink | None:
    rows = list(db.query("SELECT * FROM manual_links WHERE id = ?", [ident]))
    return _link(rows[0]) if rows else None


def resolve_link_id(db: sqlite_utils.Database, ident: str) -> str:
    """A link's full id from an unambiguous prefix (``L`` and hex digits)."""
    ident = ident.strip()
    if not has_links(db):
        raise StoreError(f"unknown manual link {ident!r}: this review log has none")
    if len(ident) < MIN_LINK_PREFIX:
        raise StoreError(
            f"manual link id {ident!r} is too short: give at least {MIN_LINK_PREFIX} characters"
        )
    pattern = ident.replace("%", "\\%").replace("_", "\\_") + "%"
    rows = [
        r[0]
        for r in db.execute(
            "SELECT id FROM manual_links WHERE id LIKE ? ESCAPE '\\'", [pattern]
        ).fetchall()
    ]
    if ident in rows or len(rows) == 1:
        return ident if ident in rows else rows[0]
    if not rows:
        raise StoreError(f"unknown manual link {ident!r} (see 'workbench links LOG')")
    raise StoreError(f"ambiguous manual link id {ident!r}: matches {len(rows)} links")


def write_link(db: sqlite_utils.Database, link: ManualLink, stamp: str, event: str) -> str:
    """Record ``link`` (its kind by its editor) and its history row; returns
    the kind the pair had before ("" when it had none). Asking for the kind
    the pair already has writes nothing (an undo always writes): a repeated
    command recorded as a change was what the next undo took back, and
    nothing visible changed (fresh CLI trial)."""
    before = stored_link(db, link.id)
    same = before is not None and (before.kind, before.differs) == (link.kind, link.differs)
    if same and not event.startswith("undo of"):
        return before.kind
    sides = {
        f"{name}_{k}": getattr(ref, "article_sha" if k == "sha" else k)
        for name, ref in (("left", link.left), ("right", link.right))
        for k in SIDE
    }
    if before is None:
        row = {"id": link.id, "kind": link.kind, **sides, "editor": link.editor}
        row |= {"differs": link.differs}
        insert_rows(db, "manual_links", [{**row, "created": stamp, "updated": stamp}])
    else:
        db.execute(
            "UPDATE manual_links SET kind=?, editor=?, updated=?, differs=? WHERE id=?",
            [link.kind, link.editor, stamp, link.differs, link.id],
        )
    entry = {"link": link.id, "kind": link.kind, "editor": link.editor, "at": stamp}
    insert_rows(db, "manual_link_history", [entry | {"event": event, "differs": link.differs}])
    return before.kind if before is not None else WITHDRAWN


def raising_links(db: sqlite_utils.Database) -> dict[str, str]:
    """Link id → its editor, for every link that says its sentences differ
    (an editor's finding stands while its link does)."""
    if not has_links(db) or "differs" not in db["manual_links"].columns_dict:
        return {}
    return dict(
        db.execute(
            "SELECT id, editor FROM manual_links WHERE kind = 'link' AND trim(differs) != ''"
        ).fetchall()
    )


def with_raisers(db: sqlite_utils.Database, out: list[FindingRecord]) -> list[FindingRecord]:
    """Each editor's finding with who raised it (its links' editors)."""
    editors = raising_links(db)
    for n, f in enumerate(out):
        if f.verdict == Verdict.RAISED:
            who = dict.fromkeys(editors.get(m.id) or "" for m in f.members)
            out[n] = replace(f, raised_by=", ".join(w for w in who if w))
    return out


def link_history(db: sqlite_utils.Database, ident: str | None = None) -> list[LinkHistoryEntry]:
    """Every change of one link (or of all), oldest first."""
    if not has_links(db):
        return []
    where, args = ("WHERE link = ?", [ident]) if ident else ("", [])
    return [
        LinkHistoryEntry(**r)
        for r in db.query(f"SELECT * FROM manual_link_history {where} ORDER BY id", args)
    ]


def claim_ref(db: sqlite_utils.Database, claim_id: str) -> SentenceRef:
    """The stable name of a claim of the latest analysis."""
    row = db.execute("SELECT article FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise StoreError(f"no sentence {claim_id!r} in the latest analysis")
    claims = [
        Claim(r["id"], r["article"], r["idx"], r["start"], r["end"], r["text"])
        for r in db.query("SELECT * FROM claims WHERE article = ? ORDER BY idx", [row[0]])
    ]
    sha = db.execute("SELECT sha256 FROM articles WHERE id = ?", [row[0]]).fetchone()
    claim = next(c for c in claims if c.id == claim_id)
    return sentence_ref(claim, claims, sha[0] if sha else "")
