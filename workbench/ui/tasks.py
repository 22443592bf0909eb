"""The one way the window runs work off the GUI thread.

``TaskRunner.submit(fn, ...)`` runs ``fn`` on a worker thread and delivers
its result, its error or its progress back on the GUI thread through
queued signals. Workers get snapshots (frozen articles), never widgets or
the review log, so nothing they touch can change under them. Tests can
make the runner synchronous.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..analysis import Progress


class _Relay(QObject):
    """Carries a task's outcome across threads (queued connections)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One submitted job. ``cancel()`` is polled by the job between steps."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signal arrives
        self.fn = fn
        self.args = args
        self.relay = _Relay()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, message: str) -> None:
        if self.cancelled():
            return
        try:
            self.relay.progress.emit(done, total, message)
        except RuntimeError:
            self.cancel()  # the window is gone: stop at the next step

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.report, cancelled=self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as a value
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        # RuntimeError: the application quit while this ran; nobody is waiting
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class _Receiver(QObject):
    """Lives on the GUI thread, so the relay's signals reach it queued:
    the callbacks always run on the GUI thread, whatever thread emitted."""

    def __init__(
        self,
        runner: TaskRunner,
        task: Task,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None,
    ) -> None:
        super().__init__(runner)
        self.runner, self.task = runner, task
        self.on_result, self.on_error, self.on_progress = on_result, on_error, on_progress

    @Slot(object)
    def finished(self, result: Any) -> None:
        self.runner._forget(self.task)
        self.on_result(result)
        self.deleteLater()

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.runner._forget(self.task)
        self.on_error(exc)
        self.deleteLater()

    @Slot(int, int, str)
    def progress(self, done: int, total: int, message: str) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, message)


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Automatic collection runs in whichever thread happens to allocate; if
    a worker triggers it while a cycle holds a dead Qt widget, the widget's
    C++ destructor runs off the GUI thread and the process crashes (seen
    here as a segfault in a test run). So automatic collection is switched
    off and this timer collects on the GUI thread instead, as pyqtgraph's
    GarbageCollector does.
    """

    INTERVAL_MS = 1000

    def __init__(self) -> None:
        super().__init__()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                break


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread() -> None:
    """Install the collector once per process (from the GUI thread)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()


def stop_collecting() -> None:
    """Hand collection back to Python, collecting once more on this thread
    first: for a host (the test run) that outlives its windows."""
    global _collector
    if _collector is not None:
        _collector.timer.stop()
        gc.enable()
        gc.collect()
        _collector.deleteLater()
        _collector = None


class TaskRunner(QObject):
    """Runs tasks on a small pool; ``synchronous=True`` runs them inline (tests)."""

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        collect_on_gui_thread()
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # analyses queue behind each other
        self._running: dict[Task, _Receiver] = {}

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None = None,
    ) -> Task:
        """``fn(*args, progress=..., cancelled=...)`` runs off the GUI thread."""
        task = Task(fn, *args)
        receiver = _Receiver(self, task, on_result, on_error, on_progress)
        self._running[task] = receiver
        task.relay.finished.connect(receiver.finished)
        task.relay.failed.connect(receiver.failed)
        task.relay.progress.connect(receiver.progress)
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        self._running.pop(task, None)

    @Slot()
    def shutdown(self) -> None:
        """Ask running tasks to stop and wait for them (window closing)."""
        for task in list(self._running):
            task.cancel()
        self.pool.waitForDone(5000)
