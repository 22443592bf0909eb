""" "Correct in" adds to the articles a finding owes corrections to, as the
command line does, and *Edit › Withdraw a correction asked…* takes one back.

User trial 46 (session 40): since session 39 ``review F… --status
needs-correction --article B`` on a finding owing a correction in A keeps A
and says so, and ``--withdraw A`` takes one back; the window's "Correct in"
still replaced A with B without a word. Both now work the owed set out with
``store.owing`` (through ``ReviewSession.owing``), never a copy of it. The
decision written names every article owed, so undo puts the set before back
(``ReviewChange`` keeps each discrepancy's own decision)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from ..store import StoreError
from .rows import several

MainWindow = Any  # the window (its session, panel, messages); not imported: it imports us

TAKE_BACK = "Edit › Withdraw a correction asked… takes one back"


def adding(
    window: MainWindow, ident: str, fields: dict[str, Any]
) -> tuple[dict[str, Any] | None, str]:
    """``fields`` with "article" naming every article owed after this choice
    (those owed before kept), and the one line that says so ("" when nothing
    owed before was kept); (None, "") when it cannot be recorded (said)."""
    chosen = fields.get("article")
    if not chosen:
        return fields, ""
    named = tuple(a for a in chosen.split("\n") if a)
    status = fields.get("status") or window.session.review_fields(ident).get("status")
    try:
        owing = window.session.owing(ident, status, named, (), fields.get("correction"))
    except StoreError as exc:
        window.messages.show_message(_in_window_words(str(exc)), True)
        return None, ""
    if owing is None or not owing.kept:
        return fields, ""
    added = [a for a in owing.now if a not in owing.kept]
    said = (
        f"Added {', '.join(added) or 'nothing'} to the articles asked to correct; still "
        f"owed from before: {', '.join(owing.kept)} — owed now: {', '.join(owing.now)} "
        f"({TAKE_BACK})"
    )
    return {**fields, "article": several(owing.now)}, said


def withdraw(window: MainWindow, article: str | None = None) -> bool:
    """Take back the correction asked of ``article`` (None: the editor picks
    one of those owed from a menu) on the finding in the panel, keeping the
    others and the decision; False when nothing was withdrawn (said)."""
    ident = window.panel.ident
    owed = window.session.owed(ident)
    if len(owed) < 2:
        which = f"only {owed[0]}" if owed else "no article"
        window.messages.show_message(
            f"Nothing to withdraw: this finding asks {which} to correct; mark it open, "
            "verified or dismissed instead",
            True,
        )
        return False
    if article is None:
        article = _pick(window, owed)
        if article is None:
            return False
    try:
        owing = window.session.owing(ident, None, (), (article,), None)
    except StoreError as exc:
        window.messages.show_message(_in_window_words(str(exc)), True)
        return False
    if owing is None:
        return False
    window.change_review(
        ident,
        {"article": several(owing.now)},
        f"Withdraw correction in {article}",
        "",
        None,
        adding=False,
    )
    window.messages.show_message(
        f"Withdrawn: the correction asked of {article} — owed now: {', '.join(owing.now)} "
        "(Undo puts it back; the history keeps it)",
        False,
        done=True,
    )
    return True


def _pick(window: MainWindow, owed: tuple[str, ...]) -> str | None:
    menu = QMenu(window)
    for a in owed:
        menu.addAction(f"Withdraw the correction asked of {a}").setData(a)
    chosen = menu.exec(QCursor.pos())
    return chosen.data() if chosen is not None else None


def _in_window_words(message: str) -> str:
    """A refusal worded for the command line, said in the window's words."""
    return (
        message.replace("give the same --correction", "write the same correction")
        .replace("(--withdraw ", "(Edit › Withdraw a correction asked…: ")
        .replace("--withdraw", "withdrawing")
    )
