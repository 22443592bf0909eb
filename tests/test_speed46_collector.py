"""The window's garbage collector checks every quarter second (issue 14,
session 42): a collection on the GUI thread walks the young objects an
analysis on a worker kept since the last check, so checking every second
made the longest GUI-thread stalls of a 50-article drop. No timing is
asserted: only that the timer is set so, that it does collect a worker's
young objects on the GUI thread, and that garbage cycles are still freed."""

from __future__ import annotations

import gc
import threading
import weakref


def test_the_collector_checks_every_quarter_second(qtbot):
    from workbench.ui import tasks
    from workbench.ui.tasks import TaskRunner

    TaskRunner()
    collector = tasks._collector
    assert collector is not None
    assert tasks.GuiThreadCollector.INTERVAL_MS == 250
    assert collector.timer.interval() == tasks.GuiThreadCollector.INTERVAL_MS
    assert collector.timer.isActive()


def test_young_objects_a_worker_keeps_are_collected_on_the_gui_thread(qtbot):
    """Objects made on another thread while automatic collection is off are
    walked by the timer's check, on the GUI thread, and a garbage cycle among
    them is freed there."""
    from workbench.ui import tasks
    from workbench.ui.tasks import TaskRunner

    TaskRunner()
    collector = tasks._collector
    assert collector is not None and not gc.isenabled()
    kept: list[list[int]] = []
    freed_on: list[str] = []

    class Node:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def work() -> None:
        kept.extend([i] for i in range(5 * collector.thresholds[0]))
        cycle = Node()
        cycle.me = cycle  # garbage only a collection frees
        refs.append(weakref.ref(cycle))

    refs: list[weakref.ref] = []
    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert refs[0]() is not None  # nothing collected it on the worker
    qtbot.waitUntil(lambda: refs[0]() is None, timeout=20_000)
    assert freed_on == [threading.main_thread().name]
    assert len(kept) == 5 * collector.thresholds[0]
