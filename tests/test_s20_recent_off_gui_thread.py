"""Issue 14: the GUI thread never waits on the disk. Remembering a review log
among the recent ones writes the settings file (QSettings syncs it to the
disk: 1-30 ms measured, most of it waiting); it is done on the writer thread,
in order, and the list is the same as before."""

from __future__ import annotations

import threading

from test_window import make_window, wait_analysis

from workbench.ui import settings
from workbench.ui import window as window_module

STORY = "Flooding forced {n} families from their homes in Carlisle on Tuesday.\n"


def test_the_recent_logs_are_written_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    threads: list[threading.Thread] = []
    remember = settings.remember_recent

    def watched(path: str) -> list[str]:
        threads.append(threading.current_thread())
        return remember(path)

    monkeypatch.setattr(window_module.settings, "remember_recent", watched)
    files = []
    for outlet, n in (("a", 30), ("b", 24)):
        files.append(tmp_path / f"{outlet}.txt")
        files[-1].write_text(STORY.format(n=n), encoding="utf-8")
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files], str(first))
    wait_analysis(qtbot, w)
    w.act_new_review()  # the next story
    w.open_paths([str(f) for f in files], str(second))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=10_000)
    w.runner.writer.stop()  # every queued write is in
    assert threads and all(t is not threading.main_thread() for t in threads)
    recent = settings.get(settings.RECENT_LOGS)
    assert recent[:2] == [str(second.resolve()), str(first.resolve())]  # newest first
