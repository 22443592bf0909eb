"""What a date change moved, as trial 50 met it in the window.

The warning that the new date disagrees with the article's web address lay
under "1 earlier (⚠ 1)", covered by "The date change moved what is compared:
19 flags no longer compared", which counted pairs (the list shows findings),
named none and opened nothing; after Ctrl+Z it said "19 new flags" and stayed
through every later step. Now a run's notice comes in under the errors up;
the change is told in findings, named, with "Show them"; an undo that puts
the dates back says nothing of it, and the notice goes with the next step."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis
from test_window import seeded as seeded  # the fixture

from workbench.service import Checked
from workbench.store import SaveResult
from workbench.ui import moved_findings, run_notes
from workbench.ui.message_bar import MessageBar

PREFIX = "The date change moved what is compared: "


def _bar(qtbot) -> MessageBar:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    return bar


def test_a_runs_notice_comes_in_under_the_warning_up(qtbot):
    bar = _bar(qtbot)
    bar.show_message("15.txt: published 2012-04-15, but its web address says 2012/02/29", True)
    bar.show_message(PREFIX + "2 findings no longer compared", False, below_errors=True)
    assert bar.text().startswith("⚠ 15.txt: published 2012-04-15")
    assert bar.earlier.text() == "1 earlier"
    bar.show_message("Saved the report", False, done=True)  # the editor's own step: on top
    assert bar.text() == "ℹ Saved the report"
    bar.dismiss_shown()
    bar.show_message("another trouble", True)  # a newer error goes over the older
    assert bar.text() == "⚠ another trouble"
    assert [t for t, _ in bar.messages][1:] == [
        "15.txt: published 2012-04-15, but its web address says 2012/02/29",
        PREFIX + "2 findings no longer compared",
    ]


def test_a_message_with_an_action_shows_its_button(qtbot):
    bar = _bar(qtbot)
    done = []
    bar.show_message("one", False, action=("Show them", lambda: done.append(1)))
    assert bar.act.isVisible() and bar.act.text() == "Show them"
    qtbot.mouseClick(bar.act, Qt.MouseButton.LeftButton)
    assert done == [1]
    bar.show_message("two", False)
    assert not bar.act.isVisible()


def test_the_notice_counts_findings_and_names_a_few(seeded):
    w, _db = seeded
    rows = list(w.session.rows)
    assert len(rows) >= 3
    turned = dataclasses.replace(
        rows[1], verdict="unresolved" if rows[1].verdict != "unresolved" else "conflict"
    )
    text, ids = moved_findings.moved_note(rows, [turned, *rows[2:]])
    assert text.startswith(
        PREFIX + "1 finding no longer compared; 1 finding with another verdict ("
    )
    assert ids == [rows[0].id, rows[1].id]
    assert f"{rows[0].kind} ‘" in text and "flag" not in text
    text, ids = moved_findings.moved_note(rows, [])
    assert f"{len(rows)} findings no longer compared" in text
    if len(rows) > moved_findings.NAMED:
        assert text.endswith(f" and {len(rows) - moved_findings.NAMED} more")
    assert moved_findings.moved_note(rows, rows) == ("", [])
    # "Show them" selects every one of them still listed, together
    assert moved_findings.select_all(w, [r.id for r in rows[:2]]) == 2
    assert w.chosen_ids() == [r.id for r in rows[:2]] or sorted(w.chosen_ids()) == sorted(
        r.id for r in rows[:2]
    )
    assert moved_findings.select_all(w, ["Fnot-there"]) == 0


def test_an_undo_putting_the_dates_back_says_nothing_of_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = _write(
        tmp_path, "c1.txt", "2012-06-11", "The city council today approved its new budget plan.\n"
    )
    body = "Also passed this morning the council's new spending plan.\n"
    b = _write(tmp_path, "c2.txt", "2012-06-11", body)
    w = make_window(qtbot)
    w.open_paths([a, b], str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    moved = lambda: [m for m, _ in w.messages.messages if m.startswith(PREFIX)]  # noqa: E731
    w._date_changed("c1", date(2012, 6, 12))
    qtbot.waitUntil(lambda: bool(moved()), timeout=WAIT)
    wait_analysis(qtbot, w)
    assert moved()[0].startswith(PREFIX + "1 finding no longer compared: date ‘")
    (notice,) = [m for m in w.messages._items if m.text == moved()[0]]
    w.messages.bring_back(notice.serial)  # chosen from "N earlier", as an editor would
    assert w.messages.text().endswith(moved()[0]) and w.messages.act.isVisible()
    w.messages.act.click()  # "Show them": the one it names is gone from the list, and said so
    assert "no longer compared, so not listed" in w.statusBar().currentMessage()
    w.undo_stack.undo()  # Ctrl+Z: its run puts the dates back (brought back: stays till then)
    qtbot.waitUntil(lambda: any(not r.orphaned for r in w.session.rows), timeout=WAIT)
    wait_analysis(qtbot, w)
    assert not moved()  # not "1 new finding": the state before the change
    w.undo_stack.redo()  # the change again: said again
    qtbot.waitUntil(lambda: bool(moved()), timeout=WAIT)
    wait_analysis(qtbot, w)
    w.messages.show_message("an unrelated step's news", False, step=True)
    w.undo_stack.undo()
    assert not moved()  # the next step takes it back


def test_run_notes_read_an_undo_as_no_news(monkeypatch):
    said: list[str] = []
    notes = run_notes.RunNotes(said.append, lambda _n: None)
    monkeypatch.setattr(run_notes, "unmatched_note", lambda _a: "")
    monkeypatch.setattr(run_notes, "weakly_matched_note", lambda _a, _e: "")
    monkeypatch.setattr(run_notes, "suspects", lambda _a: [])

    class Dated:
        def __init__(self, day: str) -> None:
            self.sha256, self.published = "s1", day

    def checked(articles, gone: int) -> Checked:
        return Checked(articles, None, SaveResult(1 - gone, gone, 0, 0))

    before, after = [Dated("2012-06-11")], [Dated("2012-06-12")]
    notes.saved(before, checked(after, 1))
    assert said and said[-1].startswith(PREFIX)
    said.clear()
    notes.saved(after, checked(before, 0))  # back as before the change: an undo
    assert not said and not notes.said
    notes.saved(before, checked(after, 1))  # the change made again: news again
    assert said
