"""The articles to correct by default leave out a source whose version agrees
with the best-supported one (fresh window trial, BLOCKER: 'more than 200' was
named beside '221' against '212', and the report asked that outlet for a
correction though it is true whichever figure is right)."""

from __future__ import annotations

import json

from conftest import run_cli, write

FERRY = "when it capsized off Port Harlan, the coastguard said."
SOURCES = {
    "a.txt": ("Harlan Wire", f"The ferry was carrying 212 passengers {FERRY}"),
    "b.txt": (
        "Coastal Daily",
        "The vessel had 212 passengers on board when it capsized off Port Harlan, officials said.",
    ),
    "c.txt": ("Evening Times", f"The ferry was carrying 221 passengers {FERRY}"),
    "d.txt": ("Radio Harlan", f"The ferry was carrying more than 200 passengers {FERRY}"),
}


def _files(tmp_path):
    return [
        write(tmp_path, name, f"---\noutlet: {outlet}\npublished: 2026-03-12\n---\n{text}\n")
        for name, (outlet, text) in SOURCES.items()
    ]


def _window(qtbot, tmp_path):
    """The four sources checked in a window."""
    from test_window import make_window, wait_analysis

    w = make_window(qtbot)
    w.open_paths([str(f) for f in _files(tmp_path)], str(tmp_path / "x.sqlite"))
    wait_analysis(qtbot, w)
    # more than three articles: their columns are built from the next turn on
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(SOURCES) and not w.columns.building())
    return w


def test_a_hedged_version_that_agrees_with_the_leader_is_not_to_correct(tmp_path, capsys):
    files = _files(tmp_path)
    out = tmp_path / "x.json"
    code, _out, err = run_cli(
        ["check", *files, "--db", tmp_path / "x.sqlite", "--json", out], capsys
    )
    assert code == 0, err
    (finding,) = [f for f in json.loads(out.read_text())["findings"] if f["verdict"] == "conflict"]
    values = {v["value"]: [s["article"] for s in v["sides"]] for v in finding["versions"]}
    assert values == {"212": ["a", "b"], "221": ["c"], "more than 200": ["d"]}
    assert finding["correct"] == ["c"]  # not d: 'more than 200' holds for 212 too


def test_the_window_marks_the_agreeing_version_as_consistent(qtbot, tmp_path):
    """The same finding in the window: d's column header shows its version with
    the consistent sign, the versions in conflict with the conflict sign (a
    fresh window trial saw '✗ B · more than 200' and went after that outlet)."""
    from workbench.ui.states import state_style

    w = _window(qtbot, tmp_path)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    w.select(row.id)
    badges = {c.article.id: c.badge.text() for c in w.columns.columns}
    agree, conflict = state_style("consistent").marker, state_style("conflict").marker
    assert badges["d"].startswith(f"{agree} ") and "more than 200" in badges["d"]
    assert badges["c"].startswith(f"{conflict} ") and badges["a"].startswith(f"{conflict} ")


def test_the_list_shows_the_two_values_that_conflict(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    assert {row.sides[0].text, row.sides[1].text} == {"212", "221"}


def test_the_report_names_the_article_to_correct_with_its_outlet(tmp_path, capsys):
    files = _files(tmp_path)
    db = tmp_path / "x.sqlite"
    out = tmp_path / "x.json"
    assert run_cli(["check", *files, "--db", db, "--json", out], capsys)[0] == 0
    (finding,) = [f for f in json.loads(out.read_text())["findings"] if f["verdict"] == "conflict"]
    named = ["--reviewer", "Ana", "--article", "c"]  # the article named: never guessed (s38)
    code, _o, err = run_cli(
        ["review", finding["id"], "--db", db, "--status", "needs-correction", *named],
        capsys,
    )
    assert code == 0, err
    code, md, _err = run_cli(["report", "--db", db, "--format", "md"], capsys)
    assert "**Article to correct:** `c` (Evening Times)" in md
    code, html, _err = run_cli(["report", "--db", db, "--format", "html"], capsys)
    assert "<code>c</code> (Evening Times)" in html


def test_the_agreeing_version_is_not_hatched_as_the_conflict(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    w.select(row.id)
    marks = []
    original = type(w.columns.columns[0]).set_marks

    def record(column, ms, sentence, dark):
        marks.extend((column.article.id, m.state) for m in ms)
        return original(column, ms, sentence, dark)

    for column in w.columns.columns:
        column.set_marks = record.__get__(column)
    w._paint_highlights()
    assert ("d", "consistent") in marks and ("d", "conflict") not in marks
    assert ("c", "conflict") in marks
