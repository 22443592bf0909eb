"""The window says when a date change moved what is compared (fresh window
trial: correcting a date made a pair disappear without a word)."""

from __future__ import annotations

from datetime import date

from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis


def test_a_date_edit_that_takes_a_comparison_away_says_so(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = _write(
        tmp_path, "c1.txt", "2012-06-11", "The city council today approved its new budget plan.\n"
    )
    b = _write(
        tmp_path,
        "c2.txt",
        "2012-06-11",
        "Also passed this morning the council's new spending plan.\n",
    )
    w = make_window(qtbot)
    w.open_paths([a, b], str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    assert [r.kind for r in w.session.rows] == ["date"]
    w._date_changed("c1", date(2012, 6, 12))
    qtbot.waitUntil(lambda: not [r for r in w.session.rows if not r.orphaned], timeout=WAIT)
    wait_analysis(qtbot, w)
    said = [m[0] for m in w.messages.messages]
    # in findings, as the list counts, naming it (trial 50: "19 flags", naming none)
    moved = "The date change moved what is compared: 1 finding no longer compared: date ‘"
    assert [m for m in said if m.startswith(moved)]


def test_check_says_what_a_date_change_moved(tmp_path, capsys, monkeypatch):
    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = _write(
        tmp_path, "c1.txt", "2012-06-11", "The city council today approved its new budget plan.\n"
    )
    b = _write(
        tmp_path,
        "c2.txt",
        "2012-06-11",
        "Also passed this morning the council's new spending plan.\n",
    )
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    assert "date change" not in capsys.readouterr().out
    assert main(["check", a, b, "--db", db, "-q", "--published", "c1=2012-06-12"]) == 0
    # the line counts as check's summary does (session 41, polish48; user trial 47)
    assert (
        "The date change moved what is compared: 0 new findings, 1 no longer found "
        "(between pairs of articles: 1 no longer compared)"
    ) in capsys.readouterr().out
