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


def test_the_old_generation_is_listed_again_only_once_it_may_have_grown(qtbot, monkeypatch):
    """Checked every quarter second, the old generation (listed whole to see
    whether it grew) is not listed again until a generation-1 collection
    could have added to it; once it has grown, the full collection runs."""
    from workbench.ui import tasks
    from workbench.ui.tasks import GuiThreadCollector, TaskRunner

    TaskRunner()
    collector = tasks._collector
    assert collector is not None
    collector.timer.stop()  # the test's own checks only
    try:
        grown = [False]
        asked: list[int] = []

        def fake_grown() -> bool:
            asked.append(gc.get_count()[2])
            return grown[0]

        monkeypatch.setattr(GuiThreadCollector, "_grown", staticmethod(fake_grown))
        for _ in range(collector.thresholds[2] + 1):
            gc.collect(1)  # the old generation's count past its threshold
        collector.check()
        collector.check()
        collector.check()
        assert len(asked) == 1  # not grown, and nothing could have added to it
        gc.collect(1)  # one more generation-1 collection: it may have grown
        collector.check()
        assert len(asked) == 2 and asked[1] == asked[0] + 1
        grown[0] = True
        collector.check()
        assert len(asked) == 2  # still the same: no generation-1 collection since
        gc.collect(1)
        frozen = gc.get_freeze_count()
        collector.check()
        assert len(asked) == 3
        assert gc.get_count()[2] == 0 and gc.get_freeze_count() >= frozen  # collected, frozen
        for _ in range(collector.thresholds[2] + 1):
            gc.collect(1)
        grown[0] = False
        collector.check()
        assert len(asked) == 4
        gc.collect()  # a full collection by anyone: the old generation may differ
        for _ in range(collector.thresholds[2] + 1):
            gc.collect(1)
        collector.check()
        assert len(asked) == 5
    finally:
        collector.timer.start()
