"""An editor's finding (trial 37): the most important differences between
reports of one event are often no figure, date or name the engine compares
("died at the scene" / "died on the way to the hospital", "caught in
Saginaw" / "near Bay City", who identified the victim). An editor links the
two sentences and says what differs; the link becomes a finding like any
other — listed, in the JSON, coverage and every report, decided with status,
note, correction and article, kept across re-analysis and added articles,
an orphan with its text when a sentence is edited away, withdrawn with its
link (its reviews kept) — and the review log of the previous release opens
with nothing lost."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench import cli, raised
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.jsonformat import analysis_to_json
from workbench.manual_links import Applied, make_link, sentence_ref
from workbench.model import Claim, Verdict
from workbench.report import build_report, render
from workbench.store import SCHEMA_VERSION, ReviewLog
from workbench.store import schema as schema_module
from workbench.store.reviews import Change, decided_ids

FIXTURES = Path(__file__).parent / "fixtures"
COURIER = (
    "date 2025-03-02\n"
    "A delivery driver was killed when his van left the A64 near Tadcaster on Friday night. "
    "The driver, named by his brother as Karl Mendes, died at the scene. "
    "The crash closed the road for six hours."
)
POST = (
    "date 2025-03-02\n"
    "A van driver died after his vehicle left the A64 close to Tadcaster late on Friday. "
    "North Yorkshire Police named the driver as Karl Mendes; he died later in hospital in Leeds. "
    "The road was closed for six hours."
)
RADIO = (
    "date 2025-03-03\n"
    "Police have named the driver who died in Friday's crash on the A64 as Karl Mendes. "
    "Mr Mendes was flown to hospital in Leeds, where he died. "
    "The road reopened after six hours."
)


def _files(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    paths = []
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    return paths


def _claim(analysis, article: str, words: str) -> Claim:
    return next(c for c in analysis.claims if c.article == article and words in c.text)


def _link(analysis, left: Claim, right: Claim, differs: str, who: str = "ana"):
    ref = lambda c: sentence_ref(c, analysis.claims)  # noqa: E731
    return make_link("link", ref(left), ref(right), who, "2026-12-06T00:00:00Z", differs)


def _editors(analysis):
    return [f for f in analysis.findings if f.verdict == Verdict.RAISED]


# -- the finding, made from links ------------------------------------------------------
def test_links_saying_one_thing_differs_with_a_shared_sentence_are_one_finding():
    claims = [
        Claim("a:1", "a", 1, 0, 30, "She died at the scene, police said."),
        Claim("b:1", "b", 1, 0, 40, "She died on the way to the hospital."),
        Claim("c:1", "c", 1, 0, 40, "She died on the way to the hospital."),
        Claim("c:2", "c", 2, 41, 90, "He was arrested near Bay City."),
        Claim("a:2", "a", 2, 31, 70, "He was caught in Saginaw."),
    ]

    def applied(left, right, what, who="ana"):
        refs = [sentence_ref(next(c for c in claims if c.id == x), claims) for x in (left, right)]
        return Applied(make_link("link", *refs, who, "", what), (left, right))

    links = [
        applied("a:1", "b:1", "where she died"),
        applied("c:1", "a:1", "Where  she died", "ben"),  # spacing and case aside: the same
        applied("a:2", "c:2", "where he was caught"),
    ]
    found = raised.discrepancies(links, claims)
    assert [d.id for d in found] == [a.link.id for a in links]
    assert {(d.kind, d.verdict) for d in found} == {("editor", Verdict.RAISED)}
    death, caught = raised.findings(links, found)
    assert death.id == raised.finding_id(links[0].link.id) == "F" + links[0].link.id[1:10]
    assert death.discrepancies == (links[0].link.id, links[1].link.id)
    # one wording stated by two sources is one version of two sources
    assert [sorted(s.article for s in v.sides) for v in death.versions] == [["a"], ["b", "c"]]
    assert death.raised_by == "ana, ben" and not death.agreement
    assert caught.explanation == "These differ: where he was caught"
    assert [len(v.sides) for v in caught.versions] == [1, 1]


def test_a_plain_link_an_unlink_and_an_orphan_make_no_finding():
    claims = [Claim("a:1", "a", 1, 0, 9, "It fell."), Claim("b:1", "b", 1, 0, 9, "It rose.")]
    refs = [sentence_ref(c, claims) for c in claims]
    plain = Applied(make_link("link", *refs, "ana"), ("a:1", "b:1"))
    unlinked = Applied(make_link("unlink", *refs, "ana", "", "direction"), ("a:1", "b:1"))
    orphan = Applied(make_link("link", *refs, "ana", "", "direction"), None)
    assert raised.discrepancies([plain, unlinked, orphan], claims) == ()
    assert raised.shown_verdict("conflict", "ana") == "conflict"
    assert raised.shown_verdict("raised", "ana") == "raised by ana"
    assert raised.shown_verdict("raised", "") == "raised by an editor"


def test_the_analysis_adds_the_editors_finding_and_changes_nothing_of_the_engines(tmp_path):
    articles = load_articles(_files(tmp_path, {"courier": COURIER, "post": POST}))
    before = analyze(articles)
    scene = _claim(before, "courier", "died at the scene")
    hospital = _claim(before, "post", "died later in hospital")
    link = _link(before, scene, hospital, "where the driver died: at the scene or in hospital")
    after = analyze(articles, manual=[link])
    (finding,) = _editors(after)
    assert finding.id == raised.finding_id(link.id) and finding.raised_by == "ana"
    assert {s.claim for v in finding.versions for s in v.sides} == {scene.id, hospital.id}
    assert finding.discrepancies == (link.id,)
    # every discrepancy in exactly one finding, the editor's included
    held = [d for f in after.findings for d in f.discrepancies]
    assert sorted(held) == sorted(d.id for d in after.discrepancies)
    # the engine's verdicts are the engine's: none raised, none changed by the link
    engine = {(d.id, d.verdict) for d in after.discrepancies if d.verdict != Verdict.RAISED}
    assert Verdict.RAISED not in {d.verdict for d in before.discrepancies}
    assert engine >= {(d.id, d.verdict) for d in before.discrepancies} - {
        (d.id, d.verdict) for d in before.discrepancies if {s.claim for s in d.sides} == {
            scene.id, hospital.id}
    }  # fmt: skip
    data = analysis_to_json(after)
    (shown,) = [f for f in data["findings"] if f["verdict"] == "raised"]
    assert shown["raised_by"] == "ana" and shown["kind"] == "editor"
    assert "raised_by" not in [k for f in data["findings"] if f["verdict"] != "raised" for k in f]
    (stated,) = [m for m in data["manual_links"] if m.get("differs")]
    assert stated["differs"].startswith("where the driver died")


# -- the review log ------------------------------------------------------------------
def _checked(tmp_path: Path, texts: dict[str, str], manual=()) -> ReviewLog:
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analyze(load_articles(_files(tmp_path, texts)), manual=manual))
    return log


def _again(log: ReviewLog, tmp_path: Path, texts: dict[str, str]) -> None:
    analysis = analyze(load_articles(_files(tmp_path, texts)), manual=log.manual_links())
    log.save_analysis(analysis)


def _raised(log: ReviewLog):
    return [f for f in log.findings() if f.verdict == "raised"]


def test_decided_like_any_finding_kept_across_an_added_article_and_in_every_report(tmp_path):
    texts = {"courier": COURIER, "post": POST}
    log = _checked(tmp_path, texts)
    claims = log.claim_texts()
    scene = next(c for c, t in claims.items() if "died at the scene" in t)
    hospital = next(c for c, t in claims.items() if "died later in hospital" in t)
    link, _ = log.set_link("link", scene, hospital, "ana", differs="where the driver died")
    assert link.raises
    _again(log, tmp_path, texts)
    (f,) = _raised(log)
    assert (f.id, f.raised_by, f.kind) == (raised.finding_id(link.id), "ana", "editor")
    change = Change("needs-correction", "police say hospital", "died in hospital", "ben", "courier")
    log.decide(f.id, change)
    # its pair is kept aligned by its link, not by the decision (withdrawn, let go)
    assert not [p for p in decided_ids(log.db).pairs if "died at the scene" in p[1] + p[3]]
    # a third report: the finding keeps its id and its decision
    _again(log, tmp_path, {**texts, "radio": RADIO})
    (g,) = _raised(log)
    assert g.id == f.id and g.status == "needs-correction"
    assert {m.correction for m in g.members} == {"died in hospital"}
    data = build_report(log)
    (item,) = [x for x in data["findings"] if x["id"] == f.id]
    assert (item["verdict"], item["raised_by"], item["status"]) == (
        "raised",
        "ana",
        "needs-correction",
    )
    assert f"raised by ana (`{f.id}`)" in render(log, "md")
    assert "raised by ana</span>" in render(log, "html")
    rows = [r for r in render(log, "csv").splitlines() if r.startswith(f.id)]
    assert rows and all(",raised by ana," in r for r in rows)
    assert json.loads(render(log, "json"))["findings"][0] is not None
    log.close()


def test_an_edited_sentence_leaves_it_an_orphan_and_a_withdrawn_link_withdraws_it(tmp_path):
    texts = {"courier": COURIER, "post": POST}
    log = _checked(tmp_path, texts)
    claims = log.claim_texts()
    named = next(c for c, t in claims.items() if "named by his brother" in t)
    police = next(c for c, t in claims.items() if "North Yorkshire Police named" in t)
    link, _ = log.set_link("link", named, police, "cy", differs="who identified the driver")
    _again(log, tmp_path, texts)
    (f,) = _raised(log)
    # edited away, not decided on: still shown, with the sentences it was raised on
    edited = {**texts, "courier": COURIER.replace("named by his brother as", "was")}
    _again(log, tmp_path, edited)
    (orphan,) = _raised(log)
    assert orphan.id == f.id and orphan.orphaned
    assert any("named by his brother" in s.claim_text for v in orphan.versions for s in v.sides)
    log.decide(orphan.id, Change("verified", "checked with the brother", None, "cy"))
    # the link withdrawn: the finding goes, its review and history stay in the log
    log.restore_link(link.id, "", "cy", "withdrawn")
    _again(log, tmp_path, edited)
    assert _raised(log) == []
    assert [h.status for h in log.history(link.id)] == ["verified"]
    # linked again (an undo of the withdrawal): back, with its decision
    _again(log, tmp_path, texts)
    log.restore_link(link.id, "link", "cy", "undo")
    _again(log, tmp_path, texts)
    (back,) = _raised(log)
    assert back.id == f.id and back.status == "verified"
    log.close()


def test_saying_nothing_differs_withdraws_the_finding_and_the_history_keeps_what_was_said(
    tmp_path,
):
    texts = {"post": POST, "radio": RADIO}
    log = _checked(tmp_path, texts)
    claims = log.claim_texts()
    left = next(c for c, t in claims.items() if "died later in hospital" in t)
    right = next(c for c, t in claims.items() if "flown to hospital" in t)
    log.set_link("link", left, right, "dee", differs="how he reached hospital")
    log.set_link("link", left, right, "dee")  # differs None: what was said is kept
    assert log.manual_links()[0].differs == "how he reached hospital"
    log.set_link("link", left, right, "dee", differs="")
    _again(log, tmp_path, texts)
    assert _raised(log) == []
    assert [h.differs for h in log.link_history()] == ["how he reached hospital", ""]
    log.close()


# -- the previous release's log ------------------------------------------------------
def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in names}
    finally:
        conn.close()


def test_a_log_of_the_v7_release_upgrades_without_losing_a_row(tmp_path):
    """tests/fixtures/review-v7-release.sqlite: written by main before this
    change (make-review-v7-release.sh): a decided finding, a link, an unlink,
    an undone link and an orphaned link."""
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v7-release.sqlite", path)
    before = _rows(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 7
    log = ReviewLog(path)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 8
    links = log.manual_links(withdrawn=True)
    assert {link.differs for link in links} == {""} and len(links) == 3
    decided = [f for f in log.findings() if f.status != "open"]
    assert [f.status for f in decided] == ["needs-correction"] and not _raised(log)
    log.close()
    after = _rows(path)
    kept = {t: [r[: len(b)] for r, b in zip(after[t], before[t], strict=True)] for t in before}
    assert kept == before  # every row as it was; version 8 only appends a column
    for table in ("manual_links", "manual_link_history"):
        assert {r[len(before[table][0]) :] for r in after[table]} == {("",)}


def test_the_upgrade_runs_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "log.sqlite"
    shutil.copy(FIXTURES / "review-v7-release.sqlite", path)
    before = _rows(path)
    real = schema_module.MIGRATIONS[7]

    def half(db):
        real(db)
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS[:7], half])
    with pytest.raises(Exception, match="killed half-way"):
        ReviewLog(path)
    assert _rows(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    assert "differs" not in [r[1] for r in conn.execute("PRAGMA table_info(manual_links)")]
    conn.close()


# -- the command line ----------------------------------------------------------------
def test_the_command_line_links_with_what_differs_reviews_and_withdraws(tmp_path, capsys):
    paths = _files(tmp_path, {"courier": COURIER, "radio": RADIO})
    db = str(tmp_path / "log.sqlite")
    assert cli.main(["check", "-q", *paths, "--db", db]) == 0
    capsys.readouterr()
    args = ["link", db, "courier:died at the scene", "radio:flown to hospital"]
    assert cli.main([*args, "--differs", "where he died", "--reviewer", "eve"]) == 0
    said = capsys.readouterr().out
    log = ReviewLog(db, create=False)
    (link,) = log.manual_links()
    log.close()
    fid = raised.finding_id(link.id)
    assert f"{fid}: an editor's finding, raised by eve — These differ: where he died" in said
    assert f"workbench review {fid} --db {db}" in said
    assert "no flag between these two sentences" not in said
    assert cli.main(["check", *paths, "--db", db]) == 0
    assert "1 raised by an editor" in capsys.readouterr().out
    review = ["review", fid, "--db", db, "--status", "disputed", "--note", "two accounts"]
    assert cli.main([*review, "--reviewer", "eve"]) == 0
    assert cli.main(["review", fid, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "RAISED by eve — " in shown and "disputed" in shown  # kind not said twice (trial 46)
    assert cli.main(["links", db]) == 0
    assert f"{fid}: these differ: where he died" in capsys.readouterr().out
    assert cli.main(["links", db, "--withdraw", link.id[:6]]) == 0
    assert "the editor's finding is withdrawn; its reviews stay in the log" in (
        capsys.readouterr().out
    )
    log = ReviewLog(db, create=False)
    assert not _raised(log) and [h.status for h in log.history(link.id)] == ["disputed"]
    log.close()
    # undo of the withdrawal: the finding is back with its decision
    assert cli.main(["links", db, "--undo"]) == 0
    log = ReviewLog(db, create=False)
    (back,) = _raised(log)
    assert back.id == fid and back.status == "disputed"
    log.close()


# -- the window ----------------------------------------------------------------------
def test_the_window_asks_what_differs_lists_it_raised_by_its_editor_and_undoes_it(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QInputDialog
    from test_window import make_window, wait_analysis

    from workbench.ui.window_links import DIFFERS_LINK_TEXT

    paths = _files(tmp_path, {"courier": COURIER, "post": POST})
    w = make_window(qtbot)
    w.panel.reviewer.setText("ana")
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == 2)
    qtbot.waitUntil(lambda: all(c.text.viewport().width() > 100 for c in w.columns.columns))
    asked: list[str] = []

    def answer(_parent, _title, label, text=""):
        asked.append(label)
        return "where the driver died", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    scene = next(c for c in w.session.claims.values() if "died at the scene" in c.text)
    hospital = next(c for c in w.session.claims.values() if "died later in hospital" in c.text)
    menu = w.sentence_menu("courier", scene.start + 2)
    action = next(a for a in menu.actions() if a.text() == DIFFERS_LINK_TEXT)
    assert action.isEnabled()
    action.trigger()
    column = w.columns.column("post")
    column.center_on(hospital.start, hospital.end)
    cursor = QTextCursor(column.text.document())
    cursor.setPosition(hospital.start + 3)
    point: QPoint = column.text.cursorRect(cursor).center()
    qtbot.mouseClick(column.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert asked and "died at the scene" in asked[0] and asked[0].endswith("They differ:")
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: any(r.verdict == "raised" for r in w.session.rows))
    qtbot.waitUntil(lambda: w.current_id() != "")
    row = w.session.row(w.current_id())
    assert row.verdict == "raised" and row.raised_by == "ana"
    assert {scene.id, hospital.id} <= {s.claim for s in row.sides}
    model = w.table.model()
    shown = {model.index(n, 4).data() for n in range(model.rowCount())}
    assert "raised by ana" in shown
    # a pair aligned now offers "They differ from …", with what it said
    menu = w.sentence_menu("courier", scene.start + 2)
    assert any(
        a.text().startswith("They differ from") and "(said)" in a.text() for a in menu.actions()
    )
    w.undo_stack.undo()
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: not w.session.busy())
    qtbot.waitUntil(lambda: not any(r.verdict == "raised" for r in w.session.rows))
    w.undo_stack.redo()
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: any(r.verdict == "raised" for r in w.session.rows))


def test_the_panel_heading_keeps_the_signed_name_as_written():
    """The lead's look at the window: 'Raised by lead editor' lowered the name
    an editor signed with; only the first word takes a capital."""
    from types import SimpleNamespace

    from workbench.ui.panel_text import _label

    for name in ("Lead Editor", "ana", "Mara de la Cruz"):
        row = SimpleNamespace(verdict="raised", raised_by=name)
        assert _label(row, "conflict") == f"Raised by {name}"
    assert _label(SimpleNamespace(verdict="conflict", raised_by=""), "Conflict") == "Conflict"
