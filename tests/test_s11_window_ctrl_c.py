"""Ctrl+C in the terminal a window was started from closes the window (a
fresh trial's went on running: Qt's event loop never let Python run its
signal handler)."""

from __future__ import annotations

import os
import signal

import pytest
from test_window import make_window

from workbench.ui.app import closes_on_ctrl_c


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_a_kill_closes_the_window(qtbot, stop):
    w = make_window(qtbot)
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        closes_on_ctrl_c(w)
        assert w.isVisible()
        os.kill(os.getpid(), stop)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
