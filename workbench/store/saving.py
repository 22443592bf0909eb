"""Saving an analysis into the review log, inside the caller's transaction.

The analysis tables are replaced; discrepancies are merged (never deleted:
those the run no longer finds become inactive), every new flag gets an open
review, and decisions follow their content (``follow``).
"""

from __future__ import annotations

import json
import os

import sqlite_utils

from .. import __version__
from ..jsonformat import article_record, fact_record
from ..model import Analysis, Discrepancy
from .date_edits import dates_before, note_date_edits
from .findings import DECIDED_ON, save_findings, with_kept_ids
from .follow import carry_over, follow_articles, follow_edited_values
from .joined import decide_joined, finding_members
from .records import findings_changed
from .reviews import note_verdict_change
from .schema import insert_rows


def save_counting(db: sqlite_utils.Database, analysis: Analysis, stamp: str, by: str = ""):
    """:func:`save_run`, and what it changed counted by finding as well
    (``SaveResult.new_findings``, ``gone_findings``)."""
    last = finding_members(db)  # the last run's findings
    before, moved = save_run(db, analysis, stamp, by)
    current = {d.id for d in analysis.discrepancies}
    return before, moved, findings_changed(last, analysis.findings, before, current)


def save_run(
    db: sqlite_utils.Database, analysis: Analysis, stamp: str, by: str = ""
) -> tuple[set[str], int]:
    """Write one run. Returns the flags active before it and how many
    reviews moved to a reworded or edited flag. ``by``: who signs the dates
    it gives (``date_edits``)."""
    analysis = with_kept_ids(db, analysis)  # as the caller has it (``service.save``)
    current = {d.id for d in analysis.discrepancies}
    sha = {a.id: a.sha256 for a in analysis.articles}
    run_id = _insert_run(db, analysis, stamp)
    had = dates_before(db)  # the last check's dates, before they are replaced
    _replace_analysis_tables(db, analysis, run_id)
    note_date_edits(db, analysis, had, given_dates(db), stamp, by)  # who changed a date
    _keep_given_dates(db, analysis)
    before = {r["id"] for r in db.query("SELECT id FROM discrepancies WHERE active=1")}
    old_sides = {
        r[0]: json.loads(r[1])
        for r in db.execute("SELECT id, sides FROM discrepancies").fetchall()
        if r[0] in current
    }
    seen = {r[0] for r in db.execute("SELECT id FROM discrepancies")}  # in an earlier run
    last = finding_members(db)  # the last run's findings, before this run's replace them
    db.execute("UPDATE discrepancies SET active=0")
    claim_text = {c.id: c.text for c in analysis.claims}
    for d in analysis.discrepancies:
        _upsert_discrepancy(db, d, claim_text, sha, stamp)
    _open_new_reviews(db, analysis, stamp)
    save_findings(db, analysis, claim_text, sha, stamp)
    follow_articles(db, analysis, old_sides, sha, stamp)
    # a decision may follow to a flag that was not there at the last run: a
    # new one, or one seen before that came back (the text went back to an
    # earlier version: a correction that restores the other sources' words)
    moved = carry_over(db, analysis, before, sha, stamp)
    moved += follow_edited_values(db, analysis, before, sha, stamp)
    # a new pair of versions a decided finding held: its decision (``joined``)
    decide_joined(db, analysis, last, seen, stamp, DECIDED_ON)
    return before, moved


GIVEN_DATES = "given_dates"  # meta key: {article sha256: date an editor gave}


def _keep_given_dates(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Which of this run's dates an editor gave rather than the file stated
    (no schema change: one meta row). A date given before stays given while
    the same text keeps it (the window reopens a log's articles without
    saying where their dates came from), and so do the dates of articles not
    in this run: checking another story into the log and coming back found
    its dates gone (fresh CLI trial)."""
    before = given_dates(db)
    here = {a.sha256 for a in analysis.articles}
    given = {sha: day for sha, day in before.items() if sha not in here}
    given |= {
        a.sha256: a.published.isoformat()
        for a in analysis.articles
        if a.published is not None
        and (a.date_given or before.get(a.sha256) == a.published.isoformat())
    }
    db["meta"].upsert({"key": GIVEN_DATES, "value": json.dumps(given, sort_keys=True)}, pk="key")


def given_dates(db: sqlite_utils.Database) -> dict[str, str]:
    """The dates an editor gave at the log's last check, by article text
    (empty for a log saved before they were kept, or edited by hand)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [GIVEN_DATES]).fetchone()
    try:
        value = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _insert_run(db: sqlite_utils.Database, analysis: Analysis, stamp: str) -> int:
    return int(
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


def _where(a) -> dict[str, str]:
    """The file's absolute path: a log checked with relative paths and
    reopened from another folder lost its files (the window's Re-run and
    ``open FILES --db LOG`` could not find them and took an edited file for
    another article)."""
    return {"path": os.path.abspath(a.path)} if a.path else {}


def _replace_analysis_tables(db: sqlite_utils.Database, analysis: Analysis, run_id: int) -> None:
    for table in ("facts", "claims", "alignments", "articles"):
        db.execute(f"DELETE FROM [{table}]")
    # Plain executemany: sqlite-utils' insert_all costs ~1 ms per call in
    # Python overhead, and the window saves on its GUI thread.
    insert_rows(
        db,
        "articles",
        [
            {**article_record(a), **_where(a), "pages": json.dumps(list(a.pages)), "run": run_id}
            for a in analysis.articles
        ],
    )
    insert_rows(
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
    insert_rows(
        db,
        "facts",
        [
            {**fact_record(f), "value": json.dumps(f.value, ensure_ascii=False)}
            for f in analysis.facts
        ],
    )
    insert_rows(
        db,
        "alignments",
        [{"left": a.left, "right": a.right, "score": float(a.score)} for a in analysis.alignments],
    )


def _upsert_discrepancy(
    db: sqlite_utils.Database,
    d: Discrepancy,
    claim_text: dict[str, str],
    sha: dict[str, str],
    stamp: str,
) -> None:
    """Insert or refresh one flag; the sides keep the sentence and the
    article's hash as they were compared."""
    row = {
        "id": d.id,
        "kind": d.kind,
        "verdict": str(d.verdict),
        "explanation": d.explanation,
        "sides": json.dumps(
            [
                {
                    **s.__dict__,
                    "claim_text": claim_text.get(s.claim, ""),
                    "article_sha": sha.get(s.article, ""),
                }
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
        "SELECT first_seen, verdict FROM discrepancies WHERE id=?", [d.id]
    ).fetchone()
    row["first_seen"] = existing[0] if existing else stamp
    db["discrepancies"].upsert(row, pk="id")
    if existing and existing[1] and existing[1] != row["verdict"]:
        note_verdict_change(db, d.id, existing[1], row["verdict"], stamp)


def _open_new_reviews(db: sqlite_utils.Database, analysis: Analysis, stamp: str) -> None:
    """Every flag without a review gets an open one."""
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
