"""Manual alignment (issue 16, part 3): an editor links two sentences the
engine missed or unlinks a pair it made. The link is kept in the review log
with who and when, by the sentences' content; the analysis uses it (a linked
pair is compared, an unlinked one is not), across re-analysis; a link whose
sentence is gone stays, orphaned; every change is undoable and in the history."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench import cli
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.manual_links import make_link, resolve, sentence_ref
from workbench.store import SCHEMA_VERSION, ReviewLog, StoreError

FIXTURES = Path(__file__).parent / "fixtures"
ALPHA = (
    "date 2024-05-06\n"
    "The storm hit the coast of Florida on Monday. "
    "Rescue teams found 12 bodies in the rubble of the harbour. "
    "About 300 homes were destroyed in the county."
)
BETA = (
    "date 2024-05-06\n"
    "A hurricane made landfall in Florida on Monday. "
    "Officials said the death toll in the harbour area had reached 15 people. "
    "About 400 homes were destroyed in the county."
)


def _articles(tmp_path: Path, alpha: str = ALPHA, beta: str = BETA) -> list[str]:
    (tmp_path / "alpha.txt").write_text(alpha, encoding="utf-8")
    (tmp_path / "beta.txt").write_text(beta, encoding="utf-8")
    return [str(tmp_path / "alpha.txt"), str(tmp_path / "beta.txt")]


def _link(analysis, kind: str, left: str, right: str):
    claims = {c.id: c for c in analysis.claims}
    ref = lambda cid: sentence_ref(claims[cid], analysis.claims)  # noqa: E731
    return make_link(kind, ref(left), ref(right), "ana", "2026-12-03T00:00:00Z")


def _pairs(analysis) -> set[frozenset[str]]:
    return {frozenset((a.left, a.right)) for a in analysis.alignments}


def _compared(analysis) -> set[frozenset[str]]:
    return {frozenset(s.claim for s in d.sides) for d in analysis.discrepancies}


# -- the analysis ---------------------------------------------------------------------
def test_a_linked_pair_is_aligned_compared_and_grouped(tmp_path):
    articles = load_articles(_articles(tmp_path))
    before = analyze(articles)
    toll = frozenset(("alpha:1", "beta:1"))
    # the aligner missed it (since session 30 the story's toll rows compare the two
    # never-aligned figures; the link makes them an aligned pair of sentences)
    assert toll not in _pairs(before)
    after = analyze(articles, manual=[_link(before, "link", "alpha:1", "beta:1")])
    assert toll in _pairs(after)
    assert [a.manual for a in after.alignments if frozenset((a.left, a.right)) == toll] == [True]
    (d,) = [d for d in after.discrepancies if frozenset(s.claim for s in d.sides) == toll]
    assert str(d.verdict) == "conflict" and "12" in d.explanation and "15" in d.explanation
    assert any(d.id in f.discrepancies for f in after.findings)


def test_a_link_adds_its_pair_and_takes_no_partner_away(tmp_path):
    articles = load_articles(_articles(tmp_path))
    before = analyze(articles)
    after = analyze(articles, manual=[_link(before, "link", "alpha:0", "beta:2")])
    assert _pairs(after) == _pairs(before) | {frozenset(("alpha:0", "beta:2"))}
    assert _compared(before) <= _compared(after)


def test_an_unlinked_pair_is_not_aligned_and_its_discrepancy_goes(tmp_path):
    articles = load_articles(_articles(tmp_path))
    before = analyze(articles)
    homes = frozenset(("alpha:2", "beta:2"))
    assert homes in _pairs(before) and homes in _compared(before)
    after = analyze(articles, manual=[_link(before, "unlink", "alpha:2", "beta:2")])
    assert homes not in _pairs(after) and homes not in _compared(after)
    assert not any(a.manual for a in after.alignments)


def test_a_link_names_its_sentence_by_content_not_by_number(tmp_path):
    articles = load_articles(_articles(tmp_path))
    link = _link(analyze(articles), "link", "alpha:1", "beta:1")
    # a sentence added before it and an article added: its number changes, the link holds
    edited = ALPHA.replace("\nThe storm", "\nIt was a long night. The storm")
    paths = _articles(tmp_path, alpha=edited)
    (tmp_path / "gamma.txt").write_text("date 2024-05-07\nNothing about it here.", "utf-8")
    again = analyze(load_articles([*paths, str(tmp_path / "gamma.txt")]), manual=[link])
    (applied,) = again.manual
    assert applied.claims == ("alpha:2", "beta:1")
    assert frozenset(applied.claims) in _pairs(again) and frozenset(applied.claims) in _compared(
        again
    )


def test_a_link_whose_sentence_is_gone_is_orphaned_never_moved(tmp_path):
    articles = load_articles(_articles(tmp_path))
    link = _link(analyze(articles), "link", "alpha:1", "beta:1")
    edited = ALPHA.replace("found 12 bodies", "found 14 bodies")  # the sentence itself changed
    again = analyze(load_articles(_articles(tmp_path, alpha=edited)), manual=[link])
    (applied,) = again.manual
    assert applied.orphaned and applied.claims is None
    assert frozenset(("alpha:1", "beta:1")) not in _pairs(again)
    assert applied.link.left.text == "Rescue teams found 12 bodies in the rubble of the harbour."


def test_a_renamed_article_keeps_its_links_by_its_text(tmp_path):
    articles = load_articles(_articles(tmp_path))
    analysis = analyze(articles)
    claims = {c.id: c for c in analysis.claims}
    sha = {a.id: a.sha256 for a in articles}
    left = sentence_ref(claims["alpha:1"], analysis.claims, sha["alpha"])
    right = sentence_ref(claims["beta:1"], analysis.claims, sha["beta"])
    link = make_link("link", left, right)
    (tmp_path / "alpha.txt").rename(tmp_path / "renamed.txt")
    moved = load_articles([str(tmp_path / "renamed.txt"), str(tmp_path / "beta.txt")])
    claims2 = analyze(moved).claims
    assert resolve([link], claims2, moved)[0].claims == ("renamed:1", "beta:1")


# -- the review log ---------------------------------------------------------------------
def _all_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in tables}
    finally:
        conn.close()


def test_a_log_of_the_v3_release_upgrades_without_losing_a_row(tmp_path):
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v3-release.sqlite", path)
    before = _all_rows(path)
    assert "manual_links" not in before
    log = ReviewLog(path)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
    assert log.manual_links() == () and log.link_history() == []
    found = log.findings()
    log.close()
    after = _all_rows(path)
    # every row of every table as it was; a later version's columns only appended
    # (version 5: findings.agreement, 0 until the articles are checked again)
    kept = {t: [r[: len(b)] for r, b in zip(after[t], before[t], strict=True)] for t in before}
    assert kept == before
    assert {r[len(b) :] for r, b in zip(after["findings"], before["findings"], strict=True)} <= {
        (0,)
    }
    assert after["manual_links"] == [] and after["manual_link_history"] == []
    decided = {m.id: m.status for f in found for m in f.members if m.status != "open"}
    assert decided == {
        "1579f344a1": "disputed",  # its flag is gone: an orphan, still shown
        "4c53cd0586": "needs-correction",
        "19900a3390": "verified",
    }


def test_a_read_only_v3_log_still_opens_and_has_no_links(tmp_path, monkeypatch):
    """Root ignores permissions: read-only media is simulated by failing the write check."""
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v3-release.sqlite", path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode)
    )
    before = path.read_bytes()
    log = ReviewLog(path, create=False)
    assert log.read_only and log.manual_links() == () and log.link_history() == []
    assert len(log.findings()) >= 3
    with pytest.raises(StoreError, match="read-only"):
        log.set_link("link", "000_6b4b37a60f330bce:1", "001_5b6645cec48d2afd:3")
    log.close()
    assert path.read_bytes() == before


def test_links_are_kept_with_who_and_when_and_their_history_is_append_only(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analyze(load_articles(_articles(tmp_path))))
    link, before = log.set_link("link", "alpha:1", "beta:1", "ana")
    assert before == "" and link.editor == "ana" and link.at
    again, before = log.set_link("unlink", "beta:1", "alpha:1", "ben")  # either order: one pair
    assert again.id == link.id and before == "link"
    (stored,) = log.manual_links()
    assert (stored.kind, stored.editor) == ("unlink", "ben")
    assert [(h.kind, h.editor) for h in log.link_history()] == [("link", "ana"), ("unlink", "ben")]
    for sql in (
        "UPDATE manual_link_history SET editor='x'",
        "DELETE FROM manual_link_history",
        "DELETE FROM manual_links",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="never"):
            log.db.execute(sql)
    log.close()


# -- the command line -------------------------------------------------------------------
def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _checked(tmp_path, capsys) -> str:
    db = str(tmp_path / "log.sqlite")
    assert _run(capsys, "check", "-q", *_articles(tmp_path), "--db", db)[0] == 0
    return db


def test_link_on_the_command_line_is_compared_and_kept_by_check(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    code, out, _ = _run(capsys, "links", db, "alpha")
    assert code == 0 and "alpha:2  “Rescue teams found 12 bodies" in out
    code, out, err = _run(capsys, "link", db, "alpha:2", "beta:death toll", "--reviewer", "ana")
    assert code == 0, err
    assert "linked alpha:2 and beta:2" in out and "1 alignment made by hand" in out
    log = ReviewLog(db, create=False)
    assert any({s.claim for s in d.sides} == {"alpha:1", "beta:1"} for d in log.discrepancies())
    log.close()
    out_json = tmp_path / "a.json"
    code, out, _ = _run(capsys, "check", *_articles(tmp_path), "--db", db, "--json", str(out_json))
    assert code == 0 and "Manual links: 1 link and 0 unlinks applied." in out
    data = json.loads(out_json.read_text("utf-8"))
    manual = [a for a in data["alignments"] if a["manual"]]
    assert [a["claims"] for a in manual] == [["alpha:1", "beta:1"]]
    (record,) = data["manual_links"]
    assert record["kind"] == "link" and record["editor"] == "ana" and not record["orphaned"]
    assert record["claims"] == ["alpha:1", "beta:1"]


def test_unlink_then_undo_on_the_command_line(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    log = ReviewLog(db, create=False)
    (homes,) = [
        d for d in log.discrepancies() if {s.claim for s in d.sides} == {"alpha:2", "beta:2"}
    ]
    log.set_review(homes.id, "verified", note="checked", reviewer="kim")
    log.close()
    code, out, err = _run(capsys, "unlink", db, "alpha:3", "beta:3", "--reviewer", "ana")
    assert code == 0, err
    assert "(0 new, 1 no longer found)" in out
    log = ReviewLog(db, create=False)
    (gone,) = [d for d in log.discrepancies() if d.id == homes.id]
    assert gone.orphaned and gone.status == "verified" and gone.note == "checked"  # kept
    log.close()
    code, out, _ = _run(capsys, "links", db)
    assert "unlink alpha:3 ↔ beta:3  by ana" in out
    code, out, _ = _run(capsys, "links", db, "--undo", "--reviewer", "ben")
    assert code == 0 and "undid #1 (unlink); back to no manual link" in out
    log = ReviewLog(db, create=False)
    assert not next(d for d in log.discrepancies() if d.id == homes.id).orphaned
    assert log.manual_links() == ()
    assert [(h.kind, h.editor, h.event) for h in log.link_history()] == [
        ("unlink", "ana", ""),
        ("", "ben", "undo of #1"),
    ]
    log.close()
    code, _, err = _run(capsys, "links", db, "--undo")  # an undo is not undone: link anew
    assert code == 2 and "no manual link change to undo" in err


def test_an_orphaned_link_is_listed_as_such(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    assert _run(capsys, "link", db, "alpha:2", "beta:2", "--no-check")[0] == 0
    paths = _articles(tmp_path, alpha=ALPHA.replace("12 bodies", "14 bodies"))
    code, out, _ = _run(capsys, "check", *paths, "--db", db)
    assert code == 0 and "1 orphaned (a sentence is gone" in out
    code, out, _ = _run(capsys, "links", db)
    assert code == 0 and "ORPHANED" in out and "Rescue teams found 12 bodies" in out


@pytest.mark.parametrize(
    ("left", "right", "message"),
    [
        ("alpha:9", "beta:1", "alpha has no sentence 9: it has 3 (1 to 3)"),
        ("nope:1", "beta:1", "unknown article 'nope' in this review log"),
        ("alpha", "beta:1", "'alpha': name a sentence as ARTICLE:N"),
        ("alpha:1", "alpha:2", "both sentences are in the same article"),
        ("alpha:the", "beta:1", "sentences of alpha contain those words"),
    ],
)
def test_a_bad_sentence_is_one_line_and_changes_nothing(tmp_path, capsys, left, right, message):
    db = _checked(tmp_path, capsys)
    before = Path(db).read_bytes()
    code, out, err = _run(capsys, "link", db, left, right)
    assert code == 2 and out == ""
    assert err.startswith("workbench: error: ") and message in err and err.count("\n") == 1
    assert Path(db).read_bytes() == before


def test_links_commands_refuse_a_missing_log_and_unknown_ids(tmp_path, capsys):
    code, _, err = _run(capsys, "link", str(tmp_path / "none.sqlite"), "a:1", "b:1")
    assert code == 2 and "no such review log" in err
    db = _checked(tmp_path, capsys)
    code, _, err = _run(capsys, "links", db, "--withdraw", "Lffffff")
    assert code == 2 and "unknown manual link 'Lffffff'" in err
    code, _, err = _run(capsys, "links", db, "--undo")
    assert code == 2 and "no manual link change to undo" in err


def test_withdraw_a_link_and_read_the_history(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    code, out, _ = _run(capsys, "link", db, "alpha:2", "beta:2", "--reviewer", "ana")
    ident = out.split(":")[0]
    code, out, _ = _run(capsys, "links", db, "--withdraw", ident[:6], "--reviewer", "ben")
    assert code == 0 and f"{ident}: withdrawn; the engine decides that pair again" in out
    assert "0 alignments made by hand" in out
    code, out, _ = _run(capsys, "links", db)
    assert "no manual links" in out
    code, out, _ = _run(capsys, "links", db, "--history")
    lines = out.splitlines()
    assert (
        len(lines) == 2 and "link      ana" in lines[0] and "withdrawn ben — withdrawn" in lines[1]
    )


def test_linking_a_linked_pair_again_is_not_a_change_for_undo(tmp_path, capsys):
    """Fresh CLI trial: the repeated link was recorded, and the next undo took
    back that repeat: 'undid #2 (link); back to link', nothing changed."""
    db = _checked(tmp_path, capsys)
    assert _run(capsys, "link", db, "alpha:2", "beta:2", "--no-check")[0] == 0
    code, out, _ = _run(capsys, "link", db, "alpha:2", "beta:2", "--no-check")
    assert code == 0 and "(it was already linked)" in out
    log = ReviewLog(db, create=False)
    assert [h.kind for h in log.link_history()] == ["link"]
    log.close()
    code, out, _ = _run(capsys, "links", db, "--undo", "--no-check")
    assert code == 0 and "back to no manual link" in out
