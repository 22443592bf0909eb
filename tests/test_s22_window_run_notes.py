"""A notice a run gave of itself goes with the next run unless said again
(trial 31: after F5 re-analysed with no date changed, "The date change moved
what is compared" still stood in the message bar)."""

from __future__ import annotations

from datetime import date

from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis

MOVED = "The date change moved what is compared: 1 finding no longer compared: date ‘"


def _two(tmp_path):
    a = _write(
        tmp_path, "c1.txt", "2012-06-11", "The city council today approved its new budget plan.\n"
    )
    body = "Also passed this morning the council's new spending plan.\n"
    b = _write(tmp_path, "c2.txt", "2012-06-11", body)
    return a, b


def _said(w) -> list[str]:
    return [m[0] for m in w.messages.messages]


def _moved(w) -> bool:
    return any(m.startswith(MOVED) for m in _said(w))


def test_the_date_change_note_goes_with_the_next_run(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    w = make_window(qtbot)
    w.open_paths(list(_two(tmp_path)), str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    w._date_changed("c1", date(2012, 6, 12))
    qtbot.waitUntil(lambda: _moved(w), timeout=WAIT)
    wait_analysis(qtbot, w)
    w.messages.show_message("c9.txt: an unrelated notice", False)
    w.session.rerun()  # F5: no date changed
    qtbot.waitUntil(lambda: not _moved(w), timeout=WAIT)
    wait_analysis(qtbot, w)
    assert not _moved(w)
    assert "c9.txt: an unrelated notice" in _said(w)  # only the run's own news goes
