"""``workbench serve LOG``: the review log in Datasette, read-only, for the team
(issue 13, part 6). Needs the ``serve`` extra: ``pip install 'claim-workbench[serve]'``.

Datasette gets the log as a *mutable* database, which it reads through
``?mode=ro`` connections: SQLite refuses every write on them, and they see
each decision the moment it is committed, the write-ahead log included.
Immutable mode is not used: it tells SQLite the file never changes (while
editors write to it, a reader could see pages from two states), it ignores
the write-ahead log (recent decisions would be missing), and Datasette hashes
an immutable file by opening it with ``open()``, which in a process that
holds SQLite locks on it drops them. Datasette 0.65 has no write API, and
no canned query here writes.

The metadata gives the tables and columns their meaning, and canned queries
answer the team's questions: open flags, corrections per article, decisions
per reviewer, the history of one flag. Every error is one line and exit
status 2; the log is never changed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
import sqlite3
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

INSTALL = "pip install 'claim-workbench[serve]'"
EXIT_ERROR = 2

_ACTIVE = "d.active = 1"
QUERIES: dict[str, dict[str, str]] = {
    "open_findings": {
        "title": "Open findings",
        "description": "Findings of the latest analysis (one compared thing across every "
        "source) with a discrepancy nobody has decided yet, conflicts first.",
        "sql": """SELECT f.id AS finding, f.kind, f.verdict, f.explanation,
  count(m.discrepancy) AS pairs, sum(coalesce(r.status, 'open') = 'open') AS open_pairs
FROM findings f JOIN finding_members m ON m.finding = f.id
LEFT JOIN reviews r ON r.discrepancy = m.discrepancy
WHERE f.active = 1
GROUP BY f.id HAVING open_pairs > 0
ORDER BY CASE f.verdict WHEN 'conflict' THEN 0 WHEN 'unresolved' THEN 1 ELSE 2 END,
  f.position""",
    },
    "open_flags": {
        "title": "Open flags",
        "description": "Flags of the latest analysis that nobody has decided yet, conflicts first.",
        "sql": f"""SELECT d.id AS flag, d.kind, d.verdict, d.left_article, d.right_article,
  d.explanation, d.first_seen
FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy = d.id
WHERE {_ACTIVE} AND coalesce(r.status, 'open') = 'open'
ORDER BY CASE d.verdict WHEN 'conflict' THEN 0 WHEN 'unresolved' THEN 1 ELSE 2 END,
  d.first_seen, d.id""",
    },
    "corrections_per_article": {
        "title": "Corrections per article",
        "description": "For each article, the flags marked needs-correction or disputed that "
        "concern it (the article the editor named to correct, else both sides).",
        "sql": """SELECT a.id AS article, a.title, a.outlet, a.url,
  count(CASE WHEN r.status = 'needs-correction' THEN 1 END) AS needs_correction,
  count(CASE WHEN r.status = 'disputed' THEN 1 END) AS disputed
FROM articles a
LEFT JOIN discrepancies d ON d.active = 1 AND a.id IN (d.left_article, d.right_article)
LEFT JOIN reviews r ON r.discrepancy = d.id
  AND r.status IN ('needs-correction', 'disputed')
  AND (coalesce(r.article, '') = '' OR r.article = a.id)
GROUP BY a.id
ORDER BY needs_correction DESC, disputed DESC, a.id""",
    },
    "decisions_per_reviewer": {
        "title": "Decisions per reviewer",
        "description": "Every decision recorded in the history, by reviewer and status.",
        "sql": """SELECT coalesce(nullif(reviewer, ''), '(no name)') AS reviewer,
  count(*) AS decisions,
  sum(status = 'verified') AS verified, sum(status = 'disputed') AS disputed,
  sum(status = 'needs-correction') AS needs_correction,
  sum(status = 'dismissed') AS dismissed, sum(status = 'open') AS reopened,
  min(at) AS first, max(at) AS last
FROM (
  -- a decision on a finding is written to each of its discrepancies: counted once
  SELECT DISTINCT CASE WHEN event LIKE 'decided on finding %' THEN event || '@' || at
    ELSE 'row ' || id END AS decision, reviewer, status, at
  FROM review_history
  WHERE coalesce(event, '') = '' OR event LIKE 'decided on finding %'
)
GROUP BY 1 ORDER BY decisions DESC, reviewer""",
    },
    "flag_history": {
        "title": "History of one flag",
        "description": "Every recorded change of one flag's review, oldest first "
        "(its id, or the first four or more characters of it).",
        "sql": """SELECT h.at, h.discrepancy AS flag, h.status, h.reviewer, h.note,
  h.correction, h.article, h.event
FROM review_history h
WHERE length(:flag) >= 4 AND h.discrepancy LIKE :flag || '%'
ORDER BY h.id""",
    },
    "finding_history": {
        "title": "History of one finding",
        "description": "Every recorded change of the decisions on one finding's "
        "discrepancies, oldest first (its id, F…, or the first four or more characters).",
        "sql": """SELECT h.at, m.finding, h.discrepancy AS flag, h.status, h.reviewer, h.note,
  h.correction, h.article, h.event
FROM review_history h JOIN finding_members m ON m.discrepancy = h.discrepancy
WHERE length(:finding) >= 4 AND m.finding LIKE :finding || '%'
ORDER BY h.id""",
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "discrepancies": {
        "description": "Every flag ever found; active = 1 for those of the latest analysis.",
        "facets": ["verdict", "kind", "active"],
        "columns": {
            "verdict": "conflict, consistent (equal after normalising) or unresolved",
            "sides": "both values with their sentences, as JSON",
            "moved_to": "its review moved to this flag after a copy-edit",
        },
    },
    "reviews": {
        "description": "The current decision on each flag.",
        "facets": ["status", "reviewer"],
        "columns": {
            "status": "open, verified, disputed, needs-correction or dismissed",
            "article": "the article that needs the correction",
        },
    },
    "review_history": {
        "description": "Every change of a review, append-only (the database refuses edits).",
        "facets": ["status", "reviewer"],
        "columns": {"event": "set when the workbench moved a review itself"},
    },
    "articles": {
        "description": "The articles of the latest analysis; a fetched page's path is its "
        "snapshot beside the log, its url where it was fetched from.",
    },
    "claims": {"description": "Sentences of the latest analysis."},
    "facts": {"description": "Numbers, dates and quotes found in the claims."},
    "alignments": {"description": "Claims of different articles that state the same thing."},
    "findings": {
        "description": "One compared thing across every source (its versions as JSON); "
        "active = 1 for those of the latest analysis. Decisions are on its discrepancies.",
        "facets": ["verdict", "kind", "active"],
    },
    "finding_members": {"description": "Which discrepancies each finding holds."},
    "claim_groups": {"description": "One claim as each source that carries it states it."},
    "copies": {
        "description": "Pairs of articles that are copies of each other (or of one agency story)."
    },
    "runs": {"description": "Each check that was saved."},
    "meta": {"description": "Which workbench made the log."},
}


class ServeError(Exception):
    """A one-line reason ``serve`` cannot start."""


def metadata(name: str, log: Path) -> dict[str, Any]:
    """Datasette metadata for the log served under the database name ``name``."""
    return {
        "title": f"Claim Workbench review log: {log.name}",
        "description": "Read-only. Flags are found by `workbench check`; decisions are made "
        "in the window or with `workbench review`.",
        "databases": {
            name: {
                "description": "Discrepancies between reports of the same event and the "
                "editors' decisions on them.",
                "tables": TABLES,
                "queries": QUERIES,
            }
        },
    }


def check_log(path: Path) -> None:
    """A review log this workbench can show, opened read-only to look."""
    from .store import APP_ID, SCHEMA_VERSION

    if not path.exists():
        raise ServeError(f"{path}: no such review log")
    if not path.is_file():
        raise ServeError(f"{path}: not a regular file, not a review log")
    if any(c in str(path.resolve()) for c in "?#%"):
        raise ServeError(f"{path}: Datasette cannot open a path with ?, # or % in it; rename it")
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ServeError(f"{path}: not a review log ({exc})") from None
    if app != APP_ID:
        raise ServeError(f"{path}: not a review log (made by another program)")
    if version > SCHEMA_VERSION:
        raise ServeError(f"{path}: made by a newer workbench (version {version}); update it")
    if version < SCHEMA_VERSION:
        raise ServeError(
            f"{path}: a review log of an older version ({version}); open it once with "
            "`workbench report` or the window to upgrade it"
        )


def check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            raise ServeError(
                f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                "choose another with --port"
            ) from None


def datasette_args(log: Path, meta: Path, host: str, port: int) -> list[str]:
    return [
        "serve",
        str(log.resolve()),
        "--metadata",
        str(meta),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "3000",
    ]


def command(args: Any) -> int:
    """``workbench serve``; prints its own one-line errors."""
    try:
        if importlib.util.find_spec("datasette") is None:
            raise ServeError(f"Datasette is not installed; install the extra: {INSTALL}")
        log = Path(args.log)
        check_log(log)
        check_port(args.host, args.port)
    except ServeError as exc:
        from .terminal import one_line

        print(one_line(f"workbench: error: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    from datasette.cli import cli as datasette
    from datasette.utils import tilde_encode  # how Datasette writes a name in its URLs

    name = log.resolve().stem
    with tempfile.TemporaryDirectory(prefix="workbench-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(name, log), indent=1), encoding="utf-8")
        print(
            f"Serving {log} read-only at http://{args.host}:{args.port}/{tilde_encode(name)} "
            "(Ctrl+C stops)",
            file=sys.stderr,
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C: the server stops, and so do we
            datasette.main(
                datasette_args(log, meta, args.host, args.port),
                prog_name="datasette",
                standalone_mode=False,
            )
    return 0
