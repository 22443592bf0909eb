"""A progress step held back by the window's limit (one in 100 ms) is shown
once the limit allows, unless a later one came first (fresh window trial:
"Reading 22_1ecbplus" stayed up for the minute the long article after it
took, its own step having been dropped)."""

from __future__ import annotations

import threading

from workbench.ui.tasks import TaskRunner


def test_a_step_held_back_is_shown_while_the_next_one_takes_long(qtbot):
    runner = TaskRunner()
    shown: list[tuple[int, int, str]] = []
    seen_long = threading.Event()
    done: list[bool] = []

    def job(progress, cancelled):
        progress(0, 3, "Reading short")
        progress(1, 3, "Reading long")  # within 100 ms of the first: held back
        # the long article: the step must reach the window meanwhile
        assert seen_long.wait(30), "the held step was never shown"
        progress(3, 3, "Done")
        return True

    def on_progress(done_, total, message):
        shown.append((done_, total, message))
        if message == "Reading long":
            seen_long.set()

    runner.submit(job, on_result=done.append, on_error=print, on_progress=on_progress)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.wait(200)
    assert shown == [(0, 3, "Reading short"), (1, 3, "Reading long"), (3, 3, "Done")]
    runner.shutdown()


def test_a_held_step_a_later_one_overtook_is_never_shown(qtbot):
    runner = TaskRunner()
    shown: list[str] = []
    done: list[bool] = []

    def job(progress, cancelled):
        progress(0, 4, "a")
        progress(1, 4, "b")  # held, then overtaken by c before it is due
        progress(2, 4, "c")
        progress(4, 4, "Done")
        return True

    runner.submit(
        job, on_result=done.append, on_error=print, on_progress=lambda d, t, m: shown.append(m)
    )
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.wait(300)  # a timer left over would show b or c now, after Done
    assert shown[0] == "a" and shown[-1] == "Done" and "b" not in shown
    runner.shutdown()
