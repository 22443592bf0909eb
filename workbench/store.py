"""The review log: one SQLite file, written through sqlite-utils.

Analysis tables (articles, claims, facts, alignments) describe the latest
run and are replaced by the next. Discrepancies are never deleted: a run
marks the ones it no longer finds inactive, so a review whose discrepancy
vanished (the article changed) stays visible as orphaned. Reviews change in
place and every change is appended to ``review_history``, which is never
updated or deleted. Each logical change is one transaction, so a crash or a
kill during ``check`` leaves the previous log as it was.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from . import __version__
from .jsonformat import article_record, fact_record
from .model import Analysis

SCHEMA_VERSION = 1
APP_ID = 0x434C5742  # "CLWB" in PRAGMA application_id marks our files
STATUSES = ("open", "verified", "disputed", "needs-correction", "dismissed")
# What an editor decides about a discrepancy; the current review and every
# history entry carry the same fields.
REVIEW_FIELDS = {"status": str, "note": str, "correction": str, "article": str, "reviewer": str}
MIN_PREFIX = 4  # a shorter id prefix too easily picks a flag the editor did not mean


class StoreError(Exception):
    """A review log that cannot be used; ``str()`` is one line."""


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Review:
    discrepancy: str
    status: str
    note: str
    correction: str
    reviewer: str
    updated: str
    article: str = ""  # the article that needs the correction, when the editor said


class ReviewLog:
    """Open (or create) a review log. Refuses files it does not understand."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{path}: is a directory, not a review log")
        exists = self.path.exists() and self.path.stat().st_size > 0
        if not exists and not create:
            if self.path.exists():
                raise StoreError(f"{path}: empty file, not a review log")
            raise StoreError(f"{path}: no such review log")
        if exists:
            _check_header(self.path)
        try:
            conn = sqlite3.connect(str(self.path), timeout=10)
            self.db = sqlite_utils.Database(conn)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            app = self.db.execute("PRAGMA application_id").fetchone()[0]
            tables = set(self.db.table_names())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a review log ({exc})") from None
        if exists:
            try:
                self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                ok = self.db.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise StoreError(f"{path}: damaged review log ({exc})") from None
            if ok != "ok":
                conn.close()
                raise StoreError(f"{path}: damaged review log (integrity check: {ok})")
        if exists and tables and app != APP_ID:
            conn.close()
            raise StoreError(f"{path}: not a Claim Workbench review log")
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{path}: review log schema version {version} is newer than this "
                f"workbench supports ({SCHEMA_VERSION}); upgrade Claim Workbench"
            )
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            if version < SCHEMA_VERSION:
                self._migrate(version)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot write review log ({exc})") from None

    # -- schema -----------------------------------------------------------------
    def _migrate(self, version: int) -> None:
        db = self.db
        with db.conn:
            if version == 0:
                db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
                db["runs"].create(
                    {
                        "id": int,
                        "started": str,
                        "finished": str,
                        "articles": int,
                        "discrepancies": int,
                        "tool_version": str,
                    },
                    pk="id",
                    if_not_exists=True,
                )
                db["articles"].create(
                    {
                        "id": str,
                        "path": str,
                        "title": str,
                        "outlet": str,
                        "published": str,
                        "url": str,
                        "sha256": str,
                        "text": str,
                        "run": int,
                    },
                    pk="id",
                    if_not_exists=True,
                )
                db["claims"].create(
                    {"id": str, "article": str, "idx": int, "start": int, "end": int, "text": str},
                    pk="id",
                    foreign_keys=[("article", "articles", "id")],
                    if_not_exists=True,
                )
                db["facts"].create(
                    {
                        "id": str,
                        "claim": str,
                        "article": str,
                        "kind": str,
                        "start": int,
                        "end": int,
                        "text": str,
                        "value": str,
                    },
                    pk="id",
                    foreign_keys=[("claim", "claims", "id")],
                    if_not_exists=True,
                )
                db["alignments"].create(
                    {"left": str, "right": str, "score": float},
                    pk=("left", "right"),
                    if_not_exists=True,
                )
                db["discrepancies"].create(
                    {
                        "id": str,
                        "kind": str,
                        "verdict": str,
                        "explanation": str,
                        "sides": str,
                        "left_article": str,
                        "right_article": str,
                        "active": int,
                        "first_seen": str,
                        "last_seen": str,
                    },
                    pk="id",
                    if_not_exists=True,
                )
                db["reviews"].create(
                    {"discrepancy": str, **REVIEW_FIELDS, "updated": str},
                    pk="discrepancy",
                    if_not_exists=True,
                )
                db["review_history"].create(
                    {"id": int, "discrepancy": str, **REVIEW_FIELDS, "at": str},
                    pk="id",
                    if_not_exists=True,
                )
                db["review_history"].create_index(["discrepancy"], if_not_exists=True)
                db["claims"].create_index(["article"], if_not_exists=True)
                db["facts"].create_index(["claim"], if_not_exists=True)
                # History is append-only: the database itself refuses edits.
                db.execute(
                    "CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON "
                    "review_history BEGIN SELECT RAISE(ABORT, 'review history is "
                    "append-only'); END"
                )
                db.execute(
                    "CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON "
                    "review_history BEGIN SELECT RAISE(ABORT, 'review history is "
                    "append-only'); END"
                )
                db.execute(
                    "CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON "
                    "reviews BEGIN SELECT RAISE(ABORT, 'reviews are never deleted'); END"
                )
                db["meta"].upsert(
                    {"key": "created_by", "value": f"workbench {__version__}"}, pk="key"
                )
                db.execute(f"PRAGMA application_id={APP_ID}")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.conn.close()

    # -- analysis ---------------------------------------------------------------
    def save_analysis(self, analysis: Analysis) -> dict[str, int]:
        """Replace the analysis tables and merge discrepancies, in one transaction."""
        db = self.db
        stamp = now()
        current = {d.id for d in analysis.discrepancies}
        claim_text = {c.id: c.text for c in analysis.claims}
        with db.conn:
            run_id = (
                db["runs"]
                .insert(
                    {
                        "started": stamp,
                        "finished": stamp,
                        "articles": len(analysis.articles),
                        "discrepancies": len(analysis.discrepancies),
                        "tool_version": __version__,
                    }
                )
                .last_pk
            )
            for table in ("facts", "claims", "alignments", "articles"):
                db.execute(f"DELETE FROM [{table}]")
            # Plain executemany: sqlite-utils' insert_all costs ~1 ms per call in
            # Python overhead, and the window saves on its GUI thread.
            _insert(
                db, "articles", [{**article_record(a), "run": run_id} for a in analysis.articles]
            )
            _insert(
                db,
                "claims",
                [
                    {
                        "id": c.id,
                        "article": c.article,
                        "idx": c.index,
                        "start": c.start,
                        "end": c.end,
                        "text": c.text,
                    }
                    for c in analysis.claims
                ],
            )
            _insert(
                db,
                "facts",
                [
                    {**fact_record(f), "value": json.dumps(f.value, ensure_ascii=False)}
                    for f in analysis.facts
                ],
            )
            _insert(
                db,
                "alignments",
                [{"left": a.left, "right": a.right, "score": a.score} for a in analysis.alignments],
            )
            before = {r["id"] for r in db.query("SELECT id FROM discrepancies WHERE active=1")}
            db.execute("UPDATE discrepancies SET active=0")
            for d in analysis.discrepancies:
                row = {
                    "id": d.id,
                    "kind": d.kind,
                    "verdict": str(d.verdict),
                    "explanation": d.explanation,
                    "sides": json.dumps(
                        [
                            {**s.__dict__, "claim_text": claim_text.get(s.claim, "")}
                            for s in d.sides
                        ],
                        ensure_ascii=False,
                    ),
                    "left_article": d.sides[0].article,
                    "right_article": d.sides[1].article,
                    "active": 1,
                    "last_seen": stamp,
                }
                existing = db.execute(
                    "SELECT first_seen FROM discrepancies WHERE id=?", [d.id]
                ).fetchone()
                row["first_seen"] = existing[0] if existing else stamp
                db["discrepancies"].upsert(row, pk="id")
            for d in analysis.discrepancies:
                if not db.execute("SELECT 1 FROM reviews WHERE discrepancy=?", [d.id]).fetchone():
                    db["reviews"].insert(
                        {
                            "discrepancy": d.id,
                            "status": "open",
                            "note": "",
                            "correction": "",
                            "reviewer": "",
                            "updated": stamp,
                        }
                    )
        return {
            "new": len(current - before),
            "gone": len(before - current),
            "orphaned": self.count_orphaned(),
        }

    # -- reviews ----------------------------------------------------------------
    def resolve_id(self, ident: str) -> str:
        """Accept a full id or an unambiguous prefix, case-insensitively."""
        ident = ident.strip()
        exact = self.db.execute("SELECT id FROM discrepancies WHERE id = ?", [ident]).fetchone()
        if exact:
            return exact[0]
        if len(ident) < MIN_PREFIX:
            raise StoreError(
                f"discrepancy id {ident!r} is too short: give at least {MIN_PREFIX} characters"
            )
        rows = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM discrepancies WHERE id = ? OR id LIKE ? ESCAPE '\\'",
                [ident, ident.replace("%", "\\%").replace("_", "\\_") + "%"],
            ).fetchall()
        ]
        if ident in rows:
            return ident
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise StoreError(f"unknown discrepancy id {ident!r} (see 'workbench report')")
        raise StoreError(f"ambiguous discrepancy id {ident!r}: matches {len(rows)} ids")

    def set_review(
        self,
        ident: str,
        status: str | None = None,
        note: str | None = None,
        correction: str | None = None,
        reviewer: str | None = None,
        article: str | None = None,
    ) -> Review:
        """Change a review and append the change to its history, atomically.

        ``article`` names the article that needs the correction (one of the
        discrepancy's two); "" clears it."""
        if status is not None and status not in STATUSES:
            raise StoreError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        did = self.resolve_id(ident)
        if article:
            sides = json.loads(
                self.db.execute("SELECT sides FROM discrepancies WHERE id=?", [did]).fetchone()[0]
            )
            names = [side["article"] for side in sides]
            if article not in names:
                raise StoreError(
                    f"article {article!r} is not one of this discrepancy's articles "
                    f"({', '.join(names)})"
                )
        with self.db.conn:
            row = self.db.execute(
                "SELECT status, note, correction, reviewer, article FROM reviews "
                "WHERE discrepancy=?",
                [did],
            ).fetchone()
            cur = dict(
                zip(
                    ("status", "note", "correction", "reviewer", "article"),
                    row or ("open", "", "", "", ""),
                    strict=True,
                )
            )
            new = {
                "status": cur["status"] if status is None else status,
                "note": cur["note"] if note is None else note,
                "correction": cur["correction"] if correction is None else correction,
                "reviewer": cur["reviewer"] if reviewer is None else reviewer,
                "article": (cur["article"] or "") if article is None else article,
            }
            stamp = now()
            self.db["reviews"].upsert(
                {"discrepancy": did, **new, "updated": stamp}, pk="discrepancy"
            )
            self.db["review_history"].insert({"discrepancy": did, **new, "at": stamp})
        return Review(
            did,
            new["status"],
            new["note"],
            new["correction"],
            new["reviewer"],
            stamp,
            new["article"],
        )

    def review(self, ident: str) -> Review:
        did = self.resolve_id(ident)
        row = self.db.execute(
            "SELECT discrepancy, status, note, correction, reviewer, updated FROM reviews "
            "WHERE discrepancy=?",
            [did],
        ).fetchone()
        if row is None:
            return Review(did, "open", "", "", "", "")
        return Review(*row)

    def history(self, ident: str) -> list[dict[str, Any]]:
        did = self.resolve_id(ident)
        return list(
            self.db.query("SELECT * FROM review_history WHERE discrepancy=? ORDER BY id", [did])
        )

    def count_orphaned(self) -> int:
        return sum(1 for r in self.discrepancies() if r["orphaned"])

    # -- reading ----------------------------------------------------------------
    def articles(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM articles ORDER BY id"))

    def discrepancies(self, include_orphaned: bool = True) -> list[dict[str, Any]]:
        """Discrepancies joined with their reviews. Inactive ones appear only
        when an editor touched them (those are the orphaned reviews)."""
        rows = self.db.query(
            "SELECT d.*, r.status, r.note, r.correction, r.reviewer, r.updated, "
            "r.article AS correct_article "
            "FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy = d.id "
            "ORDER BY d.active DESC, d.left_article, d.id"
        )
        out = []
        for r in rows:
            r = dict(r)
            r["sides"] = json.loads(r["sides"])
            r["status"] = r["status"] or "open"
            touched = r["status"] != "open" or r["note"] or r["correction"]
            r["orphaned"] = not r["active"]
            if r["active"] or (include_orphaned and touched):
                out.append(r)
        return out


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = "INSERT INTO [{}] ({}) VALUES ({})".format(
        table, ", ".join(f"[{c}]" for c in cols), ", ".join("?" for _ in cols)
    )
    db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def _check_header(path: Path) -> None:
    """Refuse files that are not SQLite before sqlite3 touches them."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read review log: {exc.strerror}") from None
    if head != b"SQLite format 3\x00":
        raise StoreError(f"{path}: not a review log (not an SQLite database)")
