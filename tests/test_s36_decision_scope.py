"""A decision knows what it covered (session 36, schema 9, ``store.scope``).

ECB+ 36_ecb: a finding ("20 wives") decided on three sources went to five
with its one discrepancy unchanged; the decision then covered two sources the
editor never saw and nothing said so. A decision on a finding now records its
sources then; a source outside the scope of the decision in force "joined
since": check's status, ``review F…``, the window and the report say "decided
before … joined ‘…’ — decide again to cover …", and it is to review again.
Logs of the previous release upgrade with every row kept, and claim nothing
of decisions made before."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from test_findings_log import _toll

from workbench.cli_findings import finding_statuses, show_finding
from workbench.model import Analysis, Side
from workbench.report import build_report, render
from workbench.report.summary import to_review
from workbench.store import SCHEMA_VERSION, Change, ReviewLog
from workbench.store import schema as schema_module
from workbench.store.covered import covered
from workbench.store.scope import joined_since
from workbench.store.undo import redo_last, undo_last
from workbench.ui.models import DiscrepancyTableModel
from workbench.ui.rows import finding_row

FIXTURES = Path(__file__).parent / "fixtures"


def _joined(analysis: Analysis, value: str, *who: str) -> Analysis:
    """``analysis`` with articles ``who`` stating ``value`` in its finding,
    with no pair-level discrepancy of their own (as the grouping joins a
    source aligned with a version's sentence)."""
    (f,) = analysis.findings
    versions = tuple(
        replace(
            v,
            sides=(*v.sides, *(Side(x, f"{x}:0", 12, 12 + len(value), value, value) for x in who)),
        )
        if v.value == value
        else v
        for v in f.versions
    )
    return replace(analysis, findings=(replace(f, versions=versions),))


def _decided(tmp_path, change: Change, articles=("d",), members: str = "a") -> ReviewLog:
    """A log whose one finding (a: 24 against d: 5) is decided with ``change``."""
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll(members))
    (f,) = log.findings()
    log.decide(f.id, change, articles)
    return log


@pytest.mark.parametrize(
    ("status", "articles", "value", "who", "said"),
    [
        (
            "needs-correction",
            ("d",),
            "24",
            ("b", "c"),
            "b, c joined ‘24’ — decide again to cover them",
        ),
        ("verified", None, "5", ("c",), "c joined ‘5’ — decide again to cover it"),
        ("disputed", ("a",), "24", ("b",), "b joined ‘24’ — decide again to cover it"),
    ],
)
def test_a_source_that_joins_a_version_without_a_pair_is_said(
    tmp_path, status, articles, value, who, said
):
    log = _decided(tmp_path, Change(status, reviewer="Ann"), articles)
    log.save_analysis(_joined(_toll("a"), value, *who))
    (f,) = log.findings()
    assert f.status == status and set(who) <= set(f.sources)
    assert f.scope == ("a", "d")
    assert joined_since(f) == ((value, who),)
    # check's status line
    assert finding_statuses(log)[f.id] == f"{status}; decided before {said}"
    # review F…: what it was made on, what joined since
    shown = "\n".join(show_finding(log, f.id))
    assert f"decided before {said}" in shown
    assert "New since the decision, not covered by it" in shown
    assert f"({'a source' if len(who) == 1 else 'sources'} it does not cover)" in shown
    # the window: to review, flagged ⚠, the panel says it first
    row = finding_row(f)
    assert row.needs_review
    assert row.look_again.startswith(f"Decided before {said}. Decision made on:")
    model = DiscrepancyTableModel()
    model.set_rows([row], {})
    assert model.data(model.index(0, 5)).endswith("⚠")
    # the report: in the status, counted to review, in the JSON
    (item,) = [i for i in build_report(log)["findings"] if i["id"] == f.id]
    assert to_review(item)
    assert item["joined_since"] == [{"version": value, "sources": list(who)}]
    assert f"decided before {said}" in render(log, "md")
    log.close()


def test_a_finding_decided_with_its_sources_says_nothing(tmp_path):
    log = _decided(tmp_path, Change("needs-correction", reviewer="Ann"))
    log.save_analysis(_toll("a"))  # checked again: the same sources
    (f,) = log.findings()
    assert f.scope == ("a", "d") and joined_since(f) == ()
    assert finding_statuses(log)[f.id] == "needs-correction"
    assert covered(f) is None
    row = finding_row(f)
    assert not row.needs_review and row.look_again == ""
    (item,) = build_report(log)["findings"]
    assert "joined" not in item and not to_review(item)
    log.close()


@pytest.fixture
def ticking(monkeypatch):
    """A clock one second on at each decision (stamps are to the second)."""
    import workbench.store.log as log_module

    ticks = iter(range(10, 60))
    monkeypatch.setattr(log_module, "now", lambda: f"2026-12-07T01:00:{next(ticks):02d}Z")


def test_deciding_again_alike_covers_them_and_undo_brings_the_question_back(tmp_path, ticking):
    log = _decided(tmp_path, Change("verified", reviewer="Ann"), None)
    log.save_analysis(_joined(_toll("a"), "24", "b"))
    (f,) = log.findings()
    assert joined_since(f)
    _, reviews = log.decide(f.id, Change("verified", reviewer="Bo"), None)
    assert [r.changed for r in reviews] == [True]  # alike, yet a change: it covers b now
    (f,) = log.findings()
    assert joined_since(f) == () and f.scope == ("a", "b", "d")
    assert [h.reviewer for h in log.history(f.id)] == ["Ann", "Bo"]
    # once covered, the same decision again changes nothing
    _, reviews = log.decide(f.id, Change("verified", reviewer="Bo"), None)
    assert [r.changed for r in reviews] == [False]
    undo_last(log, f.id, "Bo")
    (f,) = log.findings()
    assert joined_since(f) == (("24", ("b",)),)  # Ann's decision again, made without b
    redo_last(log, f.id, "Bo")
    (f,) = log.findings()
    assert joined_since(f) == ()
    log.close()


def test_a_note_added_since_keeps_the_scope_of_the_decision(tmp_path):
    """A note decides nothing: the finding still says b joined since."""
    log = _decided(tmp_path, Change("needs-correction", reviewer="Ann"))
    log.save_analysis(_joined(_toll("a"), "24", "b"))
    (f,) = log.findings()
    log.decide(f.id, Change(note="AFP is alone", reviewer="Bo"), None)
    (f,) = log.findings()
    assert f.members[0].note == "AFP is alone"
    assert joined_since(f) == (("24", ("b",)),)
    log.close()


def test_a_source_with_a_new_pair_is_said_as_added_since_not_twice(tmp_path):
    """b joins with a pair of its own (b / d, open): said once, as the pair
    added since, not again as a source joined without one."""
    log = _decided(tmp_path, Change("needs-correction", reviewer="Ann"))
    log.save_analysis(_toll("ab"))
    (f,) = log.findings()
    assert joined_since(f) == ()
    assert finding_statuses(log)[f.id] == (
        "needs-correction; 1 discrepancy added since, not decided"
    )
    c = covered(f)
    assert c.since and c.new == (("A", "24", ("b",), False),)
    log.close()


def test_a_pair_decided_on_its_own_covers_its_two_articles(tmp_path):
    log = _decided(tmp_path, Change("needs-correction", reviewer="Ann"))
    log.save_analysis(_joined(_toll("ab"), "24", "c"))
    (f,) = log.findings()
    log.set_review("db", status="needs-correction", article="d", reviewer="Bo")
    (f,) = log.findings()
    assert f.scope == ("a", "b", "d")
    assert joined_since(f) == (("24", ("c",)),)
    log.close()


# -- logs of the previous release ------------------------------------------------
def _tables(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in names}
    finally:
        conn.close()


def test_a_log_of_the_previous_release_upgrades_with_every_row_kept(tmp_path):
    """tests/fixtures/review-v8-release.sqlite, written by main before this
    change (make-review-v8-release.py): a decision made before a source
    joined. Nothing is claimed of it; deciding again records its scope."""
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v8-release.sqlite", path)
    before = _tables(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 8
    log = ReviewLog(path)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 9
    (decided,) = [f for f in log.findings() if f.status != "open"]
    assert decided.scope is None and joined_since(decided) == ()
    log.close()
    after = _tables(path)
    assert after.pop("decision_scopes") == []
    assert after == before  # every row of every table as it was
    log = ReviewLog(path)
    _, reviews = log.decide(decided.id, Change("needs-correction", reviewer="ana"), None)
    assert [r.changed for r in reviews] == [False]  # alike, and nothing known joined: no change
    log.decide(decided.id, Change("verified", reviewer="ana"), None)
    (f,) = [f for f in log.findings() if f.id == decided.id]
    assert f.scope == tuple(sorted(f.sources))
    log.close()


def test_an_upgraded_log_has_the_disagreements_its_schema_6_upgrade_closed_reopened(tmp_path):
    """tests/fixtures/review-v8-carried.sqlite: a schema-5 log whose
    "needs correction" naming a was written to a / d only; main's upgrade
    gave it to b / d and c / d (24 against 5, neither named), then Bo added a
    note to c / d. b / d is reopened; c / d, touched by an editor, and a / d,
    the editor's own decision, stay as they are."""
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v8-carried.sqlite", path)
    before = _tables(path)
    log = ReviewLog(path)
    (f,) = log.findings()
    states = {m.id: (m.status, m.note) for m in f.members}
    assert states == {
        "da": ("needs-correction", "AFP is wrong"),
        "db": ("open", ""),
        "dc": ("needs-correction", "AFP says 5 in its second edition"),
    }
    assert covered(f).left == ("b / d",)  # partly decided, as the decision was made
    assert "partly decided, versions still open" in finding_statuses(log)[f.id]  # s42
    (h,) = [h for h in log.history("db") if h.status == "open"]
    assert h.event.startswith("reopened by the upgrade to schema 9")
    assert log.db.execute("SELECT value FROM meta WHERE key='reopened_v9'").fetchone() == ("db",)
    log.close()
    after = _tables(path)
    assert after["review_history"][: len(before["review_history"])] == before["review_history"]
    assert [r for r in after["reviews"] if r[0] != "db"] == [
        r for r in before["reviews"] if r[0] != "db"
    ]
    # a second open changes nothing more; undoing the finding's decisions
    # never puts the carried one back on b / d
    log = ReviewLog(path)
    assert len(log.history("db")) == 2
    for _ in range(3):
        undo_last(log, f.id, "Cy")
    assert {m.id: m.status for m in log.findings()[0].members} == dict.fromkeys(
        ("da", "db", "dc"), "open"
    )
    log.close()


def test_the_upgrade_to_schema_9_runs_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v8-carried.sqlite", path)
    before = _tables(path)
    real = schema_module.MIGRATIONS[8]

    def half(db):
        real(db)
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS[:8], half])
    with pytest.raises(Exception, match="killed half-way"):
        ReviewLog(path)
    assert _tables(path) == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 8


def test_scopes_are_append_only(tmp_path):
    log = _decided(tmp_path, Change("verified", reviewer="Ann"), None)
    assert log.db.execute("SELECT count(*) FROM decision_scopes").fetchone()[0] == 2
    for sql in ("UPDATE decision_scopes SET article='x'", "DELETE FROM decision_scopes"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            log.db.execute(sql)
    log.close()
