"""How many decisions a review log holds, and when the last was made.

Trial 44 opened files that three logs held (one with the editor's decisions,
one test copy, one empty log the window had made): the window refused to
choose, naming the three files and nothing more. The decisions in each say
which log is the review (``ui.log_for_files`` ranks them by these).

Read only, read-only, without migrating, as ``holding`` reads a candidate:
a log the editor did not ask for is never changed.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path
from typing import NamedTuple

from .schema import APP_ID

_DECIDED_FINDINGS = (
    "SELECT count(DISTINCT m.finding), max(r.updated) FROM finding_members m "
    "JOIN reviews r ON r.discrepancy = m.discrepancy WHERE r.status != 'open'"
)
_DECIDED_PAIRS = "SELECT count(*), max(updated) FROM reviews WHERE status != 'open'"


class Decided(NamedTuple):
    """A log's decisions: ``count`` decided findings (decided discrepancies
    in a log older than findings), the last one's ``last`` time ('' none)."""

    path: Path
    count: int
    last: str


def decided_in(path: str | Path) -> Decided:
    """The decisions ``path`` holds (none when it cannot be read as ours)."""
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error:
        return Decided(Path(path), 0, "")
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APP_ID:
            return Decided(Path(path), 0, "")
        tables = {r for (r,) in conn.execute("SELECT name FROM sqlite_master")}
        query = _DECIDED_FINDINGS if "finding_members" in tables else _DECIDED_PAIRS
        count, last = conn.execute(query).fetchone()
    except sqlite3.Error:
        return Decided(Path(path), 0, "")  # damaged or locked: nothing claimed
    finally:
        conn.close()
    return Decided(Path(path), int(count or 0), str(last or ""))


def ranked(logs: list[Path]) -> list[Decided]:
    """The logs with their decisions, the most decisions first, then the
    newest decision (a log's order given breaks a tie)."""
    found = [decided_in(p) for p in logs]
    found.sort(key=lambda d: d.last, reverse=True)
    return sorted(found, key=lambda d: d.count, reverse=True)
