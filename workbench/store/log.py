"""The review log: one SQLite file, written through sqlite-utils.

The log an editor opens; ``schema``: tables and migrations, ``disk``: the file system, ``saving``:
writing an analysis, ``follow``: decisions following edited articles, ``records``: its values.

Analysis tables (articles, claims, facts, alignments) describe the latest run and are
replaced by the next. Discrepancies are never deleted: a run marks the ones it no longer
finds inactive, so a review whose discrepancy vanished (the article changed) stays visible
as orphaned. Reviews change in place and every change is appended to ``review_history``,
which is never updated or deleted. Each logical change is one transaction, so a crash or a
kill during ``check`` leaves the previous log as it was.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..model import Analysis, ClaimGroup, CopyLink
from .backup import copy_log
from .deciding import decide_finding
from .disk import (
    BUSY_TIMEOUT,
    StoreError,
    create_log,
    is_readonly_error,
    log_files,
    reason,
    refuse_companion_name,
    run_through,
    same_file,
    stat_of,
    sweep_leftovers,
)
from .findings import (
    finding_records,
    finding_review,
    is_finding_id,
    resolve_finding,
    stored_copies,
    stored_groups,
)
from .lite import database
from .log_links import ManualLinks
from .records import (
    ArticleRecord,
    DiscrepancyRecord,
    FindingRecord,
    HistoryEntry,
    Review,
    SaveResult,
)
from .reviews import (
    Change,
    apply_review,
    check_status,
    discrepancy_records,
    history_rows,
    restored_sides,
    undo_event,
)
from .saving import save_counting
from .schema import APP_ID, SCHEMA_VERSION, half_made_by_us, migrate, tables_of_version

MIN_PREFIX = 4  # a shorter id prefix too easily picks a flag the editor did not mean


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ReviewLog(ManualLinks):
    """Open (or create) a review log. Refuses files it does not understand.

    The connection runs in autocommit mode and every change is one explicit
    ``BEGIN IMMEDIATE … COMMIT`` (:meth:`_write`): sqlite-utils calls made
    inside join that transaction, so a kill at any point leaves either the
    old or the new log. Nothing in this process opens the file other than
    through SQLite: a plain ``open()``/``close()`` of a database this process
    holds would drop its POSIX locks and let another process delete the WAL
    under it.
    """

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        self.read_only = False
        refuse_companion_name(self.path)
        st = stat_of(self.path)
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise StoreError(f"{path}: is a directory, not a review log")
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise StoreError(f"{path}: not a regular file, not a review log")
        for companion in (f"{self.path}-wal", f"{self.path}-shm"):
            other = stat_of(Path(companion))
            if other is not None and not stat.S_ISREG(other.st_mode):
                raise StoreError(
                    f"{companion}: not a regular file; SQLite needs that name for the "
                    "review log's own use (move it away)"
                )
        exists = st is not None and st.st_size > 0
        if not exists and not create:
            if st is not None:
                raise StoreError(f"{path}: empty file, not a review log")
            raise StoreError(f"{path}: no such review log")
        if not exists:
            create_log(self.path)
        conn = self._connect()
        if not self.read_only:
            sweep_leftovers(self.path)  # what a creation killed half-way left
        self.db = database(conn)
        try:
            self._check_andmigrate()
        except BaseException:
            conn.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        """Read-write if possible; a log on read-only media or without write
        permission still opens for reading (reports, the window's list)."""
        path = str(self.path)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.execute("PRAGMA schema_version").fetchone()
            writable = os.access(path, os.W_OK) and os.access(self.path.parent or ".", os.W_OK)
            if writable:
                return conn
            conn.close()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreError(f"{path}: not a review log (not an SQLite database)") from None
            if not is_readonly_error(exc):
                why = reason(exc, self.path)
                raise StoreError(f"{path}: cannot open review log ({why})") from None
        self.read_only = True
        uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro"
        for extra in ("", "&immutable=1"):
            try:
                conn = sqlite3.connect(
                    uri + extra, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None
                )
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.DatabaseError as exc:
                last = exc
        raise StoreError(f"{path}: cannot open review log ({last})") from None

    def _check_andmigrate(self) -> None:
        path = self.path
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            app = self.db.execute("PRAGMA application_id").fetchone()[0]
            tables = set(self.db.table_names())
            ok = self.db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise StoreError(f"{path}: not a review log (not an SQLite database)") from None
            raise StoreError(f"{path}: damaged review log ({exc})") from None
        if ok != "ok":
            raise StoreError(f"{path}: damaged review log (integrity check: {ok})")
        half_made = app != APP_ID and half_made_by_us(self.db, tables, version)
        if app != APP_ID and not half_made:
            if tables:
                raise StoreError(f"{path}: not a Claim Workbench review log")
            raise StoreError(
                f"{path}: an empty SQLite database of another application; "
                "refusing to take it over (choose another file name)"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: review log schema version {version} is newer than this "
                f"workbench supports ({SCHEMA_VERSION}); upgrade Claim Workbench"
            )
        missing = tables_of_version(version) - tables if version >= 1 else set()
        if missing:
            raise StoreError(
                f"{path}: damaged review log (missing table{'s' if len(missing) > 1 else ''} "
                f"{', '.join(sorted(missing))})"
            )
        if self.read_only:
            # a version-2 log reads as it is (its flags, no findings yet); older ones
            # need the upgrade
            if version < 2:
                raise StoreError(
                    f"{path}: read-only review log of an older version; copy it somewhere "
                    "writable to upgrade it"
                )
            return
        try:
            self.db.execute("PRAGMA foreign_keys=ON")
            run_through(self.db.conn, "PRAGMA journal_mode=WAL")  # a no-op when it is
            if version < SCHEMA_VERSION:
                with self._write():
                    # another process may have migrated while we waited for the lock
                    version = self.db.execute("PRAGMA user_version").fetchone()[0]
                    if half_made and version == 0:  # empty leftovers: start afresh
                        for table in tables:
                            self.db.execute(f"DROP TABLE IF EXISTS [{table}]")
                    if version < SCHEMA_VERSION:
                        migrate(self.db, version)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot write review log ({reason(exc)})") from None

    def _clock(self) -> str:
        return now()  # looked up at each call, so a test can pin the module's clock

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[None]:
        """One logical change: ``BEGIN IMMEDIATE`` takes the write lock up
        front (waiting up to BUSY_TIMEOUT for another writer), so the change
        sees the latest committed state and commits whole or not at all."""
        if self.read_only:
            raise StoreError(f"{self.path}: the review log is read-only; nothing was changed")
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write review log ({reason(exc)})") from None
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreError(
                    f"{self.path}: cannot write review log ({reason(exc)}); nothing was changed"
                ) from None
            raise

    @contextmanager
    def _synchronous(self, level: str) -> Iterator[None]:
        """``PRAGMA synchronous`` for one transaction, then as it was."""
        before = self.db.execute("PRAGMA synchronous").fetchone()[0]
        self.db.execute(f"PRAGMA synchronous={level}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA synchronous={int(before)}")

    @contextmanager
    def snapshot(self) -> Iterator[ReviewLog]:
        """Several reads that see one committed state (a report, a refresh)."""
        conn = self.db.conn
        if conn.in_transaction:
            yield self
            return
        conn.execute("BEGIN")
        try:
            yield self
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def is_file(self, path: str | Path) -> bool:
        """``path`` is this log or its -wal/-shm companion (by identity, not name)."""
        return any(same_file(path, p) for p in self.files())

    def files(self) -> list[Path]:
        return [Path(p) for p in log_files(self.path).values()]

    def copy_to(self, target: str | Path, protected: dict[str, str | Path] | None = None) -> None:
        """Save a consistent copy as ``target`` (``store.backup``: never over a file)."""
        copy_log(self.db.conn, self.path, target, protected)

    def close(self) -> None:
        self.db.conn.close()

    # -- analysis ---------------------------------------------------------------
    def save_analysis(
        self, analysis: Analysis, durable: bool = True, guard=None, then=None, by: str = ""
    ) -> SaveResult:
        """Replace the analysis tables and merge discrepancies, in one transaction;
        ``guard(log)`` first, inside it, may refuse (``cli_story``: a racing check);
        ``then()`` last, inside it, before the commit (``check --json``), may too.
        ``durable=False`` (the window) commits with ``synchronous=NORMAL``, which skips
        flushing the WAL on this commit. Under WAL a killed or crashed process still
        leaves the old or the new log, never a mix; only a power cut or an OS crash may
        take this commit back, and then the log holds the previous analysis and every
        decision written before it (decisions commit with FULL, whose flush also makes
        every earlier commit durable). What such a cut can lose is an analysis, made
        again by analysing again; never a decision. ``by``: who signs the dates
        it gives (the window's reviewer; else ``date_edits.signer``)."""
        stamp = now()
        current = {d.id for d in analysis.discrepancies}
        with self._synchronous("FULL" if durable else "NORMAL"), self._write():
            if guard is not None:
                guard(self)
            before, moved, by_finding = save_counting(self.db, analysis, stamp, by)
            if then is not None:
                then()
        return SaveResult(
            **by_finding,
            new=max(0, len(current - before) - moved),  # a move onto a flag already there:
            gone=max(0, len(before - current) - moved),  # trial 23 read "-1 no longer found"
            moved=moved,
            orphaned=self.count_orphaned(),
        )

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
        whole: bool = False,
    ) -> Review:
        """Change a review and append the change to its history, atomically.
        ``article`` names the article that needs the correction (one of the
        discrepancy's two); "" clears it. ``whole``: not a save of typing."""
        check_status(status)
        if is_finding_id(ident):
            articles = None if article is None else ((article,) if article else ())
            change = Change(status, note, correction, reviewer, whole=whole)
            return self.review(self.decide(ident, change, articles)[0].id)
        with self._write():
            did = self.resolve_id(ident)
            change = Change(status, note, correction, reviewer, article, whole)
            return apply_review(self.db, did, self._sides(did), change, now())

    def review(self, ident: str) -> Review:
        """The decision on one flag as the log has it now (another window or
        the command line may have changed it); the article to correct is
        named as that article is called now."""
        if is_finding_id(ident):
            with self.snapshot():
                return finding_review(resolve_finding(self, ident))
        did = self.resolve_id(ident)
        row = self.db.execute(
            "SELECT status, note, correction, reviewer, updated, article, article_sha "
            "FROM reviews WHERE discrepancy=?",
            [did],
        ).fetchone()
        status, note, correction, reviewer, updated, article, article_sha = [
            v or "" for v in (row or ("open", "", "", "", "", "", ""))
        ]
        article = self._article_names().get(article_sha, article) if article_sha else article
        return Review(did, status or "open", note, correction, reviewer, updated, article)

    def _sides(self, did: str) -> list[dict[str, Any]]:
        row = self.db.execute("SELECT sides FROM discrepancies WHERE id=?", [did]).fetchone()
        return self._current_names(json.loads(row[0])) if row else []

    def _article_names(self) -> dict[str, str]:
        """Content hash → the article's id in the latest analysis (the first
        by id when byte-identical copies were compared)."""
        names: dict[str, str] = {}
        for ident, sha in self.db.execute("SELECT id, sha256 FROM articles ORDER BY id"):
            names.setdefault(sha, ident)
        return names

    def _current_names(
        self, sides: list[dict[str, Any]], names: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """Sides named as the articles are called now: a renamed file keeps
        its flags, its decisions and the article they say to correct."""
        names = self._article_names() if names is None else names
        return [
            {**side, "article": names.get(side.get("article_sha", ""), side["article"])}
            for side in sides
        ]

    def moved_to(self, ident: str) -> str:
        """The flag this one's review moved to ("" if it did not move)."""
        row = self.db.execute("SELECT moved_to FROM discrepancies WHERE id=?", [ident]).fetchone()
        return (row[0] or "") if row else ""

    def history(self, ident: str) -> list[HistoryEntry]:
        """Every change of a flag's decision, oldest first (a finding's: its members')."""
        if is_finding_id(ident):
            with self.snapshot():
                members = resolve_finding(self, ident).members
                entries = [h for m in members for h in self.history(m.id)]
            return sorted(entries, key=lambda h: (h.at, h.id))
        return [HistoryEntry(**row) for row in history_rows(self.db, self.resolve_id(ident))]

    def count_orphaned(self) -> int:
        return sum(1 for r in self.discrepancies() if r.orphaned)

    # -- reading ----------------------------------------------------------------
    def claim_texts(self) -> dict[str, str]:
        """Every claim of the latest analysis by id (the report quotes them)."""
        return dict(self.db.execute("SELECT id, text FROM claims").fetchall())

    def aligned_pairs(self) -> list[tuple[str, str]]:
        """The claim pairs the latest analysis aligned."""
        return self.db.execute("SELECT [left], [right] FROM alignments").fetchall()

    def articles(self) -> list[ArticleRecord]:
        return [
            ArticleRecord(**row) for row in self.db.query("SELECT * FROM articles ORDER BY rowid")
        ]

    def discrepancies(self, include_orphaned: bool = True) -> list[DiscrepancyRecord]:
        """Discrepancies joined with their reviews. Inactive ones appear only
        when an editor touched them (those are the orphaned reviews)."""
        with self.snapshot():
            return discrepancy_records(self, include_orphaned)

    # -- findings -----------------------------------------------------------------
    def findings(self) -> list[FindingRecord]:
        """Findings with their discrepancies and reviews (see store.findings)."""
        with self.snapshot():
            return finding_records(self)

    def restore_reviews(self, changes: dict[str, Change], undone_by: str = "") -> None:
        """Several discrepancies' decisions at once (an undo puts each back, the
        article a finding's decision named too); with ``undone_by``, each history
        row says who undid which change, as the command line's undo does."""
        for change in changes.values():
            check_status(change.status)
        with self._write():
            stamp = now()
            for did, change in changes.items():
                event = undo_event(self.db, did, undone_by) if undone_by else ""
                sides = restored_sides(self.db, self._sides(did), change.article)
                apply_review(self.db, did, sides, change, stamp, event=event)

    def groups(self) -> tuple[ClaimGroup, ...]:
        return stored_groups(self)

    def copies(self) -> tuple[CopyLink, ...]:
        return stored_copies(self)

    def decide(self, ident: str, change: Change, articles: tuple[str, ...] | None = None):
        """One decision on a finding, written to each of its discrepancies."""
        check_status(change.status)
        with self._write():
            return decide_finding(self, ident, change, articles, now())
