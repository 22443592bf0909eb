"""Every command of the window, declared once: menu, text, shortcuts.

The window builds its menus and toolbar from this table and connects each
action to ``MainWindow.act_<name>``; a test checks that every shortcut
parses and that no two actions share one.
"""

from __future__ import annotations

from dataclasses import dataclass

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


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new_review", "File", "&New review", ("Ctrl+N",), "Start an empty review"),
    ActionSpec("open_log", "File", "&Open review log…", ("Ctrl+O",), "Open a saved review log"),
    ActionSpec(
        "add_articles",
        "File",
        "&Add articles…",
        ("Ctrl+Shift+O",),
        "Add article files (.txt, .md, .html, .pdf, .docx) to this review; "
        "you can also drop them on the window",
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
    # Review
    ActionSpec("next", "Review", "&Next finding", ("Alt+Down", "F8")),
    ActionSpec("previous", "Review", "&Previous finding", ("Alt+Up", "Shift+F8")),
    ActionSpec("next_open", "Review", "Next &open finding", ("Alt+Shift+Down",)),
    ActionSpec("previous_open", "Review", "Previous o&pen finding", ("Alt+Shift+Up",)),
    ActionSpec(
        "verified",
        "Review",
        "Mark &verified",
        ("Ctrl+1",),
        "The claim checks out",
        separator_before=True,
    ),
    ActionSpec("disputed", "Review", "Mark &disputed", ("Ctrl+2",), "The claim is contested"),
    ActionSpec(
        "needs_correction",
        "Review",
        "Mark needs &correction",
        ("Ctrl+3",),
        "One of the articles must be corrected",
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
    ActionSpec("rerun", "View", "&Re-run analysis", ("F5",)),
    ActionSpec("cancel", "View", "&Cancel analysis", ("Esc",)),
    ActionSpec(
        "scroll_together",
        "View",
        "&Scroll columns together",
        (),
        "Scrolling one column levels the sentences aligned with its middle sentence in the others",
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
