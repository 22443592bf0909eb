"""Whole batches run side by side (workbench/embed_runs.py): every batch once,
on up to ``workers`` threads at once, a poll or a failure stopping the run
with no thread left behind, and the vectors the same bits on one thread or
two."""

from __future__ import annotations

import threading

import pytest

from workbench import embed, embed_batches, embed_runs

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")


def _batches(n: int) -> list[list[int]]:
    return [[3 * k, 3 * k + 1, 3 * k + 2] for k in range(n)]


def test_one_worker_runs_every_batch_in_order_on_the_callers_thread():
    seen: list[tuple[list[int], int]] = []
    polled: list[int] = []
    embed_runs.run_batches(
        _batches(5),
        lambda b: seen.append((b, threading.get_ident())),
        1,
        lambda: polled.append(1),
    )
    assert [b for b, _ in seen] == _batches(5)
    assert {t for _, t in seen} == {threading.get_ident()}
    assert len(polled) == 5  # before each batch


@pytest.mark.parametrize("workers", [2, 3])
def test_several_workers_run_every_batch_once_and_at_the_same_time(workers):
    """The first ``workers`` batches wait for each other at a barrier: it
    breaks (and the test fails) unless they run on that many threads at once."""
    met = threading.Barrier(workers, timeout=30)
    seen: list[tuple[int, int]] = []
    lock = threading.Lock()

    def run_one(batch: list[int]) -> None:
        if batch[0] < 3 * workers:
            met.wait()
        with lock:
            seen.append((batch[0], threading.get_ident()))

    before = threading.active_count()
    embed_runs.run_batches(_batches(9), run_one, workers)
    assert sorted(b for b, _ in seen) == [3 * k for k in range(9)]
    assert len({t for _, t in seen}) == workers
    assert threading.get_ident() in {t for _, t in seen}  # the caller works too
    assert threading.active_count() == before


def test_no_more_threads_than_batches():
    seen: set[int] = set()
    before = threading.active_count()
    embed_runs.run_batches(_batches(1), lambda b: seen.add(threading.get_ident()), 4)
    assert seen == {threading.get_ident()}
    assert threading.active_count() == before


def test_a_poll_that_raises_stops_the_run_and_leaves_no_thread():
    """The other thread's batch lasts until the poll has raised: it ends
    that batch and starts no other."""
    own = threading.get_ident()
    ran: list[int] = []
    calls = [0]
    raised = threading.Event()

    def poll() -> None:
        calls[0] += 1
        if calls[0] == 3:
            raised.set()
            raise KeyboardInterrupt

    def run_one(batch: list[int]) -> None:
        if threading.get_ident() != own:
            assert raised.wait(30)
        ran.append(batch[0])

    before = threading.active_count()
    with pytest.raises(KeyboardInterrupt):
        embed_runs.run_batches(_batches(400), run_one, 2, poll)
    assert threading.active_count() == before
    assert len(ran) <= 3  # two on the caller's thread, at most one on the other


def test_a_batch_failing_on_another_thread_is_raised_to_the_caller():
    """The caller's first batch lasts until the other thread has failed."""
    own = threading.get_ident()
    ran: list[int] = []
    failing = threading.Event()

    def run_one(batch: list[int]) -> None:
        if threading.get_ident() != own:
            failing.set()
            raise RuntimeError("the model failed")
        assert failing.wait(30)
        ran.append(batch[0])

    before = threading.active_count()
    with pytest.raises(RuntimeError, match="the model failed"):
        embed_runs.run_batches(_batches(50), run_one, 2)
    assert threading.active_count() == before
    assert len(ran) < 50  # stopped: no batch after the failure was seen


@needs_model
def test_two_threads_of_whole_batches_give_the_bits_of_one(monkeypatch):
    """Many batches of mixed lengths (a small budget), on one thread and on
    two: the same vector bytes, and on two both threads ran batches."""
    texts = [
        "Yes.",
        "Police said 12 people were hurt.",
        "Shares fell 4.5% to $31.20 after the chief executive resigned.",
        "Le maire de Saint-Étienne a démissionné mardi soir.",
        " ".join(["Rescuers searched the rubble through the night."] * 12),
        *[f"Item {k}: {k * 7} boxes were counted on day {k} of the inquiry." for k in range(40)],
        *[f"A ferry carrying {k} passengers sank off {k % 5} islands." for k in range(40)],
    ]
    monkeypatch.setattr(embed_batches, "batches", lambda n, f=embed_batches.batches: f(n, 64))
    model = embed._get()
    session = model.session
    ran_on: set[int] = set()
    met: list[threading.Barrier] = []  # two threads: their first batches meet

    class Watched:
        def run(self, *args, **kwargs):
            with lock:
                first = threading.get_ident() not in ran_on
                ran_on.add(threading.get_ident())
            if met and first:
                met[0].wait()
            return session.run(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(session, name)

    lock = threading.Lock()
    got = []
    for workers in (1, 2):
        monkeypatch.setattr(model, "workers", workers)
        ran_on.clear()
        met[:] = [threading.Barrier(workers, timeout=30)] if workers > 1 else []
        got.append(model._run(Watched(), texts).tobytes())
        assert len(ran_on) == workers
    assert got[0] == got[1]


def test_whole_batches_unless_asked_for_intra_op_threads(monkeypatch):
    monkeypatch.delenv("WORKBENCH_ONNX_BATCHES", raising=False)
    assert embed_runs.shares(2) == (1, 2)
    assert embed_runs.shares(1) == (1, 1)
    monkeypatch.setenv("WORKBENCH_ONNX_BATCHES", "0")
    assert embed_runs.shares(2) == (2, 1)
