"""Session 43 (polish53; user trial 49): a publication date changed in the
window is signed as its decisions are, with the reviewer name the window
shows (typed there, saved, or $WORKBENCH_REVIEWER) — not the machine's login.
The history (``date_edits``, the reports) must say who moved it."""

from __future__ import annotations

from datetime import date

from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis

from workbench.store.date_edits import date_edits
from workbench.store.log import ReviewLog

A = "The council said on Monday that 40 homes were flooded.\n"
B = "The council said on Monday that 45 homes were flooded.\n"


def _window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = _write(tmp_path, "a.txt", "2021-03-02", A)
    b = _write(tmp_path, "b.txt", "2021-03-02", B)
    w = make_window(qtbot)
    db = tmp_path / "log.sqlite"
    w.open_paths([a, b], str(db))
    wait_analysis(qtbot, w)
    return w, db


def _edits(qtbot, db, n: int) -> list[dict[str, str]]:
    def has() -> bool:
        log = ReviewLog(db)
        try:
            return len(date_edits(log.db)) >= n
        finally:
            log.close()

    qtbot.waitUntil(has, timeout=WAIT)
    log = ReviewLog(db)
    try:
        return date_edits(log.db)
    finally:
        log.close()


def _move(qtbot, w, article: str, day: date) -> None:
    w._date_changed(article, day)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    wait_analysis(qtbot, w)


def test_a_name_typed_in_the_window_signs_the_date_edit(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_REVIEWER", raising=False)
    w, db = _window(qtbot, tmp_path, monkeypatch)
    w.panel.reviewer.setText("Night Desk")
    w.panel.reviewer.editingFinished.emit()
    _move(qtbot, w, "b", date(2021, 3, 9))
    (edit,) = _edits(qtbot, db, 1)
    assert (edit["article"], edit["from"], edit["to"], edit["by"]) == (
        "b",
        "2021-03-02",
        "2021-03-09",
        "Night Desk",
    )


def test_the_environment_name_signs_it_when_nothing_was_typed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Lead Editor")
    w, db = _window(qtbot, tmp_path, monkeypatch)
    assert w.panel.reviewer.text() == "Lead Editor"
    _move(qtbot, w, "a", date(2021, 3, 1))
    (edit,) = _edits(qtbot, db, 1)
    assert edit["by"] == "Lead Editor"


def test_a_name_changed_between_two_edits_signs_the_second(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Lead Editor")
    w, db = _window(qtbot, tmp_path, monkeypatch)
    _move(qtbot, w, "a", date(2021, 3, 1))
    w.panel.reviewer.setText("Copy Chief")
    w.panel.reviewer.editingFinished.emit()
    _move(qtbot, w, "a", date(2021, 3, 3))
    edits = _edits(qtbot, db, 2)
    assert [(e["to"], e["by"]) for e in edits] == [
        ("2021-03-01", "Lead Editor"),
        ("2021-03-03", "Copy Chief"),
    ]


def test_an_analysis_with_no_date_given_records_no_edit(qtbot, tmp_path, monkeypatch):
    """A near miss: opening and analysing signs nothing (no date was given)."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Lead Editor")
    _w, db = _window(qtbot, tmp_path, monkeypatch)
    log = ReviewLog(db)
    try:
        assert date_edits(log.db) == []
    finally:
        log.close()
