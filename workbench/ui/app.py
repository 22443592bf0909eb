"""Starting the window: ``workbench``, ``workbench open FILE... | LOG.sqlite``."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__, regex_cache
from . import resources, settings
from .window import MainWindow

# How long a thread may hold the GIL while another waits for it (Python's
# default is 5 ms). The analysis and the writer run Python on their threads
# while the GUI thread paints and answers input: each time a queued result or
# a timer woke the GUI thread it waited up to a switch interval, again after
# every call back into Python, and a 50-article drop measured 30-60 ms gaps in
# which the GUI thread used no CPU. At 1 ms those gaps mostly went; the
# analysis gives the GIL up more often, and took as long within the noise
# (benchmarks.window, paired with 5 ms in two sittings: README, session 15).
GIL_SWITCH_S = 0.001


def application() -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_S)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Claim Workbench")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("claim-workbench")
    app.setWindowIcon(resources.app_icon())
    return app  # type: ignore[return-value]


def binding_problem(calls: int = 200) -> str | None:
    """One line when this Qt binding drops a reference to None on each call
    that returns nothing (PySide6 6.12.0 on Python 3.11 does: the window then
    aborts with "none_dealloc" after a few thousand calls, about a hundred
    findings selected). Python 3.12 and later never free None."""
    from PySide6 import __version__ as pyside
    from PySide6.QtWidgets import QScrollBar

    bar = QScrollBar()
    before = sys.getrefcount(None)
    for i in range(calls):
        bar.setValue(i % 2)
    lost = before - sys.getrefcount(None)
    if lost < calls // 2:
        return None
    return (
        f"PySide6 {pyside} loses a reference on every Qt call on Python "
        f"{sys.version_info.major}.{sys.version_info.minor} and would crash the window; "
        "install another release: pip install 'PySide6-Essentials>=6.10,!=6.12.0'"
    )


def closes_on_ctrl_c(window: MainWindow) -> QTimer:
    """Ctrl+C in the terminal the window was started from closes it as the
    window's own Quit does (a fresh trial's did nothing: Qt's event loop
    never lets Python run its signal handler, so a timer wakes it)."""
    for stop in (signal.SIGINT, signal.SIGTERM):  # and a polite kill, as Quit does
        signal.signal(stop, lambda _signum, _frame: window.close())
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)  # Python code runs: a pending handler with it
    wake.start(250)
    return wake


def main(paths: list[str], db: str | None = None) -> int:
    app = application()
    if problem := binding_problem():
        print(f"workbench: error: {problem}", file=sys.stderr)
        return 2
    window = MainWindow()
    window.show()
    # the keyboard to the new window (the findings list in it): without a window
    # manager that gives it, Ctrl+1 did nothing until a click (window41's trial)
    window.activateWindow()
    if paths or db:
        # open once the window is on screen, so it paints before analysis starts
        QTimer.singleShot(0, window, lambda: window.open_paths(list(paths), db))
    closes_on_ctrl_c(window)
    code = app.exec()
    regex_cache.save()  # the patterns this session compiled, for the next start
    # Everything is saved by now (the review log commits each change; closing
    # the window wrote the settings). Skip the interpreter's teardown: a
    # PySide6 object freed during the final garbage collection crashed once
    # on quit ("none_dealloc") in a trial, after all work was safely stored.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
