"""Findings in the review log: a log made by the previous release opens with
every review and history row kept, each shown under the finding that holds
its discrepancy; a decision on a finding reaches each of its discrepancies."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import SEEDS

from workbench import findings
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import SCHEMA_VERSION, Change, ReviewLog, StoreError
from workbench.store.findings import resolve_finding, standing

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


REVIEWS = "SELECT * FROM reviews ORDER BY discrepancy"
HISTORY = "SELECT * FROM review_history ORDER BY id"


@pytest.mark.parametrize("fixture", ["review-v2-release.sqlite", "review-v1.sqlite"])
def test_a_log_of_the_previous_release_keeps_every_review_and_history_row(tmp_path, fixture):
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / fixture, path)
    reviews, history = _rows(path, REVIEWS), _rows(path, HISTORY)
    log = ReviewLog(path)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    found = log.findings()
    log.close()
    # nothing rewritten: every old column of every row is as it was
    assert [r[: len(reviews[0])] for r in _rows(path, REVIEWS)] == reviews
    assert [r[: len(history[0])] for r in _rows(path, HISTORY)] == history
    # every reviewed flag shows in exactly one finding, with its decision
    touched = {r[0]: r[1] for r in reviews if r[1] != "open" or r[2] or r[3]}
    assert touched
    shown = [(m.id, m.status) for f in found for m in f.members]
    assert len(shown) == len({i for i, _ in shown})
    assert {i: s for i, s in shown if i in touched} == touched


def test_a_released_log_checked_again_shows_its_reviews_under_the_new_findings(tmp_path):
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v2-release.sqlite", path)
    before = _rows(path, HISTORY)
    log = ReviewLog(path)
    log.save_analysis(analyze(load_articles([str(p) for p in SEEDS])))
    found = log.findings()
    history = [h for f in found for m in f.members for h in log.history(m.id)]
    log.close()
    assert any(f.stored for f in found)
    assert [r[: len(before[0])] for r in _rows(path, HISTORY)][: len(before)] == before
    statuses = {m.id: m.status for f in found for m in f.members}
    decided = [
        (did, status)
        for did, status, note, correction, *_ in _rows(
            FIXTURES / "review-v2-release.sqlite", REVIEWS
        )
        if status != "open" or note or correction
    ]
    assert len(decided) == 4
    with sqlite3.connect(path) as db:  # a decision carried to a reworded flag, in its history
        moved = dict(db.execute("SELECT id, moved_to FROM discrepancies WHERE moved_to != ''"))
    for did, status in decided:
        # each decision still there, orphans included, or on the flag it moved to
        assert statuses.get(moved.get(did, did)) == status
    # a move is a history row of its own, and so is a verdict that changed after the
    # decision (session 30: the seeds' quote cut at a colon is consistent now)
    changed = [h for h in history if h.event.startswith("the verdict changed")]
    assert len(history) == len(before) + len(moved) + len(changed)


def _toll(members: str = "abc") -> Analysis:
    arts = tuple(
        Article(x, f"{x}.txt", x, name, date(2021, 6, 23), "", "The toll is NN.", f"sha-{x}")
        for x, name in (("a", "BBC"), ("b", "Reuters"), ("c", "Independent"), ("d", "AFP"))
    )
    claims = tuple(Claim(f"{x}:0", x, 0, 0, 15, "The toll is NN.") for x in "abcd")
    side = {x: Side(x, f"{x}:0", 12, 14, "24", "24") for x in "abc"}
    side["d"] = Side("d", "d:0", 12, 13, "5", "5")
    discs = tuple(
        Discrepancy(f"d{x}", "number", Verdict.CONFLICT, "24 vs 5", (side[x], side["d"]))
        for x in members
    )
    al = tuple(
        Alignment(f"{x}:0", f"{y}:0", 0.9) for i, x in enumerate("abcd") for y in "abcd"[i + 1 :]
    )
    return findings.build(Analysis(arts, claims, (), al, discs), lambda a, b: 1.0)


def test_needs_correction_on_a_finding_names_the_minority_article_in_each_discrepancy(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    assert f.correct == ("d",) and f.sources == ("a", "b", "c", "d")
    log.decide(f.id, Change("needs-correction", "AFP is alone", "Say 24", "ana"))
    (f,) = log.findings()
    assert f.status == "needs-correction" and f.corrections == {"d": ("Say 24",)}
    assert {m.correct_article for m in f.members} == {"d"}
    events = {h.event for m in f.members for h in log.history(m.id)}
    assert events == {f"decided on finding {f.id}"}
    log.close()


def test_articles_to_correct_can_be_chosen_and_must_be_sources_of_the_finding(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    log.decide(f.id[:5], Change("needs-correction", correction="Check"), articles=("a",))
    (f,) = log.findings()
    # asking a (24) to correct does not settle b (24) vs d (5): that pair is
    # left open, not written naming a (trial 42: "correct 32_4" closed the
    # Catherine / Katherine pairs; trial 21: a stray request on a pair
    # without a), and the finding is partly decided
    assert {m.id: (m.status, m.correct_article) for m in f.members} == {
        "da": ("needs-correction", "a"),
        "db": ("open", ""),
        "dc": ("open", ""),
    }
    assert f.corrections == {"a": ("Check",)}
    assert standing(f) == ("needs-correction", 2)
    # naming b and c then decides their pairs and keeps a's
    log.decide(f.id, Change("needs-correction", correction="Check"), articles=("b", "c"))
    (f,) = log.findings()
    assert {m.id: m.correct_article for m in f.members} == {"da": "a", "db": "b", "dc": "c"}
    assert standing(f) == ("needs-correction", 0)
    assert f.status == "needs-correction"
    with pytest.raises(StoreError, match="not one of this finding's sources"):
        log.decide(f.id, Change("needs-correction"), articles=("zz",))
    with pytest.raises(StoreError, match="unknown finding id"):
        log.decide("Fffffffff", Change("verified"))
    with pytest.raises(StoreError, match="too short"):
        log.decide("F1", Change("verified"))
    with pytest.raises(StoreError, match="unknown status"):
        log.decide(f.id, Change("maybe"))
    log.close()


def _acting_on(log: ReviewLog) -> dict[str, list[str]]:
    from workbench.report import build_report

    return {a["id"]: [i["id"] for i in a["items"]] for a in build_report(log)["articles"]}


def test_the_report_lists_a_finding_only_under_the_article_named_to_correct(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    log.decide(f.id, Change("needs-correction", correction="Check the toll"), articles=("b",))
    assert _acting_on(log) == {"a": [], "b": [f.id], "c": [], "d": []}
    # a log decided by the previous release left the other discrepancies
    # unnamed: they no longer put their sources on the list
    log.db.conn.execute(
        "UPDATE reviews SET article = '', article_sha = '' WHERE discrepancy != 'db'"
    )
    log.db.conn.commit()
    assert _acting_on(log) == {"a": [], "b": [f.id], "c": [], "d": []}
    # disputed without an article: shown in full once, and named under each source
    log.decide(f.id, Change("disputed"), articles=())
    assert _acting_on(log) == {x: [] for x in "abcd"}
    from workbench.report import build_report

    data = build_report(log)
    assert [i["id"] for i in data["disputed"]] == [f.id]
    assert {a["id"]: a["questioned"] for a in data["articles"]} == {x: [f.id] for x in "abcd"}
    log.close()


def test_a_new_source_changes_the_finding_but_keeps_every_decision(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll("ab"))
    (old,) = log.findings()
    log.decide(old.id, Change("verified", note="both checked"))
    log.save_analysis(_toll("abc"))
    (new,) = log.findings()
    # the finding keeps its id (trial 31: a grown finding under a new id read
    # as a new item); the new source's pair is open, to decide
    assert new.id == old.id
    assert {m.id: m.status for m in new.members} == {
        "da": "verified",
        "db": "verified",
        "dc": "open",
    }
    assert new.status == "mixed" and new.statuses == {"verified": 2, "open": 1}
    log.close()


def test_deciding_a_finding_again_gives_a_new_source_its_note_and_correction(tmp_path):
    # fresh window trial: a source added to a decided finding, Ctrl+3 on it:
    # the new discrepancy got the status but neither the note nor the
    # correction, and the report showed the decision twice
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll("ab"))
    (old,) = log.findings()
    log.decide(old.id, Change("needs-correction", "AFP is alone", "Say 24", "ana"))
    log.save_analysis(_toll("abc"))
    (new,) = log.findings()
    assert new.status == "mixed"
    log.decide(new.id, Change("needs-correction", reviewer="ben"))
    (new,) = log.findings()
    assert {(m.status, m.note, m.correction) for m in new.members} == {
        ("needs-correction", "AFP is alone", "Say 24")
    }
    # a decision that writes its own words still replaces them
    log.decide(new.id, Change("verified", note="", reviewer="ben"))
    (new,) = log.findings()
    assert {m.note for m in new.members} == {""}
    assert {m.correction for m in new.members} == {"Say 24"}
    log.close()


def test_a_vanished_finding_leaves_its_reviewed_discrepancies_visible(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", note="ask the desk"))
    gone = replace(_toll(), discrepancies=(), findings=())
    log.save_analysis(gone)
    found = log.findings()
    assert sorted(m.id for f in found for m in f.members) == ["da", "db", "dc"]
    assert all(f.orphaned and not f.stored and f.status == "disputed" for f in found)
    log.close()


def test_a_read_only_released_log_still_opens_and_lists_its_flags(tmp_path, monkeypatch):
    """Read-only media simulated as in test_log_edges (root ignores permissions)."""
    path = tmp_path / "ro.sqlite"
    shutil.copy(FIXTURES / "review-v2-release.sqlite", path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode)
    )
    log = ReviewLog(path, create=False)
    assert log.read_only
    found = log.findings()
    assert found and all(not f.stored for f in found)
    assert {m.status for f in found for m in f.members} >= {"verified", "disputed"}
    with pytest.raises(StoreError, match="read-only"):
        log.decide(found[0].id, Change("verified"))
    log.close()


def test_the_history_of_a_finding_is_one_line_for_each_decision(tmp_path):
    from workbench.cli_findings import finding_history
    from workbench.store import Change, ReviewLog

    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    assert len(f.members) > 1
    log.decide(f.id, Change("disputed", note="AFP alone", reviewer="Ana"))
    log.decide(f.id, Change("verified", reviewer="Ben"))
    lines = finding_history(log, f.id)
    log.close()
    assert len(lines) == 3  # the heading, then one line per decision
    assert f"{len(f.members)} discrepancies" in lines[1] and "Ana" in lines[1]


def test_a_finding_regrouped_by_a_later_check_names_where_its_decisions_went(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    whole = _toll("abc")
    (f,) = whole.findings
    # first read as two findings: a's pair alone, and b's and c's
    halves = (
        replace(f, id="F0000000a1", discrepancies=("da",)),
        replace(f, discrepancies=("db", "dc")),
    )
    log.save_analysis(replace(whole, findings=halves))
    old = next(x for x in log.findings() if x.id == "F0000000a1")
    log.decide(old.id, Change("verified", "checked with the agency"))
    # one finding now: it keeps the id of the half it shares most with, and
    # the other half's id is gone
    log.save_analysis(_toll("abc"))
    (new,) = log.findings()
    assert new.id == f.id != old.id
    for ident in (old.id, old.id[:6]):
        with pytest.raises(StoreError, match=f"regrouped it; its decisions are now under {new.id}"):
            log.decide(ident, Change("disputed"))
    with pytest.raises(StoreError, match=r"unknown finding id 'Fabcdef' \(see"):
        log.decide("Fabcdef", Change("disputed"))
    log.close()


@pytest.mark.parametrize("members", ["abc", "a"])  # a default article (d), and a tie
def test_the_article_chosen_before_needs_correction_is_kept(tmp_path, members):
    """Fresh window trial: choosing 'Correct in' first and then pressing
    'Needs correction' dropped the article (or replaced it by the default),
    and the report asked every source to correct itself."""
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll(members))
    (f,) = log.findings()
    log.decide(f.id, Change(correction="Say 24"), articles=("a",))  # chosen first
    log.decide(f.id, Change("needs-correction"))  # then the button
    (f,) = log.findings()
    # asking a (24) leaves b vs d and c vs d (24 vs 5) open, as check says
    assert standing(f) == ("needs-correction", 2 if members == "abc" else 0)
    assert {m.correct_article for m in f.members} == {"a"}
    log.close()


def test_an_unknown_finding_id_names_the_log_it_searched(tmp_path):
    """Trial 41: run in a folder holding another log, 'unknown finding id'
    read as if the finding were gone; the error names the log searched."""
    log = ReviewLog(tmp_path / "other.sqlite")
    with pytest.raises(StoreError, match=r"other\.sqlite - another log\? give it with --db"):
        resolve_finding(log, "Fabcdef")
