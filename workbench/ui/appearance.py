"""Light and dark appearance: follow the system, or force one.

Qt 6.8+ can ask the platform for a colour scheme, but not every platform
(nor the offscreen one) honours it, so a forced choice also sets Fusion's
palette explicitly. "Follow the system" restores whatever palette the
application started with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QStyleFactory, QTableView

from . import resources

MODES = ("system", "light", "dark")
_started_with: dict[str, object] = {}


def dark_palette() -> QPalette:
    p = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        R.Window: "#2b2b2b",
        R.WindowText: "#e6e6e6",
        R.Base: "#1e1e1e",
        R.AlternateBase: "#262626",
        R.ToolTipBase: "#333333",
        R.ToolTipText: "#e6e6e6",
        R.PlaceholderText: "#8c8c8c",
        R.Text: "#e6e6e6",
        R.Button: "#353535",
        R.ButtonText: "#e6e6e6",
        R.BrightText: "#ffffff",
        R.Highlight: "#2f65ca",
        R.HighlightedText: "#ffffff",
        R.Link: "#6cb8f0",
        R.Mid: "#444444",
        R.Dark: "#191919",
        R.Light: "#505050",
    }
    for role, color in colors.items():
        p.setColor(role, QColor(color))
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(G.Disabled, role, QColor("#7a7a7a"))
    return p


def apply(mode: str) -> bool:
    """Switch the whole application; returns True when it is now dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if not _started_with:
        _started_with["palette"] = QPalette(app.palette())
        _started_with["style"] = app.style().name()
    scheme = {
        "system": Qt.ColorScheme.Unknown,
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(mode, Qt.ColorScheme.Unknown)
    QGuiApplication.styleHints().setColorScheme(scheme)
    if mode == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif mode == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    else:
        app.setStyle(QStyleFactory.create(str(_started_with["style"])))
        app.setPalette(_started_with["palette"])  # type: ignore[arg-type]
    dark = is_dark()
    app.setStyleSheet(resources.stylesheet(dark))
    return dark


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# Kind, Value, Other value, Sources, Verdict, Status, Reviewer: each can be
# widened, the last takes what is left, all in sight at 1280 wide (Sources is a
# count, every source in its tooltip; Status a short word; ``list_fit`` fits
# them to the list's width)
LIST_WIDTHS = (76, 120, 120, 60, 104, 124, 64)


def dress_table(table: QTableView) -> None:
    """The findings list as a list, not a spreadsheet: no grid, rows a
    little taller than the text and shaded alternately, headers left
    aligned, cells elided rather than cut; each column can be widened."""
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # a long value keeps both ends ("Genesee Co…James Gage"), whole in its tooltip
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(48)
    for col, width in enumerate(LIST_WIDTHS):
        table.setColumnWidth(col, width)
    interactive(header)
    # every column can be widened (trial 26 could not widen Sources, which
    # stretched); the last one takes what is left
    header.setStretchLastSection(True)


def interactive(header: QHeaderView) -> None:
    """Every column of the list can be widened by dragging its edge."""
    for col in range(len(LIST_WIDTHS)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
