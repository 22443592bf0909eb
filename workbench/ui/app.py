"""Starting the window: ``workbench``, ``workbench open FILE... | LOG.sqlite``."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from . import resources, settings
from .window import MainWindow


def application() -> QApplication:
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


def main(paths: list[str], db: str | None = None) -> int:
    app = application()
    window = MainWindow()
    window.show()
    if paths or db:
        # open once the window is on screen, so it paints before analysis starts
        QTimer.singleShot(0, window, lambda: window.open_paths(list(paths), db))
    code = app.exec()
    # Everything is saved by now (the review log commits each change; closing
    # the window wrote the settings). Skip the interpreter's teardown: a
    # PySide6 object freed during the final garbage collection crashed once
    # on quit ("none_dealloc") in a trial, after all work was safely stored.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
