"""A copy of the review log saved under another name (the window's "Save
As"): SQLite's online backup, written beside the target under a temporary name
and renamed into place: the one thing done to the log file as a whole, not to
its rows, so it lives apart from ``log``."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from .disk import (
    StoreError,
    fsync_dir,
    log_files,
    reason,
    remove_with_companions,
    same_file,
    stat_of,
)


def copy_log(
    conn: sqlite3.Connection,
    log: Path,
    target: str | Path,
    protected: dict[str, str | Path] | None = None,
) -> None:
    """Save a consistent copy (SQLite's online backup) as ``target``:
    written beside it under a temporary name and renamed into place, so
    a kill never leaves half a log there. Refuses the log (``conn``, at ``log``) itself and
    any of ``protected`` (description → path), by file identity."""
    target = Path(target)
    if any(same_file(target, p) for p in log_files(log).values()):
        raise StoreError(f"{target}: is the open review log")
    for what, other in (protected or {}).items():
        if same_file(target, other):
            raise StoreError(f"{target}: is {what}; refusing to overwrite it")
    st = stat_of(target)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise StoreError(f"{target}: not a regular file; choose another name")
    if st is not None:  # another story's log, an article: one "Yes" lost a day's work
        raise StoreError(
            f"{target}: already exists; a review log is never saved over a file (fresh "
            "trial): choose a new name"
        )
    parent = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".saving", dir=parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"{target}: cannot save the review log ({exc.strerror})") from None
    try:
        copy = sqlite3.connect(tmp_name, isolation_level=None)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(tmp_name, target)
        fsync_dir(parent)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: cannot save the review log ({reason(exc)})") from None
    except OSError as exc:
        raise StoreError(f"{target}: cannot save the review log ({exc.strerror})") from None
    finally:
        remove_with_companions(tmp_name)
