"""The review log's schema: its tables, and one migration per version.

Every migration runs inside the caller's transaction (sqlite-utils joins an
open one), so a kill half-way leaves the log as it was.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .. import __version__

SCHEMA_VERSION = 9
APP_ID = 0x434C5742  # "CLWB" in PRAGMA application_id marks our files
# What an editor decides about a discrepancy; the current review and every
# history entry carry the same fields.
REVIEW_FIELDS = {"status": str, "note": str, "correction": str, "article": str, "reviewer": str}
FINDING_TABLES = {"claim_groups", "findings", "finding_members", "copies"}  # since version 3
LINK_TABLES = {"manual_links", "manual_link_history"}  # since version 4
SCOPE_TABLES = {"decision_scopes"}  # since version 9
OUR_TABLES = {
    "meta",
    "runs",
    "articles",
    "claims",
    "facts",
    "alignments",
    "discrepancies",
    "reviews",
    "review_history",
    "claim_groups",
    "findings",
    "finding_members",
    "copies",
    "manual_links",
    "manual_link_history",
    "decision_scopes",
}


def tables_of_version(version: int) -> set[str]:
    """The tables a log of this schema version has."""
    if version >= 9:
        return OUR_TABLES
    if version >= 4:
        return OUR_TABLES - SCOPE_TABLES
    return OUR_TABLES - SCOPE_TABLES - LINK_TABLES - (FINDING_TABLES if version < 3 else set())


def migrate(db: sqlite_utils.Database, version: int) -> None:
    """Bring an older (or new, version 0) log up to SCHEMA_VERSION, one step
    per version. Runs inside the caller's transaction: sqlite-utils joins an
    open transaction, so a kill half-way leaves the log as it was."""
    for step in MIGRATIONS[version:SCHEMA_VERSION]:
        step(db)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def _to_version_1(db: sqlite_utils.Database) -> None:
    """The first schema: analysis tables, discrepancies, reviews, history.
    (A frozen version: its steps run exactly this SQL, in this order.)"""
    _v1_meta_and_runs(db)
    _v1_analysis_tables(db)
    _v1_decision_tables(db)
    _v1_indexes_triggers_and_mark(db)


def _v1_meta_and_runs(db: sqlite_utils.Database) -> None:
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


def _v1_analysis_tables(db: sqlite_utils.Database) -> None:
    """Articles, claims, facts and alignments: the latest run's analysis."""
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


def _v1_decision_tables(db: sqlite_utils.Database) -> None:
    """Discrepancies, their reviews and the reviews' history."""
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


def _v1_indexes_triggers_and_mark(db: sqlite_utils.Database) -> None:
    """Indexes, the append-only history's triggers, and our application id."""
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
    db["meta"].upsert({"key": "created_by", "value": f"workbench {__version__}"}, pk="key")
    db.execute(f"PRAGMA application_id={APP_ID}")


def _to_version_2(db: sqlite_utils.Database) -> None:
    """Decisions bound to content, not file names."""
    # Version 2 binds decisions to content, not file names: the article to
    # correct is kept by its text's hash, and a review carried over to a
    # reworded flag says so in its history.
    db.execute("ALTER TABLE reviews ADD COLUMN article_sha TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE review_history ADD COLUMN article_sha TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE review_history ADD COLUMN event TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE discrepancies ADD COLUMN moved_to TEXT NOT NULL DEFAULT ''")
    db.execute(
        "UPDATE reviews SET article_sha = coalesce((SELECT sha256 FROM articles "
        "WHERE articles.id = reviews.article), '') WHERE coalesce(article, '') != ''"
    )


def _to_version_3(db: sqlite_utils.Database) -> None:
    """Findings across all sources (issue 15). Decisions stay on the
    pair-level reviews: a decision on a finding is written to every
    discrepancy it contains, so no review or history row of an older log is
    moved, rewritten or lost, and each shows under the finding that contains
    its discrepancy once the articles are checked again."""
    # where each page of a PDF or Word article starts, so a review can cite its page
    db.execute("ALTER TABLE articles ADD COLUMN pages TEXT NOT NULL DEFAULT '[]'")
    db["claim_groups"].create({"id": str, "members": str}, pk="id")
    db["findings"].create(
        {
            "id": str,
            "kind": str,
            "verdict": str,
            "explanation": str,
            "grp": str,
            "versions": str,  # JSON: value, sources, independent, sides (with their sentences)
            "relations": str,  # JSON: versions [i, j], verdict, discrepancy
            "correct": str,  # JSON: the articles to correct by default
            "position": int,  # reading order in the latest run that found it
            "active": int,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
    )
    db["finding_members"].create(
        {"finding": str, "discrepancy": str}, pk=("finding", "discrepancy")
    )
    db["finding_members"].create_index(["discrepancy"])
    db["copies"].create(
        {"left": str, "right": str, "shared": int, "credit": str}, pk=("left", "right")
    )


def _to_version_4(db: sqlite_utils.Database) -> None:
    """Manual links (issue 16): an editor links two sentences of different
    articles the engine missed, or unlinks a pair it made. One row per pair
    of sentences (named by content: article, hash of the text, occurrence),
    changed in place; every change is appended to manual_link_history, which
    the database keeps append-only. Adds tables only: no row of an older log
    is touched."""
    side = {"article": str, "digest": str, "occurrence": int, "text": str, "sha": str}
    db["manual_links"].create(
        {
            "id": str,
            "kind": str,  # link, unlink, or "" (withdrawn: the engine decides again)
            **{f"left_{k}": t for k, t in side.items()},
            **{f"right_{k}": t for k, t in side.items()},
            "editor": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db["manual_link_history"].create(
        {"id": int, "link": str, "kind": str, "editor": str, "at": str, "event": str},
        pk="id",
        if_not_exists=True,
    )
    db["manual_link_history"].create_index(["link"], if_not_exists=True)
    for table, what in (("manual_link_history", "history"), ("manual_links", "links")):
        for verb in ("UPDATE", "DELETE") if table == "manual_link_history" else ("DELETE",):
            db.execute(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON "
                f"{table} BEGIN SELECT RAISE(ABORT, 'manual link {what} are never "
                f"{'changed' if verb == 'UPDATE' else 'deleted'}'); END"
            )


def _to_version_5(db: sqlite_utils.Database) -> None:
    """Agreements (issue 15, trials 24 and 25): a consistent finding whose
    sources all state the same figure as written is kept but is no item to
    review. One column; every finding of an older log reads as no agreement
    until its articles are checked again. No row is touched."""
    db.execute("ALTER TABLE findings ADD COLUMN agreement INTEGER NOT NULL DEFAULT 0")


def _to_version_6(db: sqlite_utils.Database) -> None:
    """The pairs an older release left open under a decision on a finding
    (trial 29) are given it where they agree; a disagreement neither of whose
    versions the decision named stays open (trial 42, ``whole_finding``)."""
    from .whole_finding import carry_to_pairs_left_open

    carry_to_pairs_left_open(db)


def _to_version_7(db: sqlite_utils.Database) -> None:
    """A change written whole (trial 30: three ``workbench review --note``
    commands read as one note "as typed, in 3 saves"): only the window's
    saves of a note being typed may join in the history (``store.drafts``);
    a row marked whole never does. Rows of an older log read as before."""
    if "whole" not in db["review_history"].columns_dict:  # version 6's carried rows may hold it
        db.execute("ALTER TABLE review_history ADD COLUMN whole INTEGER NOT NULL DEFAULT 0")


def _to_version_8(db: sqlite_utils.Database) -> None:
    """An editor's finding (trial 37): a link may say what differs between its
    two sentences ("where the victim died"), kept on the link and in each row
    of its history. The finding's decisions are reviews like any other, keyed
    by the link's id. One column in each table; every link of an older log
    reads as a plain link. No row is touched."""
    for table in ("manual_links", "manual_link_history"):
        if "differs" not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN differs TEXT NOT NULL DEFAULT ''")


def _to_version_9(db: sqlite_utils.Database) -> None:
    """A decision knows what it covered (session 36): each decision on a
    finding records its sources then (``decision_scopes``, append-only), so a
    source that joins an existing version since is said, not covered in
    silence. Decisions made before have no scope: nothing is claimed of them,
    and no review or history row is touched for it. Then the disagreements an
    earlier schema-6 upgrade closed, untouched since, are reopened with a
    history row each (``store.reopen_carried``)."""
    from .reopen_carried import reopen_carried
    from .scope_table import create_scopes

    create_scopes(db)
    reopen_carried(db)


MIGRATIONS = [
    _to_version_1,
    _to_version_2,
    _to_version_3,
    _to_version_4,
    _to_version_5,
    _to_version_6,
    _to_version_7,
    _to_version_8,
    _to_version_9,
]  # MIGRATIONS[v] takes a log from v to v + 1


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = "INSERT INTO [{}] ({}) VALUES ({})".format(
        table, ", ".join(f"[{c}]" for c in cols), ", ".join("?" for _ in cols)
    )
    db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def half_made_by_us(db: sqlite_utils.Database, tables: set[str], version: int) -> bool:
    """A log whose creation an older workbench did not finish (it wrote the
    schema in several transactions): only our tables, all empty, no version.
    Those are taken over; any other SQLite file is not ours."""
    if version != 0 or not tables or not tables <= OUR_TABLES:
        return False
    return all(db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] == 0 for t in tables)
