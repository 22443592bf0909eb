"""Ctrl+C in the terminal a window was started from closes the window (a
fresh trial's went on running: Qt's event loop never let Python run its
signal handler)."""

from __future__ import annotations

import os
import signal

from test_window import make_window

from workbench.ui.app import closes_on_ctrl_c


def test_ctrl_c_closes_the_window(qtbot):
    w = make_window(qtbot)
    previous = signal.getsignal(signal.SIGINT)
    try:
        closes_on_ctrl_c(w)
        assert w.isVisible()
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    finally:
        signal.signal(signal.SIGINT, previous)
