"""Every command of the window, declared once: menu, text, shortcuts, icon.

The window builds its menus and toolbar from this table and connects each
action to ``MainWindow.act_<name>``; a test checks that every shortcut
parses and that no two actions share one. Icons are the SVGs of
``resources/icons/actions`` drawn in the palette's text colour, so they
follow the light and dark appearance.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..articles.errors import kinds_named
from . import resources

MENUS = ("File", "Edit", "Review", "View", "Help")


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    checkable: bool = False
    group: str = ""  # exclusive group (radio items)
    separator_before: bool = False
    short: str = ""  # the text on a toolbar or panel button, when shorter than ``text``

    @property
    def icon(self) -> str:
        """Its icon's file name (``resources/icons/actions``), if it has one."""
        return self.name.replace("_", "-")


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "new_review", "File", "&New review", ("Ctrl+N",), "Start an empty review", short="New"
    ),
    ActionSpec(
        "open_log",
        "File",
        "&Open review log…",
        ("Ctrl+O",),
        "Open a saved review log",
        short="Open",
    ),
    ActionSpec(
        "add_articles",
        "File",
        "&Add articles…",
        ("Ctrl+Shift+O",),
        f"Add article files ({kinds_named()}) to this review; you can also drop them on the window",
        short="Add articles",
    ),
    ActionSpec(
        "paste_links",
        "File",
        "&Paste web links",
        ("Ctrl+V",),
        "Fetch the web pages whose links are on the clipboard and add them as articles "
        "(in a text box, Ctrl+V pastes text as usual)",
    ),
    ActionSpec(
        "save_log_as",
        "File",
        "Save review log &as…",
        ("Ctrl+Shift+S",),
        "Copy this review log to another file and keep working there",
    ),
    ActionSpec(
        "export_report",
        "File",
        "&Export correction report…",
        ("Ctrl+Shift+E",),
        "Write the correction report as Markdown, HTML, CSV, JSON or PDF",
        separator_before=True,
        short="Export report",
    ),
    ActionSpec("quit", "File", "&Quit", ("Ctrl+Q",), separator_before=True),
    # Edit
    ActionSpec("undo", "Edit", "&Undo", ("Ctrl+Z",)),
    ActionSpec("redo", "Edit", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec(
        "find",
        "Edit",
        "&Filter findings…",
        ("Ctrl+F",),
        "Type to filter the list of findings",
        separator_before=True,
    ),
    ActionSpec(
        "edit_note",
        "Edit",
        "Edit &note",
        ("Ctrl+Shift+N",),
        "Write a note on the selected finding",
    ),
    ActionSpec("edit_correction", "Edit", "Edit proposed &correction", ("Ctrl+Shift+C",)),
    ActionSpec(
        "edit_article",
        "Edit",
        "Choose the &article to correct",
        ("Ctrl+Shift+A",),
        "Open “Correct in” of the selected finding (a trial had to Shift+Tab to it)",
    ),
    ActionSpec(
        "withdraw_correction",
        "Edit",
        "&Withdraw a correction asked…",
        (),
        "Take back the correction asked of one article, keeping the others and the decision",
    ),
    # Review
    ActionSpec("next", "Review", "&Next finding", ("Alt+Down", "F8"), short="Next"),
    ActionSpec("previous", "Review", "&Previous finding", ("Alt+Up", "Shift+F8"), short="Previous"),
    ActionSpec("next_open", "Review", "Next &open finding", ("Alt+Shift+Down",), short="Next open"),
    ActionSpec("previous_open", "Review", "Previous o&pen finding", ("Alt+Shift+Up",)),
    ActionSpec(
        "verified",
        "Review",
        "Mark &verified",
        ("Ctrl+1",),
        "The claim checks out",
        separator_before=True,
        short="Verified",
    ),
    ActionSpec(
        "disputed",
        "Review",
        "Mark &disputed",
        ("Ctrl+2",),
        "The claim is contested",
        short="Disputed",
    ),
    ActionSpec(
        "needs_correction",
        "Review",
        "Mark needs &correction",
        ("Ctrl+3",),
        "One of the articles must be corrected",
        short="Needs correction",
    ),
    ActionSpec("dismissed", "Review", "D&ismiss", ("Ctrl+4",), "Not a real discrepancy"),
    ActionSpec("reopen", "Review", "&Reopen", ("Ctrl+0",), "Set the status back to open"),
    ActionSpec(
        "advance",
        "Review",
        "&Go to next open one after deciding",
        (),
        "After you set a status, select the next open finding",
        checkable=True,
        separator_before=True,
    ),
    # View
    ActionSpec(
        "rerun",
        "View",
        "&Re-run analysis",
        ("F5",),
        "Analyse again; articles whose files changed on disk are read again first",
    ),
    ActionSpec("cancel", "View", "&Cancel analysis", ("Esc",)),
    ActionSpec(
        "scroll_together",
        "View",
        "&Scroll columns together",
        (),
        "Every column moves by the same distance: the selected finding (or a clicked "
        "sentence) stays level; Alt+wheel scrolls one column on its own",
        checkable=True,
        separator_before=True,
    ),
    ActionSpec(
        "coverage",
        "View",
        "C&overage of claims",
        ("Ctrl+Shift+M",),
        "The claims × sources matrix: which sources carry each claim, which omit it",
        checkable=True,
    ),
    ActionSpec(
        "appearance_system",
        "View",
        "Appearance: follow the &system",
        (),
        checkable=True,
        group="appearance",
        separator_before=True,
    ),
    ActionSpec(
        "appearance_light", "View", "Appearance: &light", (), checkable=True, group="appearance"
    ),
    ActionSpec(
        "appearance_dark", "View", "Appearance: &dark", (), checkable=True, group="appearance"
    ),
    # Help
    ActionSpec("legend", "Help", "&Highlights and verdicts", ("F1",)),
    ActionSpec("about", "Help", "&About Claim Workbench"),
)

STATUS_ACTIONS = {
    "verified": "verified",
    "disputed": "disputed",
    "needs_correction": "needs-correction",
    "dismissed": "dismissed",
    "reopen": "open",
}


ICON_COLORS = {False: "#3b3b3b", True: "#dcdcdc"}  # the palettes' text, slightly softened


@functools.cache
def action_icon(name: str, dark: bool) -> QIcon:
    """The icon of an action (file stem ``name``) in the appearance's text
    colour, rendered crisp at each toolbar and menu size; a null icon when
    there is no file, so the action shows its text alone."""
    path = resources.root().joinpath("icons", "actions", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", ICON_COLORS[dark])
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(Qt.GlobalColor.transparent))
        p = QPainter(pixmap)
        renderer.render(p, QRectF(0, 0, size, size))
        p.end()
        icon.addPixmap(pixmap)
    return icon


def dress(actions: dict[str, QAction], dark: bool) -> None:
    """Give each action its icon (in the appearance's colours) and its short
    button text; status actions keep their status icons."""
    for spec in ACTIONS:
        action = actions.get(spec.name)
        if action is None:
            continue
        if spec.short:
            action.setIconText(spec.short)
        if spec.name not in STATUS_ACTIONS:
            icon = action_icon(spec.icon, dark)
            if not icon.isNull():
                action.setIcon(icon)
