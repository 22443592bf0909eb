"""The one way the window runs work off the GUI thread.

``TaskRunner.submit(fn, ...)`` runs ``fn`` on a worker thread and delivers
its result, its error or its progress back on the GUI thread through
queued signals. Workers get snapshots (frozen articles), never widgets or
the review log, so nothing they touch can change under them. Tests can
make the runner synchronous.

``Writer`` is the review log's single writer: one long-lived thread that
runs the log's writes (creating it, saving an analysis, a decision) one at
a time in the order they were submitted, so the GUI thread never waits on
the disk for a save and the log is never written from two threads at once.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from ..model import Progress

PROGRESS_EVERY = 0.1  # seconds between two progress steps shown


class _Relay(QObject):
    """Carries outcomes across threads (queued connections). One per runner,
    owned by it on the GUI thread: a worker never holds the last reference
    to a Qt object, so none is ever destroyed off the GUI thread."""

    progress = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, object)


class Task:
    """One submitted job, a plain Python object (no Qt): ``cancel()`` is
    polled by the job between steps.

    Tasks used to be ``QRunnable`` subclasses with a ``QObject`` relay each;
    when the GUI thread dropped its references first, the worker's return
    from ``run()`` freed both on the worker thread while the pool still used
    the runnable: an intermittent segfault in the test run."""

    def __init__(self, key: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.key = key
        self.fn = fn
        self.args = args
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass(frozen=True)
class _Callbacks:
    task: Task
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: Progress | None


def _run(task: Task, relay: _Relay) -> None:
    """The body a worker runs; touches Qt only to emit on the runner's relay."""

    last = [-1.0]
    # a step held back by the limit is shown once the limit allows, unless a
    # later one came first: dropped, "Reading 22_1" stayed up for the minute
    # a long article after it took (fresh window trial)
    held: list[tuple[int, int, str] | None] = [None]
    lock = threading.Lock()
    over = threading.Event()  # the task returned: nothing more is shown

    def emit(step: tuple[int, int, str]) -> None:
        last[0] = time.monotonic()
        try:
            relay.progress.emit(task.key, *step)
        except RuntimeError:
            task.cancel()  # the window is gone: stop at the next step

    def release() -> None:
        with lock:
            step, held[0] = held[0], None
            if step is not None and not over.is_set() and not task.cancelled():
                emit(step)

    def report(done: int, total: int, message: str) -> None:
        if task.cancelled():
            return
        # at most one step in PROGRESS_EVERY reaches the GUI thread, besides a
        # stage's first and last: 50 articles read sent a hundred, each a
        # repaint the GUI thread waited for the GIL to make (issue 14)
        with lock:
            wait = PROGRESS_EVERY - (time.monotonic() - last[0])
            if 0 < done < total and wait > 0:
                first, held[0] = held[0] is None, (done, total, message)
                if first:
                    timer = threading.Timer(wait, release)
                    timer.daemon = True
                    timer.start()
                return
            held[0] = None
            emit((done, total, message))

    try:
        result = task.fn(*task.args, progress=report, cancelled=task.cancelled)
    except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as a value
        signal, value = relay.failed, exc
    else:
        signal, value = relay.finished, result
    with lock:
        over.set()
    # RuntimeError: the application quit while this ran; nobody is waiting
    with contextlib.suppress(RuntimeError):
        signal.emit(task.key, value)


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Automatic collection runs in whichever thread happens to allocate; if
    a worker triggers it while a cycle holds a dead Qt widget, the widget's
    C++ destructor runs off the GUI thread and the process crashes (seen
    here as a segfault in a test run). So automatic collection is switched
    off and this timer collects on the GUI thread instead, as pyqtgraph's
    GarbageCollector does.

    A full collection on the GUI thread is a stall as long as the heap is
    big (issue 14: 250-500 ms with 50 articles open on a busy machine, most
    of it walking objects that live as long as the process). So what
    survives a full collection is frozen (``gc.freeze``: never walked
    again), as is everything that exists at start-up (modules, classes,
    lexicons), and a full collection runs only when the objects made since
    the last one are a quarter of those frozen, CPython's own rule. An
    analysis holds no reference cycles (measured), so one that is replaced
    is freed by reference counting, frozen or not; cycles among frozen
    objects wait for :func:`collect_everything` (closing a review).

    Checked every quarter second (:data:`INTERVAL_MS`; issue 14, session 42):
    while an analysis runs on a worker, every young object it keeps is walked
    by the next collection here, and a generation-1 collection (one check in
    ten that collects) walks what it kept over the last ten. Checked every
    second, the longest collection of a 50-article drop took a median 31 ms
    of the GUI thread's CPU (18-44; six runs, load 13-15); every quarter
    second, 15 ms (15-24; five runs), the collections' total about the same
    (median 67 ms a run against 69).
    Only when and how much is walked changes: the same garbage is freed.
    """

    INTERVAL_MS = 250

    def __init__(self) -> None:
        super().__init__()
        self.thresholds = gc.get_threshold()
        gc.disable()
        gc.freeze()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # (generation-1 and full collections so far, frozen objects) when the
        # old generation was last found not grown: only those collections and
        # unfreezing add to it, so until one runs it is not grown still, and
        # listing it again at every check (8 ms for 38,000 objects after 50
        # articles, load 15) is left out
        self.not_grown: tuple[int, int, int] | None = None

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        if counts[2] > self.thresholds[2] and self._full_due():
            gc.collect(2)
            gc.freeze()
            return
        for generation in (1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def _full_due(self) -> bool:
        """:meth:`_grown`, asked again only once the old generation may have grown."""
        stats = gc.get_stats()
        key = (stats[1]["collections"], stats[2]["collections"], gc.get_freeze_count())
        if key == self.not_grown:
            return False
        if self._grown():
            return True
        self.not_grown = key
        return False

    @staticmethod
    def _grown() -> bool:
        """The old generation (objects made since the last full collection)
        is over a quarter of the frozen ones."""
        return len(gc.get_objects(generation=2)) > gc.get_freeze_count() // 4


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread() -> None:
    """Install the collector once per process (from the GUI thread)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()


def collect_everything() -> None:
    """A full collection of every object, frozen ones included, then freeze
    the survivors again (on the GUI thread; when a review is closed)."""
    if _collector is not None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


def stop_collecting() -> None:
    """Hand collection back to Python, collecting once more on this thread
    first: for a host (the test run) that outlives its windows."""
    global _collector
    if _collector is not None:
        _collector.timer.stop()
        gc.unfreeze()
        gc.enable()
        gc.collect()
        _collector.deleteLater()
        _collector = None


class Writer(QObject):
    """One thread that runs every write to the review log, in order.

    A dedicated Python thread, not a pool thread: an SQLite connection
    belongs to the thread that opened it, so the writer's connection must
    meet the same thread on every job. ``submit`` hands the outcome back on
    the GUI thread (queued signals, as the runner does); ``call`` waits for
    it (a decision, ~1 ms, whose caller needs to know it was written).
    ``stop`` finishes every queued job first: closing the window during a
    save loses nothing."""

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.relay = _Relay(self)
        self.relay.finished.connect(self._finished)
        self.relay.failed.connect(self._failed)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._callbacks: dict[int, tuple[Callable, Callable]] = {}
        self._keys = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._at_stop: list[Callable[[], None]] = []

    @property
    def thread_id(self) -> int | None:
        """The writer thread's ident (None before the first job)."""
        return self._thread.ident if self._thread is not None else None

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """``fn(*args)`` on the writer thread after every job submitted before."""
        key = next(self._keys)
        self._callbacks[key] = (on_result, on_error)
        relay = self.relay

        def job() -> None:
            try:
                value = fn(*args)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                signal, value = relay.failed, exc
            else:
                signal = relay.finished
            with contextlib.suppress(RuntimeError):  # the application quit meanwhile
                signal.emit(key, value)

        self._put(job)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` on the writer thread, waited for: its result or its error."""
        if self.synchronous:
            return fn(*args)
        future: Future = Future()

        def job() -> None:
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller
                future.set_exception(exc)

        self._put(job)
        return future.result()

    def at_stop(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the writer thread when it stops (closing its connection)."""
        self._at_stop.append(fn)

    def _put(self, job: Callable[[], None]) -> None:
        if self.synchronous:
            job()
            return
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="review-log-writer")
            self._thread.daemon = True  # stop() drains it; never keeps a dead app alive
            self._thread.start()
        self._jobs.put(job)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def stop(self, timeout: float = 60.0) -> bool:
        """Finish every queued write, close what the writer holds and end its
        thread; True when all of that happened within ``timeout`` seconds."""
        for fn in self._at_stop:
            with contextlib.suppress(Exception):
                self.call(fn)
        # what is still on its way to the GUI thread finds nobody: the window
        # that asked is closing and has closed its own connection
        self._callbacks.clear()
        thread, self._thread = self._thread, None
        if thread is None or not thread.is_alive():
            return True
        self._jobs.put(None)
        thread.join(timeout)
        return not thread.is_alive()

    @Slot(int, object)
    def _finished(self, key: int, result: Any) -> None:
        callbacks = self._callbacks.pop(key, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _failed(self, key: int, exc: BaseException) -> None:
        callbacks = self._callbacks.pop(key, None)
        if callbacks is not None:
            callbacks[1](exc)


class TaskRunner(QObject):
    """Runs tasks on a small pool; ``synchronous=True`` runs them inline (tests)."""

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        collect_on_gui_thread()
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # analyses queue behind each other
        self.relay = _Relay(self)
        self.relay.finished.connect(self._finished)
        self.relay.failed.connect(self._failed)
        self.relay.progress.connect(self._progress)
        self._running: dict[int, _Callbacks] = {}
        self._keys = itertools.count(1)
        self.writer = Writer(self, synchronous)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None = None,
    ) -> Task:
        """``fn(*args, progress=..., cancelled=...)`` runs off the GUI thread."""
        task = Task(next(self._keys), fn, args)
        self._running[task.key] = _Callbacks(task, on_result, on_error, on_progress)
        relay = self.relay
        if self.synchronous:
            _run(task, relay)
        else:
            self.pool.start(lambda: _run(task, relay))
        return task

    @Slot(int, object)
    def _finished(self, key: int, result: Any) -> None:
        callbacks = self._running.pop(key, None)
        if callbacks is not None:
            callbacks.on_result(result)

    @Slot(int, object)
    def _failed(self, key: int, exc: BaseException) -> None:
        callbacks = self._running.pop(key, None)
        if callbacks is not None:
            callbacks.on_error(exc)

    @Slot(int, int, int, str)
    def _progress(self, key: int, done: int, total: int, message: str) -> None:
        callbacks = self._running.get(key)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total, message)

    @Slot()
    def shutdown(self) -> None:
        """Ask running tasks to stop and wait for them, then let the writer
        finish every queued write (window closing: a save under way is kept)."""
        for callbacks in list(self._running.values()):
            callbacks.task.cancel()
        self.pool.waitForDone(5000)
        self.writer.stop()
