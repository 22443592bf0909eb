"""Sentence vectors kept on disk between runs (issue 14).

A second ``workbench check`` of the same articles, or one after a date edit,
encodes only sentences it has not seen before. The cache is an SQLite file in
the user's cache folder::

    $WORKBENCH_CACHE_DIR                     (tests and benchmarks point it elsewhere)
    $XDG_CACHE_HOME/claim-workbench          (else)
    ~/.cache/claim-workbench                 (else)

``WORKBENCH_VECTOR_CACHE=0`` turns it off.

It never changes a result:

- A row is keyed by the *model identity* and the SHA-256 of the exact
  sentence text. The identity covers everything that could change a vector's
  bits: the pinned model and vocabulary hashes, the pooling, the versions of
  ONNX Runtime and NumPy, the machine and its CPU features (ONNX Runtime picks
  kernels by instruction set) and the thread count. Anything else misses.
- Each vector carries a CRC-32 of its key and bytes; a row that fails it is
  a miss and is rewritten.
- A vector is the same bits whichever batch it was encoded in (checked by
  tests/test_embed.py), so a vector from the cache equals a fresh one.

It is only an optimisation, so nothing here raises: a folder that cannot be
made, a file that is not a database, a disk that is full or a database that
another process holds locked for too long means "not cached" for that call. A
corrupt file is deleted and made anew. Two processes may share it: the file is
in WAL mode, every write is one short transaction, inserts never overwrite.

It is bounded: past :data:`MAX_VECTORS` rows the least recently used are
deleted (a row's last use is refreshed at most once an hour, so a fully cached
run writes almost nothing).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

FILE_NAME = "sentence-vectors.sqlite"
MAX_VECTORS = 100_000  # 1.5 KB each with its key: at most about 170 MB on disk
SCHEMA = 1
_CHUNK = 500  # SQL parameters a statement (SQLite's limit is 32766 today, 999 before 3.32)
_TOUCH_AFTER = 3600  # seconds; a row used more recently is not rewritten to say so
_BUSY_MS = 2000


def folder() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if os.environ.get("WORKBENCH_VECTOR_CACHE", "1") == "0":
        return None
    return base_folder()


def base_folder() -> Path:
    """The workbench's folder in the user's cache (the model's graph is kept there too)."""
    own = os.environ.get("WORKBENCH_CACHE_DIR")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative path is to be ignored
        return Path(xdg) / "claim-workbench"
    home = Path.home()
    return home / ".cache" / "claim-workbench"


def cpu_features() -> str:
    """The CPU's instruction-set flags, as the OS reports them ("" when it does not)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(("flags", "Features")):
                    return " ".join(sorted(line.split(":", 1)[1].split()))
    except OSError:
        pass
    return platform.processor()


def identity(parts: Iterable[str]) -> str:
    """A short fingerprint of everything a vector's bits depend on."""
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _crc(model: str, key: bytes, vec: bytes) -> int:
    return zlib.crc32(vec, zlib.crc32(key, zlib.crc32(model.encode("ascii"))))


class VectorCache:
    """Vectors of ``dim`` float32 numbers by (model identity, sentence text)."""

    def __init__(self, path: Path, model: str, dim: int) -> None:
        self.path = path
        self.model = model
        self.nbytes = dim * 4
        self._db: sqlite3.Connection | None = None
        self._broken = False  # once a call failed twice, stop trying in this process
        self.last_error = ""  # the last failure, for a reader of a test or a bug report
        self._lock = threading.Lock()

    # -- public --------------------------------------------------------------

    def get(self, texts: Sequence[str]) -> dict[str, bytes]:
        """The stored vector bytes of those texts that are cached (text -> bytes)."""
        if not texts:
            return {}
        with self._lock:
            return self._guard(self._get, texts) or {}

    def put(self, items: Sequence[tuple[str, bytes]]) -> None:
        """Store vectors (text, float32 bytes); texts already stored are kept as they are."""
        if not items:
            return
        with self._lock:
            self._guard(self._put, items)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- internals -----------------------------------------------------------

    def _guard(self, fn, arg):  # type: ignore[no-untyped-def]
        """Run ``fn`` on an open database; on a corrupt file, rebuild it once."""
        if self._broken:
            return None
        for attempt in (0, 1):
            try:
                return fn(self._open(), arg)
            except sqlite3.DatabaseError as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.close_quietly()
                if _is_busy(exc):
                    return None  # another process held it too long: not cached this time
                if attempt or not _is_corrupt(exc):
                    break
                self._discard()
            except (OSError, sqlite3.Error, ValueError) as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.close_quietly()
                break
        self._broken = True
        return None

    def close_quietly(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def _open(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread off: the window analyses on worker threads; self._lock
        # serialises every use of the connection.
        db = sqlite3.connect(
            self.path, timeout=_BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL").fetchall()  # to its end (store.disk)
            # A lost write costs one re-encode, never a wrong vector.
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA):
                raise sqlite3.DatabaseError("file is not a database: unknown cache schema")
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors ("
                " model TEXT NOT NULL, key BLOB NOT NULL, vec BLOB NOT NULL,"
                " crc INTEGER NOT NULL, used INTEGER NOT NULL,"
                " PRIMARY KEY (model, key)) WITHOUT ROWID"
            )
            db.execute("CREATE INDEX IF NOT EXISTS vectors_used ON vectors (used)")
            if version == 0:
                db.execute(f"PRAGMA user_version={SCHEMA}")
        except BaseException:
            db.close()
            raise
        self._db = db
        return db

    def _discard(self) -> None:
        """Delete a corrupt cache file (and its WAL) so that it is made anew."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink(missing_ok=True)

    def _get(self, db: sqlite3.Connection, texts: Sequence[str]) -> dict[str, bytes]:
        by_key = {text_key(t): t for t in texts}
        keys = list(by_key)
        found: dict[str, bytes] = {}
        stale: list[bytes] = []
        bad: list[bytes] = []
        now = int(time.time())
        for k in range(0, len(keys), _CHUNK):
            part = keys[k : k + _CHUNK]
            rows = db.execute(
                "SELECT key, vec, crc, used FROM vectors WHERE model = ? AND key IN "
                f"({','.join('?' * len(part))})",
                [self.model, *part],
            ).fetchall()
            for key, vec, crc, used in rows:
                key, vec = bytes(key), bytes(vec)
                if len(vec) != self.nbytes or _crc(self.model, key, vec) != crc:
                    bad.append(key)
                    continue
                found[by_key[key]] = vec
                if used < now - _TOUCH_AFTER:
                    stale.append(key)
        if stale or bad:
            self._write(db, self._touch, (stale, bad, now))
        return found

    def _touch(self, db: sqlite3.Connection, arg: tuple[list[bytes], list[bytes], int]) -> None:
        stale, bad, now = arg
        db.executemany(
            "UPDATE vectors SET used = ? WHERE model = ? AND key = ?",
            [(now, self.model, k) for k in stale],
        )
        db.executemany(
            "DELETE FROM vectors WHERE model = ? AND key = ?", [(self.model, k) for k in bad]
        )

    def _put(self, db: sqlite3.Connection, items: Sequence[tuple[str, bytes]]) -> None:
        now = int(time.time())
        rows = []
        for text, vec in items:
            if len(vec) != self.nbytes:
                raise ValueError(f"a vector of {len(vec)} bytes, not {self.nbytes}")
            key = text_key(text)
            rows.append((self.model, key, vec, _crc(self.model, key, vec), now))
        self._write(db, self._insert, rows)

    def _insert(self, db: sqlite3.Connection, rows: list[tuple]) -> None:
        db.executemany(
            "INSERT OR IGNORE INTO vectors (model, key, vec, crc, used) VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        (count,) = db.execute("SELECT count(*) FROM vectors").fetchone()
        if count > MAX_VECTORS:
            # Down to 90 %, so that the next few runs do not each evict a handful.
            db.execute(
                "DELETE FROM vectors WHERE (model, key) IN (SELECT model, key FROM vectors"
                " ORDER BY used LIMIT ?)",
                (count - MAX_VECTORS * 9 // 10,),
            )

    @staticmethod
    def _write(db: sqlite3.Connection, fn, arg) -> None:  # type: ignore[no-untyped-def]
        """One short write transaction; a database locked for too long is skipped."""
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                return  # another process is writing: not caching this time is fine
            raise
        try:
            fn(db, arg)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def open_cache(model: str, dim: int) -> VectorCache | None:
    """The cache for this model identity, or None when caching is turned off."""
    try:
        where = folder()
    except (RuntimeError, KeyError):  # no home folder to be found
        return None
    return None if where is None else VectorCache(where / FILE_NAME, model, dim)
