"""Which files are review logs."""

from __future__ import annotations

from pathlib import Path

from ..store import ReviewLog

LOG_SUFFIXES = {".sqlite", ".sqlite3", ".db"}


def is_review_log(path: str | Path, current: ReviewLog | None = None) -> bool:
    """A review log by name or by content (the SQLite header).

    The open log (``current``) is recognised by identity first: reading its
    header with ``open()``/``close()`` would drop this process's SQLite locks
    on it and let another process delete the WAL under us."""
    p = Path(path)
    if p.suffix.lower() in LOG_SUFFIXES:
        return True
    if current is not None and current.is_file(p):
        return True
    try:
        with p.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
