"""The model's batches run on several threads at once, each a whole batch
on one core (issue 14, session 37).

ONNX Runtime can split each node of one batch among its intra-op threads,
but every node then ends on a barrier: the ~700 small nodes of a batch
(layer norms, the element-wise nodes around the integer products) gain
little from a second thread and each waits for the slower one, and on a
shared machine a thread that is not running holds the other at every
barrier. Here the session runs on one thread (``intra_op_num_threads=1``:
no pool, each run computes on the thread that calls it) and up to
``workers`` threads each take the next batch and run it; an ONNX Runtime
session may be run from several threads at once, and running it releases
the GIL, so the batches run side by side on the cores.

Measured at load 9 (the 2-core machine shared by eight engineers; the first
600 sentences of 200 ECB+ articles, alternating, two rounds): two intra-op
threads 4.32 and 4.07 s of CPU, one thread 3.80 and 3.78, two threads of
whole batches 3.79 and 3.61: the CPU of one thread, spread over two cores.

A batch's vectors are the same bits whichever thread runs it and whatever
runs beside it: each run is the same single-threaded computation of the
same batch (tests/test_embed_runs.py; the 2,742 sentences of 200 ECB+
articles compared byte for byte).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence


def shares(threads: int) -> tuple[int, int]:
    """(ONNX Runtime's intra-op threads, threads running whole batches) for
    ``threads`` threads running the model: whole batches, unless
    ``WORKBENCH_ONNX_BATCHES=0`` asks for intra-op threads as before session
    37 (to compare the two on one tree; the vectors are the same bits)."""
    if os.environ.get("WORKBENCH_ONNX_BATCHES", "1").strip() == "0":
        return threads, 1
    return 1, threads


def run_batches(
    batches: Sequence[list[int]],
    run_one: Callable[[list[int]], None],
    workers: int,
    poll: Callable[[], None] | None = None,
) -> None:
    """``run_one(batch)`` for every batch, on at most ``workers`` threads (the
    caller's among them; one: in order, on the caller's thread alone).

    ``poll`` is called on the caller's thread before each batch it takes;
    what it raises stops the run: no further batch is started, the others'
    batches already running end, and it is raised here. A batch that fails
    on another thread stops the run the same way and is raised here. No
    thread started here outlives the call."""
    helpers_wanted = min(workers, len(batches)) - 1
    if helpers_wanted <= 0:
        for batch in batches:
            if poll is not None:
                poll()
            run_one(batch)
        return
    pending = iter(batches)
    lock = threading.Lock()
    stop = threading.Event()
    failed: list[BaseException] = []

    def take() -> list[int] | None:
        with lock:
            return None if stop.is_set() else next(pending, None)

    def work() -> None:
        try:
            while (batch := take()) is not None:
                run_one(batch)
        except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
            failed.append(exc)
            stop.set()

    # not daemons: ONNX Runtime is never torn down under a thread running it
    helpers = [threading.Thread(target=work, name="encode-batches") for _ in range(helpers_wanted)]
    for t in helpers:
        t.start()
    try:
        while (batch := take()) is not None:
            if poll is not None:
                poll()
            run_one(batch)
    except BaseException:
        stop.set()
        raise
    finally:
        for t in helpers:
            t.join()
    if failed:
        raise failed[0]
