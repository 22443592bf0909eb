"""A note or correction another writer changed while the editor was in it.

The guide promises that the editor's typing is never saved over another
writer's text. Trials 27 and 28 typed on after the warning and saved their
text over the colleague's within a second, before the warning could be read
(the colleague's note was left only in the history). So typing on keeps both,
as moving on does: the other writer's text first, then the editor's, in the
box and in the log, the cursor where the editor was. Ctrl+Z returns to the
other writer's text alone; deleting it from the box is a deliberate edit.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

# the window's message lines about one field's conflict: withdrawn once it is settled
WARNING_STARTS = ("{Field} changed elsewhere", "Your {field} was not saved: it was changed")


def joined(theirs: str, mine: str) -> str:
    """The other writer's text, then the editor's (once: typing that already
    holds theirs, or an empty text of theirs, adds nothing)."""
    if not theirs.strip() or theirs.strip() in mine:
        return mine
    return f"{theirs}\n\n{mine}"


def put_before(editor: QPlainTextEdit, text: str) -> None:
    """Show ``text`` in ``editor`` (the editor's typing is its end), the
    cursor and selection where they were in the typing, the view not moved.
    Signals are blocked: showing what is saved is no new edit."""
    mine = editor.toPlainText()
    if text == mine or not text.endswith(mine):
        return
    shift = _units(text[: len(text) - len(mine)])  # Qt counts UTF-16 units
    cursor = editor.textCursor()
    anchor, position = cursor.anchor() + shift, cursor.position() + shift
    scroll = editor.verticalScrollBar().value()
    editor.blockSignals(True)
    try:
        editor.setPlainText(text)
        cursor = editor.textCursor()
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
    finally:
        editor.blockSignals(False)
    editor.verticalScrollBar().setValue(scroll)
    editor.ensureCursorVisible()


def warning(field: str, theirs: str, saved_before: bool) -> str:
    """The panel's line on one conflict: what the log has, and what happens next."""
    said = " ↵ ".join(theirs.splitlines()) or "(empty)"
    if saved_before:
        state = (
            f"Your {field} below was saved before it (see the history) and is no longer the log's"
        )
    else:
        state = f"Your {field} below is not saved yet"
    return (
        f"⚠ {field.capitalize()} changed elsewhere "
        + ("after yours was saved" if saved_before else "while you typed")
        + f"; the log has: {said}. {state}: type on or move on and both are kept, "
        "theirs first (Ctrl+Z then goes back to theirs alone)."
    )


def kept_both(field: str) -> str:
    """The window's notice once typing on kept both texts."""
    return (
        f"The {field} was changed elsewhere (another window or the command line) while you "
        f"were in it: both are kept, theirs first, then yours, as the box shows — Ctrl+Z "
        "goes back to theirs alone"
    )


def stale_warnings(messages: list[str], fields: set[str]) -> list[str]:
    """The messages warning of a conflict on a field no longer in ``fields``."""
    starts = [
        s.format(field=f, Field=f.capitalize())
        for f in ("note", "correction")
        if f not in fields
        for s in WARNING_STARTS
    ]
    return [m for m in messages if m.lstrip("⚠ ").startswith(tuple(starts))]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
