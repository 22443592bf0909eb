"""The window's writes to the review log run on one writer thread, never the
GUI thread, in the order they were asked for; closing during a save keeps it."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import pytest

from workbench.store import ReviewLog
from workbench.ui.window import MainWindow

store_log = importlib.import_module("workbench.store.log")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
WAIT = 60_000


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")  # the threads matter, not the model


@pytest.fixture
def writes(monkeypatch):
    """The thread of every write transaction and of every analysis saved."""
    seen: dict[str, list[int]] = {"write": [], "save": []}
    write, save = ReviewLog._write, ReviewLog.save_analysis

    def recorded_write(self):
        seen["write"].append(threading.get_ident())
        return write(self)

    def recorded_save(self, *args, **kwargs):
        seen["save"].append(threading.get_ident())
        return save(self, *args, **kwargs)

    monkeypatch.setattr(ReviewLog, "_write", recorded_write)
    monkeypatch.setattr(ReviewLog, "save_analysis", recorded_save)
    return seen


def make_window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def wait_analysis(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.session.busy() and w.session.analysis is not None, timeout=WAIT)


def test_creating_saving_and_deciding_never_write_on_the_gui_thread(
    qtbot, tmp_path, writes, monkeypatch
):
    created: list[int] = []
    create = store_log.create_log

    def recorded_create(path):
        created.append(threading.get_ident())
        return create(path)

    gui = threading.get_ident()
    w = make_window(qtbot)
    monkeypatch.setattr(store_log, "create_log", recorded_create)
    db = tmp_path / "review.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    ident = w.session.rows[0].id
    w.select(ident)
    w.actions_by_name["advance"].setChecked(False)
    w.act_verified()
    w.act_undo()
    writer = w.runner.writer.thread_id
    assert writer is not None and writer != gui
    assert created == [writer]  # the log was created by the writer
    assert writes["save"] == [writer]
    assert len(writes["write"]) >= 3  # the save, the decision, its undo
    assert set(writes["write"]) == {writer}
    assert ReviewLog(db).review(ident).status == "open"  # the undo is in
    w.close()


def test_closing_during_a_save_keeps_it(qtbot, tmp_path, monkeypatch):
    """The window closes while the writer is inside the save: the save is
    finished before the log is closed, so the analysis is in the log."""
    started, proceed = threading.Event(), threading.Event()
    save = ReviewLog.save_analysis

    def slow_save(self, *args, **kwargs):
        started.set()
        proceed.wait(30)
        return save(self, *args, **kwargs)

    monkeypatch.setattr(ReviewLog, "save_analysis", slow_save)
    w = make_window(qtbot)
    db = tmp_path / "review.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert w.session.busy()  # the save is under way
    threading.Timer(0.3, proceed.set).start()  # lets the save go on once close waits
    w.close()
    assert proceed.is_set()  # closing waited for the save
    log = ReviewLog(db, create=False)
    assert len(log.articles()) == len(SEEDS)
    assert log.findings()


def test_a_decision_during_a_save_is_written_after_it(qtbot, tmp_path, monkeypatch):
    """One writer: a decision asked for while a save runs waits for it and
    lands after it; both are in the log and the list shows the decision."""
    w = make_window(qtbot)
    db = tmp_path / "review.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    ident = w.session.rows[0].id
    started, proceed = threading.Event(), threading.Event()
    order: list[str] = []
    save, decide = ReviewLog.save_analysis, ReviewLog.decide

    def slow_save(self, *args, **kwargs):
        started.set()
        proceed.wait(30)
        order.append("save")
        return save(self, *args, **kwargs)

    def recorded_decide(self, *args, **kwargs):
        order.append("decide")
        return decide(self, *args, **kwargs)

    monkeypatch.setattr(ReviewLog, "save_analysis", slow_save)
    monkeypatch.setattr(ReviewLog, "decide", recorded_decide)
    w.session.rerun()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    threading.Timer(0.3, proceed.set).start()
    assert w.session.set_review(ident, status="verified", reviewer="Ana")
    assert order == ["save", "decide"]
    assert w.session.row(ident).status == "verified"
    wait_analysis(qtbot, w)
    assert w.session.row(ident).status == "verified"  # the save's older rows did not win
    assert ReviewLog(db).review(ident).status == "verified"
    w.close()


def test_our_own_saves_are_not_changes_made_elsewhere(qtbot, tmp_path):
    w = make_window(qtbot)
    db = tmp_path / "review.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    w.session.rerun()
    wait_analysis(qtbot, w)
    w.session.set_review(w.session.rows[0].id, status="verified")
    w.session._check_elsewhere()  # what the 1 s timer does
    qtbot.waitUntil(lambda: not w.session._looking, timeout=5000)
    assert "changed elsewhere" not in w.messages.text()
    other = ReviewLog(db)
    other.set_review(w.session.rows[0].id, status="disputed", reviewer="Ben")
    other.close()
    w.session._check_elsewhere()
    # said in the status bar since user trial 48 (a line-wide bar held it 45 s)
    qtbot.waitUntil(lambda: "changed elsewhere" in w.statusBar().currentMessage(), timeout=5000)
    assert w.session.rows[0].status == "disputed"
    w.close()


def test_a_full_collection_freezes_what_survives_and_still_frees_cycles(qtbot):
    """A full collection on the GUI thread walks only what was made since
    the last one: the survivors are frozen. Garbage cycles are still freed."""
    import gc
    import weakref

    from workbench.ui import tasks
    from workbench.ui.tasks import TaskRunner

    TaskRunner()
    collector = tasks._collector
    assert collector is not None and gc.get_freeze_count() > 0  # start-up objects
    kept = [[i] for i in range(gc.get_freeze_count())]  # long-lived, and plenty

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle  # garbage only a collection frees
    gone = weakref.ref(cycle)
    del cycle
    for _ in range(collector.thresholds[2] + 1):
        gc.collect(1)  # what the timer does meanwhile: objects reach the old generation
    frozen = gc.get_freeze_count()
    collector.check()
    assert gone() is None
    assert gc.get_freeze_count() >= frozen + len(kept)
    assert not gc.get_objects(generation=2)  # nothing left for the next one to walk
    tasks.collect_everything()
    assert gc.get_freeze_count() > 0
