"""Which review logs already hold a given set of article files.

Trial 28 ran ``workbench check ev07 --db ev07.sqlite``, decided findings,
then ``workbench open ev07``: the window made a new, empty review in the
data folder, and the decisions seemed gone. Opening files with no log named,
the window now looks for a log whose articles are exactly those files.

Logs are only read here, read-only and without migrating: a candidate the
editor did not ask for is never changed.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from .schema import APP_ID


def logs_holding(files: Iterable[str | Path], candidates: Iterable[str | Path]) -> list[Path]:
    """The candidates (each once, in the order given) whose articles are
    exactly ``files`` (compared as real paths); none for no files."""
    wanted = {os.path.realpath(f) for f in files}
    if not wanted:
        return []
    found: dict[str, Path] = {}
    for candidate in candidates:
        real = os.path.realpath(candidate)
        if real in found or not os.path.isfile(real):
            continue
        if _articles_of(real) == wanted:
            found[real] = Path(candidate)
    return list(found.values())


def logs_sharing(
    files: Iterable[str | Path], candidates: Iterable[str | Path]
) -> list[tuple[Path, int, int]]:
    """The candidates (each once) holding some of ``files`` but not exactly
    them, each with how many of the files it holds and how many articles in
    all (trial 44: a new review was started beside one holding most of them,
    without a word)."""
    wanted = {os.path.realpath(f) for f in files}
    found: dict[str, tuple[Path, int, int]] = {}
    for candidate in candidates:
        real = os.path.realpath(candidate)
        if real in found or not wanted or not os.path.isfile(real):
            continue
        held = _articles_of(real) or set()
        if held & wanted and held != wanted:
            found[real] = (Path(candidate), len(held & wanted), len(held))
    return list(found.values())


def _articles_of(path: str) -> set[str] | None:
    """The real paths of a review log's articles (None: not a review log)."""
    uri = "file:" + urllib.parse.quote(path) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APP_ID:
            return None
        rows = conn.execute("SELECT path FROM articles").fetchall()
    except sqlite3.Error:
        return None  # not ours, damaged, or locked: never a guess
    finally:
        conn.close()
    return {os.path.realpath(p) for (p,) in rows if p}
