"""The review log keeps every decision, survives re-analysis and refuses
files it does not understand."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import SCHEMA_VERSION, Review, ReviewLog, StoreError


def make_analysis(ids: list[str]) -> Analysis:
    arts = (
        Article("a", "a.txt", "A", "", date(2021, 6, 23), "", "Text a.", "x"),
        Article("b", "b.txt", "B", "", None, "", "Text b.", "y"),
    )
    claims = (Claim("a:0", "a", 0, 0, 7, "Text a."), Claim("b:0", "b", 0, 0, 7, "Text b."))
    discs = tuple(
        Discrepancy(
            i,
            "number",
            Verdict.CONFLICT,
            f"explanation {i}",
            (Side("a", "a:0", 0, 4, "Text", "3"), Side("b", "b:0", 0, 4, "Text", "4")),
        )
        for i in ids
    )
    return Analysis(arts, claims, (), (Alignment("a:0", "b:0", 0.9),), discs)


def test_schema_version_wal_and_reviews_survive_reanalysis(tmp_path):
    path = tmp_path / "r.sqlite"
    log = ReviewLog(path)
    log.save_analysis(make_analysis(["d1", "d2"]))
    log.set_review("d1", "verified", "checked with the agency", "", "ana")
    log.set_review("d1", note="second look", reviewer="ben")
    log.close()

    log = ReviewLog(path)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    changes = log.save_analysis(make_analysis(["d1", "d2"]))
    assert changes.new == 0
    r = log.review("d1")
    # ben added a note to ana's decision: the decision stays ana's, the history says ben
    assert (r.status, r.note, r.reviewer) == ("verified", "second look", "ana")
    assert [(h.status, h.reviewer) for h in log.history("d1")] == [
        ("verified", "ana"),
        ("verified", "ben"),
    ]
    assert log.review("d2") == Review("d2", "open", "", "", "", log.review("d2").updated, "")
    log.close()


def test_vanished_discrepancy_keeps_its_review_as_orphaned(tmp_path):
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(make_analysis(["d1", "d2"]))
    log.set_review("d2", "needs-correction", correction="Four, not three")
    changes = log.save_analysis(make_analysis(["d1"]))
    assert changes.gone == 1 and changes.orphaned == 1
    rows = {r.id: r for r in log.discrepancies()}
    assert rows["d2"].orphaned and rows["d2"].correction == "Four, not three"
    assert not rows["d1"].orphaned


def test_history_is_append_only(tmp_path):
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(make_analysis(["d1"]))
    log.set_review("d1", "disputed")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"), log.db.conn:
        log.db.execute("DELETE FROM review_history")
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"), log.db.conn:
        log.db.execute("DELETE FROM reviews")
    assert len(log.history("d1")) == 1


def test_unknown_id_unknown_status_and_prefix(tmp_path):
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(make_analysis(["abcd123", "abcd456"]))
    with pytest.raises(StoreError, match="unknown discrepancy id"):
        log.set_review("zzzz", "verified")
    with pytest.raises(StoreError, match="unknown status"):
        log.set_review("abcd123", "approved")
    with pytest.raises(StoreError, match="ambiguous"):
        log.set_review("abcd", "verified")
    with pytest.raises(StoreError, match="too short"):
        log.set_review("ab", "verified")
    assert log.set_review("abcd1", "verified").discrepancy == "abcd123"


def test_review_names_the_article_to_correct(tmp_path):
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(make_analysis(["abcd123"]))
    r = log.set_review("abcd123", "needs-correction", correction="Four", article="b")
    assert r.article == "b"
    assert log.set_review("abcd123", note="checked").article == "b"  # kept
    with pytest.raises(StoreError, match="not one of this discrepancy's articles"):
        log.set_review("abcd123", article="zz")


def test_refuses_newer_schema_and_foreign_files(tmp_path):
    newer = tmp_path / "newer.sqlite"
    ReviewLog(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        ReviewLog(newer)

    text = tmp_path / "notes.sqlite"
    text.write_text("just some notes")
    with pytest.raises(StoreError, match="not a review log"):
        ReviewLog(text)
    assert text.read_text() == "just some notes"

    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Claim Workbench review log"):
        ReviewLog(other)
    with pytest.raises(StoreError, match="no such review log"):
        ReviewLog(tmp_path / "missing.sqlite", create=False)


def test_version_1_step_makes_the_released_version_1_schema(tmp_path):
    """The frozen first migration still creates exactly what the released
    version 1 did (fixtures/review-v1.sqlite was written by it)."""
    import sqlite_utils

    from workbench.store.schema import MIGRATIONS

    def schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return set(rows.fetchall())

    conn = sqlite3.connect(tmp_path / "new.sqlite")
    MIGRATIONS[0](sqlite_utils.Database(conn))
    fixture = Path(__file__).parent / "fixtures" / "review-v1.sqlite"
    released = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
    try:
        assert schema(conn) == schema(released)
        app_id = "PRAGMA application_id"
        assert conn.execute(app_id).fetchone() == released.execute(app_id).fetchone()
    finally:
        conn.close()
        released.close()


def test_a_new_decision_is_credited_to_whoever_makes_it(tmp_path):
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(make_analysis(["d1"]))
    log.set_review("d1", "disputed", "source says 3", "", "alice")
    log.set_review("d1", note="context from the desk", reviewer="carol")
    assert log.review("d1").reviewer == "alice"  # a note only: still alice's decision
    log.set_review("d1", "verified", reviewer="carol")
    assert log.review("d1").reviewer == "carol"  # carol decided
    log.set_review("d1", "open", reviewer="dan")
    log.set_review("d1", note="a first note", reviewer="erin")
    assert log.review("d1").reviewer == "erin"  # nothing decided yet: the note's author
    log.close()


def test_articles_come_back_in_the_order_they_were_compared(tmp_path):
    # the window reopened 1_1 … 1_14 as 1_10 … 1_14, 1_1, 1_2 … (sorted by id)
    arts = tuple(
        Article(i, f"{i}.txt", i, "", None, "", "Text.", f"sha-{i}") for i in ("1_2", "1_10", "1_1")
    )
    claims = tuple(Claim(f"{a.id}:0", a.id, 0, 0, 5, "Text.") for a in arts)
    log = ReviewLog(tmp_path / "r.sqlite")
    log.save_analysis(Analysis(arts, claims, (), (), ()))
    assert [a.id for a in log.articles()] == ["1_2", "1_10", "1_1"]
    log.close()
