"""Icons and stylesheets from ``resources/``, wherever the app runs from.

Installed (wheel or editable) the folder is the package
``workbench.resources``; PyInstaller bundles it under the same name; a bare
source checkout run with ``PYTHONPATH=.`` falls back to the folder itself.
"""

from __future__ import annotations

import functools
import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

APP_ID = "claim-workbench"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@functools.cache
def root() -> Traversable:
    try:
        found = importlib.resources.files("workbench.resources")
        if found.joinpath("icons").is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "resources"


def read_text(*parts: str) -> str:
    return root().joinpath(*parts).read_text(encoding="utf-8")


def _pixmap(file: Traversable) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(file.read_bytes())
    return pixmap


@functools.cache
def app_icon() -> QIcon:
    icon = QIcon()
    hicolor = root().joinpath("icons", "hicolor")
    for size in ICON_SIZES:
        png = hicolor.joinpath(f"{size}x{size}", "apps", f"{APP_ID}.png")
        if png.is_file():
            icon.addPixmap(_pixmap(png))
    if icon.isNull():
        icon.addPixmap(_pixmap(root().joinpath("icons", f"{APP_ID}.svg")))
    return icon


@functools.cache
def status_icon(name: str) -> QIcon:
    """The icon of a verdict or a review status (``needs-correction`` etc.)."""
    path = root().joinpath("icons", "status", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    return QIcon(_pixmap(path))


def stylesheet(dark: bool) -> str:
    return read_text("styles", "dark.qss" if dark else "light.qss")
