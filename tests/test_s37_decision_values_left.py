"""A decision on a finding whose content a later check changed is pointed out
(user trial 44, P2): on ECB+ 33, 'last May / May' vs 'Wednesday' (unresolved)
was dismissed with a note; dates added to two articles took the 'Wednesday'
pair away, and the same finding, now 'May / Last May' vs 'last May'
(consistent), still read "dismissed" with no ⚠ anywhere.

A decided pair the latest check no longer finds, while its finding still is,
keeps the verdict it was decided under (the finding was unresolved, now
consistent: look again), and each value it compared that no pair found now
states is said ("‘Wednesday’ (33_2ecb) is no longer in it since the decision
— look again") in check, ``review ID``, the report and the window. The
decision and note stay; deciding again, even alike, settles it."""

from __future__ import annotations

import itertools
import shutil

import pytest
from conftest import SHARED

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.store import log as log_module
from workbench.store.records import DiscrepancyRecord, FindingRecord, SideRecord
from workbench.store.scope import left_since, left_words

NOTE = "May is the shooting, Wednesday is the trial day"


def _side(article: str, text: str) -> SideRecord:
    return SideRecord(article=article, claim="c", start=0, end=len(text), text=text, normalized="")


def _pair(ident, verdict, sides, *, active=True, status="dismissed", updated="t2", gone_at=""):
    return DiscrepancyRecord(
        id=ident,
        kind="quantity",
        verdict=verdict,
        explanation="",
        sides=tuple(_side(a, t) for a, t in sides),
        left_article=sides[0][0],
        right_article=sides[1][0],
        active=active,
        first_seen="t1",
        last_seen="t1" if not active else "t3",
        moved_to="",
        moved_from="",
        status=status,
        note="a note",
        correction="",
        reviewer="Ann",
        updated=updated,
        correct_article="",
        orphaned=not active,
        gone_at=gone_at,
    )


def _finding(*members, verdict="consistent", active=True):
    return FindingRecord(
        id="Fx",
        kind="quantity",
        verdict=verdict,
        explanation="",
        group="",
        versions=(),
        relations=(),
        correct=(),
        members=members,
        active=active,
        first_seen="t1",
        last_seen="t3",
    )


KEPT = _pair("k", "consistent", [("x", "12 km"), ("y", "12 kilometres")])


def test_a_pair_gone_since_the_decision_keeps_the_verdict_it_was_decided_under():
    gone = _pair(
        "g", "conflict", [("y", "12 kilometres"), ("z", "20 km")], active=False, gone_at="t3"
    )
    f = _finding(KEPT, gone)
    assert f.decided_under == "conflict"
    assert left_since(f) == (("20 km", "z"),)
    assert left_words(f) == "‘20 km’ (z) is no longer in it since the decision — look again"


def test_a_value_gone_is_said_even_when_the_verdict_stayed():
    kept = _pair("k", "conflict", [("x", "three ships"), ("y", "five ships")])
    gone = _pair(
        "g", "conflict", [("x", "three ships"), ("w", "4 vessels")], active=False, gone_at="t3"
    )
    f = _finding(kept, gone, verdict="conflict")
    assert f.decided_under == ""  # the verdict is the one decided on
    assert left_since(f) == (("4 vessels", "w"),)


def test_deciding_after_the_pair_went_settles_it_and_open_or_orphaned_ones_say_nothing():
    late = _pair(
        "g",
        "unresolved",
        [("y", "in June"), ("z", "on Friday")],
        active=False,
        updated="t4",
        gone_at="t3",
    )
    assert _finding(KEPT, late).decided_under == "" and left_since(_finding(KEPT, late)) == ()
    still_open = _pair(
        "g",
        "unresolved",
        [("y", "in June"), ("z", "on Friday")],
        active=False,
        status="open",
        gone_at="t3",
    )
    assert left_since(_finding(KEPT, still_open)) == ()
    gone = _pair(
        "g", "unresolved", [("y", "in June"), ("z", "on Friday")], active=False, gone_at="t3"
    )
    orphaned = _finding(KEPT, gone, active=False)  # the whole finding gone: said as orphaned
    assert orphaned.decided_under == "" and left_since(orphaned) == ()


@pytest.fixture
def ev33(tmp_path, monkeypatch):
    """ECB+ 33 as the trial ran it: checked undated, Feada3eef8 dismissed with
    a note, then publication dates added to 33_2ecb and 33_4ecb."""
    source = SHARED / "eval" / "ecbplus_dev" / "33_ecb"
    if not source.is_dir():
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    ticks = itertools.count()  # a second for each stamp: a check after a decision is later
    monkeypatch.setattr(log_module, "now", lambda: f"2026-01-01T{next(ticks):08d}Z")
    folder = tmp_path / "ev"
    shutil.copytree(source, folder)
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    db = str(tmp_path / "ev33.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        (f,) = [f for f in log.findings() if any(v.value == "Wednesday" for v in f.versions)]
    finally:
        log.close()
    assert f.verdict == "unresolved"
    assert main(["review", f.id, "--status", "dismissed", "--note", NOTE, "--db", db]) == 0
    for name in ("33_2ecb.txt", "33_4ecb.txt"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("---\n", "---\npublished: 2009-03-04\n", 1), encoding="utf-8")
    return paths, db, f.id


def test_check_and_review_say_a_dismissal_lost_its_wednesday(ev33, capsys):
    paths, db, ident = ev33
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if x.startswith(f"[{ident}]")]
    assert "CONSISTENT" in line and "status: dismissed" in line
    assert "decided when it was unresolved, now consistent: look again" in line
    assert "‘Wednesday’ (33_2ecb) is no longer in it since the decision" in line
    assert f"  {ident}: dismissed when it was unresolved, now consistent" in out
    assert main(["review", ident, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "‘Wednesday’ (33_2ecb) is no longer in it" in shown
    assert f"Decision: dismissed by Ann — note: {NOTE}" in shown  # nothing lost
    # deciding again, alike, settles it; the history keeps both decisions
    assert main(["review", ident, "--status", "dismissed", "--note", NOTE, "--db", db]) == 0
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if x.startswith(f"[{ident}]")]
    assert "look again" not in line and "Wednesday" not in line
    assert main(["review", ident, "--history", "--db", db]) == 0
    assert capsys.readouterr().out.count(NOTE) == 2


def test_the_report_counts_it_to_look_at_again(ev33, tmp_path):
    paths, db, ident = ev33
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    out = tmp_path / "r.md"
    assert main(["report", "--db", db, "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert f"the verdict changed since (look again): 1 (`{ident}`)" in text
    (row,) = [x for x in text.splitlines() if x.startswith(f"| `{ident}`")]
    assert "‘Wednesday’ (33_2ecb) is no longer in it" in row


def test_the_window_marks_it(ev33, qtbot):
    from PySide6.QtCore import Qt
    from test_window import make_window, wait_analysis

    paths, db, ident = ev33
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    w = make_window(qtbot)
    w.open_paths(paths, db)
    wait_analysis(qtbot, w)
    row = w.session.row(ident)
    assert (row.status, row.decided_under) == ("dismissed", "unresolved")
    assert row.needs_review
    assert "Wednesday" in row.joined
    model = w.table_model
    cells = [model.index(i, 5) for i in range(model.rowCount())]
    (cell,) = [c for c in cells if model.data(c) == "dismissed ✎ ⚠"]  # ✎: a note
    tip = model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "Decided when it was unresolved; it is now consistent: look again" in tip
    assert "‘Wednesday’ (33_2ecb) is no longer in it" in tip
    w.select(ident)
    assert w.panel.status.text().endswith("⚠")
