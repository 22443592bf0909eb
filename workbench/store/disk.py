"""Where the review log meets the file system: creating it atomically,
telling why a path cannot be used, and SQLite's errors in an editor's words.

Nothing here opens the log file except through SQLite: a plain ``open()``
and ``close()`` of a database this process holds drops its POSIX locks."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import sqlite3
import stat
import tempfile
import time
from pathlib import Path

from ..files import fsync_dir
from .lite import database
from .schema import migrate

BUSY_TIMEOUT = 10.0  # seconds a writer waits for another one before giving up
# Files SQLite keeps beside a database, by what an error should call them.
COMPANIONS = {
    "-wal": "the review log's write-ahead log",
    "-shm": "the review log's shared-memory file",
    "-journal": "the review log's journal",
}


def run_through(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    """Run a statement that writes and returns rows (``PRAGMA journal_mode=WAL``,
    ``PRAGMA wal_checkpoint``) to its end. Python's sqlite3 steps a statement
    once when it runs it and resets it only when its cursor is exhausted, closed
    or freed; a cursor kept alive meanwhile (a local of a frame a profiler or a
    traceback holds) leaves a write in progress, and the next COMMIT or savepoint
    fails with "SQL statements in progress": the window's next save was lost."""
    cursor = conn.execute(sql)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def refuse_log_in_use(target: Path) -> None:
    """An existing file about to be replaced by a copy of a log: not while
    SQLite keeps files beside it (open in another window, or left by a crash
    with writes not yet in the file). The new file would be read with that
    log's journal and the two reviews mixed (fresh window trial: one story's
    links landed in another story's log)."""
    if any(Path(f"{target}{end}").exists() for end in COMPANIONS):
        raise StoreError(
            f"{target}: is a review log in use (open in another window?); "
            "close it there or choose another name"
        )


def log_files(path: str | Path) -> dict[str, str]:
    """The review log and its companions: description → path."""
    return {"the review log": str(path)} | {
        what: f"{path}{suffix}" for suffix, what in COMPANIONS.items()
    }


# files the workbench reads as articles: a new review log is never made under such a name
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"})


def refuse_article_name(path: Path) -> None:
    """No new review log under an article's name (fresh trial: 'check --db
    empty.txt' made the editor's empty article file a review log, and adding
    that file to a review later switched the window to it)."""
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        raise StoreError(
            f"{path}: named like an article ({path.suffix}), so no review log is made "
            "there: give a name ending in .sqlite"
        )


def refuse_companion_name(path: Path) -> None:
    """A review log may not be named like SQLite's own files beside another
    database (``review.sqlite-wal``): opened as a log, it was made into one
    and linked over a write-ahead log another program was using, and the
    next write to the real log reset it, losing the decisions made on it."""
    for suffix, what in COMPANIONS.items():
        if not path.name.endswith(suffix) or len(path.name) == len(suffix):
            continue
        owner = path.with_name(path.name[: -len(suffix)])
        kind = what.removeprefix("the review log's ")
        if owner.exists():
            raise StoreError(f"{path}: is the {kind} of {owner}, not a review log (open {owner})")
        raise StoreError(
            f"{path}: a review log's name must not end in {suffix} "
            f"(SQLite names a database's {kind} so)"
        )


def remove_with_companions(path: str | Path) -> None:
    """Remove a temporary database and whatever SQLite left beside it."""
    for leftover in (str(path), *(f"{path}{suffix}" for suffix in COMPANIONS)):
        Path(leftover).unlink(missing_ok=True)


class StoreError(Exception):
    """A review log that cannot be used; ``str()`` is one line."""


def stat_of(path: Path) -> os.stat_result | None:
    """The file's status, following links; None if it does not exist."""
    try:
        return path.stat()
    except FileNotFoundError:
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"{path}: no such folder {str(parent)!r}") from None
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreError(f"{path}: symbolic link loop") from None
        raise StoreError(f"{path}: cannot open review log ({exc.strerror or exc})") from None


LEFTOVER_AGE = 600.0  # seconds: a creation that old was killed, not still running


def sweep_leftovers(path: Path) -> None:
    """Remove what a creation of this log killed half-way left beside it
    (``.NAME.XXXX.creating`` and its -wal/-shm, beside the file a link points
    to); young ones may still be in use."""
    path = Path(os.path.realpath(path))
    parent = path.parent
    now = time.time()
    try:
        leftovers = list(parent.glob(f".{glob.escape(path.name)}.*.creating*"))
    except OSError:
        return
    for f in leftovers:
        with contextlib.suppress(OSError):
            if now - f.lstat().st_mtime > LEFTOVER_AGE:
                f.unlink()


def create_log(path: Path) -> None:
    """Make a new, complete log under a temporary name beside ``path`` and
    link it into place, so a kill during creation never leaves a half-made
    log at ``path``. A log created meanwhile by another process wins; an empty
    placeholder file is replaced. A symbolic link to a log not made yet gets
    its log where it points (it was left dangling, and the run refused)."""
    refuse_article_name(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    parent = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".creating", dir=parent)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create review log ({exc.strerror or exc})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp_name, isolation_level=None)
        try:
            run_through(conn, "PRAGMA journal_mode=WAL")
            db = database(conn)
            conn.execute("BEGIN IMMEDIATE")
            migrate(db, 0)
            conn.execute("COMMIT")
        finally:
            conn.close()  # checkpoints and removes the temporary -wal/-shm
        try:
            os.link(tmp, path)
        except FileExistsError:
            st = stat_of(path)
            if st is not None and stat.S_ISREG(st.st_mode) and st.st_size == 0:
                os.replace(tmp, path)
        except OSError as exc:  # no hard links (FAT, some network shares)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if not path.exists() or path.stat().st_size == 0:
                os.replace(tmp, path)
        fsync_dir(parent)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot create review log ({reason(exc)})") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot create review log ({exc.strerror or exc})") from None
    finally:
        remove_with_companions(tmp)


def same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def is_readonly_error(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def disk_full(folder: Path) -> bool:
    """Whether the file system holding ``folder`` has no room left to speak of."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 256 * 1024


def reason(exc: sqlite3.DatabaseError, where: Path | None = None) -> str:
    """SQLite's message in an editor's words (``where``: the log, so that an
    I/O error on a full disk is called that)."""
    text = str(exc)
    low = text.lower()
    if "disk i/o" in low and where is not None and disk_full(where.parent or Path(".")):
        return "the disk is full: SQLite needs room beside the log; nothing was changed"
    if "disk is full" in low or "database or disk is full" in low:
        return "the disk is full"
    if "readonly" in low or "read-only" in low:
        return "the review log or its folder is read-only"
    if "locked" in low or "busy" in low:
        return f"another program kept the review log locked for over {BUSY_TIMEOUT:.0f} s"
    if "disk i/o" in low:
        return "disk I/O error: is the disk full or the folder read-only?"
    return text
