"""The window's reviewing: decisions as undoable commands and moving
between flags (an article's date or removal: ``window_articles``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from ..store.covered import covered_of
from ..store.findings import article_to_name
from ..store.reviews import SETTLED
from ..store.scope import covers_now_words
from . import ask_correction, owed_articles, settings
from .decide_by_button import stay_words
from .models import ID_ROLE
from .notices import BOTH_KEPT, REPLACED
from .states import STATUS_LABELS
from .undo import ReviewChange


def ask_signer(parent, login: str) -> str:
    """The name the editor gives to sign decisions with ("" to keep ``login``)."""
    account = f"“{login}”, this computer's account" if login else "no name"
    name, ok = QInputDialog.getText(
        parent,
        "Who is deciding?",
        f"Decisions are signed with the name under Reviewer; it is now {account}, "
        "not a person.\nType your name to sign as you (you can change it under "
        "Reviewer), or leave it empty to sign as it is:",
    )
    return name if ok else ""


NO_ARTICLE_YET = (
    "Which version is wrong is yours to say: choose the article to correct in “Correct in” first"
)


class ReviewMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin): it uses
    the window's session, views and actions."""

    # -- reviewing ------------------------------------------------------------------
    def change_review(
        self,
        ident: str,
        fields: dict[str, Any],
        text: str,
        merge: str,
        expected: dict[str, str] | None = None,
        adding: bool = True,
    ) -> None:
        """Every review edit is an undoable command written to the log at once.

        ``expected``: the stored values the edit started from; when the log
        has others (written elsewhere meanwhile) the edit is refused, not
        written over them. ``adding``: an article chosen joins those the
        finding owes corrections to, as on the command line (``owed_articles``)."""
        # an article to correct on a verified or dismissed finding: needs correction
        fields, text, settled = ask_correction.on_settled(self, ident, fields, text)
        added = ""
        if adding:
            fields, added = owed_articles.adding(self, ident, fields)
            if fields is None:
                return  # refused, said
        current = self.session.review_fields(ident)
        row = self.session.row(ident)
        # the same decision again confirms one whose verdict changed since, or
        # covers the sources that joined since it was made (``store.scope``)
        again = row is not None and bool(row.decided_under or row.joined) and "status" in fields
        if not again and all(current.get(k) == v for k, v in fields.items()):
            return
        reviewer = self.panel.reviewer.text().strip()
        if not merge:  # a save of typing never opens a dialog: keys would land in it
            reviewer = self._signer(reviewer)
        self._say_who_signs(reviewer)
        if not self._name_chosen() and reviewer == settings.REVIEWER.default:
            self._login_signed = {*getattr(self, "_login_signed", ()), reviewer}
        if fields.get("article"):  # answered (a trial saw it stay after choosing)
            self.messages.withdraw(NO_ARTICLE_YET)  # that one: the others still hold
        command = ReviewChange(self.session, ident, fields, text, merge, reviewer, expected)
        if command.conflicts:
            if self.panel.show_conflict(ident, command.conflicts):
                self.messages.show_message(
                    "Your text was saved after the one written elsewhere meanwhile (another "
                    "window or the command line); both are kept",
                    False,
                    about=BOTH_KEPT,
                    done=True,
                )
            else:
                command.refuse_conflict()
            return
        self.undo_stack.push(command)
        if added:  # owed from before and kept: said in one line (trial 46)
            self.messages.show_message(added, False, done=True)
        self._say_whose_decision_went(current, fields, reviewer)
        if settled:
            ask_correction.settled_said(self, settled)
        self._say_what_it_covers_now(ident, row.joined_by if again and row else (), fields)
        self._say_what_was_left_open(ident)

    def _say_what_it_covers_now(self, ident: str, joined: tuple, fields: dict[str, Any]) -> None:
        """A decision made again to cover the sources that joined since says
        which it covers now, as ``review F…`` does (session 37: the window
        said nothing of them). Only once the log has it: none join since."""
        after = self.session.row(ident)
        if not joined or after is None or after.joined_by:
            return
        label = STATUS_LABELS.get(fields.get("status", ""), "Decided")
        self.statusBar().showMessage(f"Marked {label}: {covers_now_words(joined)}", 10000)

    def _say_what_was_left_open(self, ident: str) -> None:
        """A correction asked of some articles leaves open the pairs of two
        other versions (neither is asked): say so, as the command line does
        (trial 42: the status bar gave no warning)."""
        row = self.session.row(ident)
        c = covered_of(row.members, row.kept_versions) if row is not None else None
        if c is None or not c.left:
            return
        n = len(c.left)
        k = len(c.left_versions)  # versions, as the list counts (trial 49 read "13" pairs)
        which = "; ".join(
            f"{x} ‘{value}’ ({', '.join(s)}) against {', '.join(a)}"
            for x, value, s, a in c.left_versions
        )
        text = (
            f"Partly decided: {k} version{'s' if k > 1 else ''} left open — {which} (neither "
            "article is the one to correct): choose one of them under Correct in and mark it "
            "again, or decide it later"
            if k
            else "Partly decided: versions neither of which is the one to correct are left "
            "open: choose one of them under Correct in and mark it again, or decide it later"
        )
        now = self.statusBar().currentMessage()
        if now.startswith("Partly decided"):
            return
        self.say_while(
            f"{text} — {now}" if now else text,  # the ask for a correction stays with it
            lambda: (now := self.session.row(ident)) is not None and now.undecided == n,
            10000,
        )

    def say_while(self, text: str, holds: Callable[[], bool], ms: int) -> None:
        """A status message on the review's state, withdrawn as soon as the
        state no longer holds (trial 28: "No open findings left" stood after
        Ctrl+0 reopened the selected finding)."""
        self._said_while = (text, holds)
        self.statusBar().showMessage(text, ms)

    def recheck_said(self) -> None:
        text, holds = getattr(self, "_said_while", ("", None))
        if holds is not None and self.statusBar().currentMessage() == text and not holds():
            self.statusBar().clearMessage()

    def _say_whose_decision_went(
        self, before: dict[str, str], fields: dict[str, Any], reviewer: str
    ) -> None:
        """Deciding over another editor's decision is allowed (the history
        keeps both) but said, with the way back (a fresh trial replaced a
        colleague's "needs correction" without a word from the window)."""
        who, was = before.get("reviewer", ""), before.get("status", "open")
        if "status" not in fields or was in ("open", fields["status"]) or not who:
            return
        # a decision this window signed with the login name, before the editor
        # typed theirs, is not someone else's (trial 24: "You replaced root's")
        mine = who in getattr(self, "_login_signed", ())
        if who == reviewer or mine or getattr(self, "_many", False):
            return
        self.messages.show_message(
            f"You replaced {who}'s decision ({STATUS_LABELS[was]}); both are kept in its "
            "history — Ctrl+Z puts theirs back",
            False,
            about=REPLACED,
            step=True,  # Ctrl+Z means another step once the next is taken
        )

    def set_status(self, status: str) -> None:
        if not self._selected:
            return
        self.panel.commit_pending()
        ask_correction.unasked(self)  # decided otherwise: no longer asking for an article
        label = STATUS_LABELS[status]
        chosen = self.chosen_ids()
        asks = ask_correction.wanted(self, status, len(chosen))
        advance = status != "open" and self.actions_by_name["advance"].isChecked()
        clicked = self.by_button.clicked  # read now: the write below runs the event loop
        # where to go next, in the list as it is now: the decision may take the
        # finding out of a filtered list, and the list then moves on by itself
        deciding = self._selected
        after = self._neighbour(+1, only_open=advance) or self._neighbour(-1, only_open=advance)
        same = self._same_correction(self._selected) if status == "verified" else []
        if len(chosen) > 1 or same:
            self._set_status_of_all(
                chosen if len(chosen) > 1 else [self._selected, *same], status, label
            )
        else:
            fields = self._settling(self._selected, status)
            self.change_review(self._selected, fields, f"Mark {label}", "")
        if not self.visible(deciding) and after:
            self.select(after)  # shown selected, never a silent neighbour
        elif asks:  # stays: the correction it asks for is written here
            ask_correction.ask(self)
        elif advance and not clicked:  # the keys: the note came first
            self._go(+1, only_open=True)
        elif clicked and status != "open":  # decide, then explain (user trial 48)
            self.panel.note.setFocus()
            keys = self.actions_by_name["next_open"].shortcut().toString()
            self.statusBar().showMessage(f"Marked {label}: {stay_words(keys)}", 8000)
        # typing next, where no box takes it, is its note (trial 50: decide, then type why)
        takes_note = not asks and not clicked and status != "open" and len(chosen) <= 1
        self.typed_after.decided(deciding if takes_note else "", label)
        self._say_what_was_left_open(deciding)

    def _same_correction(self, ident: str) -> list[str]:
        """Other findings where the same correction (article and words) looks
        made: one edit makes it on every pair it was asked on, so confirming it
        once confirms them all (trial 25 confirmed the pair no longer found and
        still had to confirm the pair the edit left)."""
        row = self.session.row(ident)
        if row is None or not row.corrected:
            return []
        asked = {
            (m.correct_article, m.correction)
            for m in row.members
            if m.status == "needs-correction" and m.correct_article in row.corrected
        }
        return [
            r.id
            for r in self.session.rows
            if r.id != ident
            and any(
                m.status == "needs-correction" and (m.correct_article, m.correction) in asked
                for m in r.members
                if m.correct_article in r.corrected
            )
        ]

    def _settling(self, ident: str, status: str) -> dict[str, Any]:
        """Verified or dismissed asks no article to correct anything: a pending
        correction and article to correct are set aside, as on the command
        line (undo brings them back; trial 21: after Dismiss the panel still
        read "Correct in: 30_3" with the correction under it)."""
        if status not in SETTLED:
            return {"status": status}
        current = self.session.review_fields(ident)
        if not (current.get("correction") or current.get("article")):
            return {"status": status}
        return {"status": status, "correction": "", "article": ""}

    def _neighbour(self, step: int, only_open: bool, wrap: bool = False) -> str:
        """The id of the next (or previous) row after the current one in the
        list's order, open ones only if asked, going round the end with
        ``wrap`` ("" when there is none)."""
        current = self.table.currentIndex()
        n = self.proxy.rowCount()
        start = current.row() if current.isValid() else (-1 if step > 0 else n)
        for k in range(1, n + 1):
            row = start + step * k
            if not wrap and not 0 <= row < n:
                break
            ident = self.proxy.index(row % n, 0).data(ID_ROLE)
            flag = self.session.row(ident)
            if not only_open or (flag is not None and flag.needs_review):
                return ident
        return ""

    def chosen_ids(self) -> list[str]:
        """The findings selected in the list (several with Ctrl or Shift), in its order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ID_ROLE) for i in rows if i.data(ID_ROLE)]

    def _set_status_of_all(self, chosen: list[str], status: str, label: str) -> None:
        """One decision for every selected finding, undone as one step. A
        finding with no version standing out is left out of 'needs correction'
        (it needs its article chosen first, as for one finding)."""
        skipped = [i for i in chosen if status == "needs-correction" and self._tie(i)]
        doing = [i for i in chosen if i not in skipped]
        self.undo_stack.beginMacro(f"Mark {label} ({len(doing)} findings)")
        self._many = True  # the list keeps its selection while each is written
        try:
            for ident in doing:
                self.change_review(ident, self._settling(ident, status), f"Mark {label}", "")
        finally:
            self._many = False
            self.undo_stack.endMacro()
        said = f"Marked {len(doing)} findings {label}; Ctrl+Z undoes all of them"
        if skipped:
            said += f" ({len(skipped)} left out: choose the article to correct first)"
        self.statusBar().showMessage(said, 8000)

    def act_verified(self) -> None:
        self.set_status("verified")

    def act_disputed(self) -> None:
        self.set_status("disputed")

    def act_needs_correction(self) -> None:
        if len(self.chosen_ids()) < 2 and self._no_article_to_correct():
            # the list to choose from, opened, and a word in the status bar; no
            # red bar (user trial 48: Ctrl+3 showed an error, not the choice)
            self.panel.article.ask()  # typing meanwhile is held: held_typing.py
            self.typed_after.decided("")  # ... for the Correction box, not an earlier note
            self.act_edit_article()
            self.statusBar().showMessage(NO_ARTICLE_YET, 15000)
            return
        self.messages.withdraw(NO_ARTICLE_YET)  # answered: it no longer covers the columns
        self.set_status("needs-correction")

    def _no_article_to_correct(self) -> bool:
        """Needs correction, "(not said)", on a finding of more than one version
        and no article chosen before: the default (the less supported versions)
        would be a guess, and trial 45's asked a right article to correct
        itself; asked instead, as the command line refuses it."""
        if self.panel.article.currentData():
            return False
        return self._tie(self._selected)

    def _tie(self, ident: str) -> bool:
        log = self.session.log
        if log is None or not ident or not ident.startswith("F"):
            return False
        found = next((f for f in log.findings() if f.id == ident), None)
        return found is not None and article_to_name(found)

    def act_dismissed(self) -> None:
        self.set_status("dismissed")

    def act_reopen(self) -> None:
        self.set_status("open")

    def act_advance(self, checked: bool) -> None:
        settings.put(settings.ADVANCE_AFTER_DECIDING, checked)

    def _set_reviewer(self, name: str) -> None:
        settings.put(settings.REVIEWER, name)
        if name.strip() and (said := getattr(self, "_signer_message", "")):
            self.messages.withdraw(said)  # answered (trial 24: it stayed, over the columns)

    def _name_chosen(self) -> bool:
        """Whether the editor gave a name (saved, or in the environment)."""
        return settings.store().contains(settings.REVIEWER.key) or bool(settings.from_environment())

    def _must_ask(self, reviewer: str) -> bool:
        """Who signs is still to be asked this session: a system account
        ("root") no one chose."""
        asked = getattr(self, "_signer_asked", False) or self._name_chosen()
        return not asked and settings.is_system_account(reviewer)

    def _ask_at_open(self) -> None:
        """Who signs, asked of a system account when the window first shows (trial
        33: asked by a save mid-note, the rest of the note signed the decision)."""
        self._signer(self.panel.reviewer.text().strip())  # the keyboard: focus_return.py

    def _signer(self, reviewer: str) -> str:
        """Before the first change of a session signed with a system account
        ("root") no one chose, ask once who is deciding (trial 26: decisions
        were signed "root" and only said so afterwards). Declined: the
        account's name, and the notice says where to change it."""
        if not self._must_ask(reviewer):
            return reviewer
        self._signer_asked = True
        name = ask_signer(self, reviewer).strip()
        if not name or name == reviewer:
            return reviewer
        self.panel.reviewer.setText(name)
        self._set_reviewer(name)  # saved: the editor's choice from now on
        return name

    def _say_who_signs(self, reviewer: str) -> None:
        """Once a session, when a decision is about to be signed with the
        login name no one chose (a shared desk machine signed every editor's
        work "root" without a word: fresh trial), say so where to change it."""
        if getattr(self, "_signer_said", False) or self._name_chosen():
            return
        self._signer_said = True
        who = f"“{reviewer}”, this computer's login name" if reviewer else "no name"
        self._signer_message = (
            f"Decisions are signed {who}: type your name under Reviewer to sign them as you"
        )
        self.messages.show_message(self._signer_message, False)

    def act_undo(self) -> None:
        self.panel.commit_pending()
        ask_correction.stepping(self, "Undone", self.undo_stack.undoText(), self.undo_stack.undo)

    def act_redo(self) -> None:
        ask_correction.stepping(self, "Redone", self.undo_stack.redoText(), self.undo_stack.redo)

    def _step(self, done: str, text: str, step: Callable[[], None]) -> None:
        """Undo or redo, and say what it did (trial 22: undoing 'Add 4
        articles' took four columns away without a word) only when it did
        it: a step refused (the decision was changed elsewhere since) or not
        written says so in the message bar, and the status bar read
        "Undone: Mark verified" beside "Mark verified not undone" (trial 29)."""
        refused: list[str] = []

        def heard(message: str) -> None:
            refused.append(message)

        self.session.failed.connect(heard)
        try:
            step()
        finally:
            self.session.failed.disconnect(heard)
        if text and not refused:
            self.statusBar().showMessage(f"{done}: {text}", 6000)
        elif text:
            self.statusBar().clearMessage()

    def act_find(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def act_edit_note(self) -> None:
        self._type_at_the_end(self.panel.note)

    def act_edit_correction(self) -> None:
        self._type_at_the_end(self.panel.correction)

    def _type_at_the_end(self, field) -> None:
        """Focus a text field with the cursor after what it holds: at its
        start, new words were glued in front of an existing note (trial 22)."""
        self.panel.ensureWidgetVisible(field)
        field.setFocus()
        field.moveCursor(QTextCursor.MoveOperation.End)

    def act_withdraw_correction(self) -> None:
        owed_articles.withdraw(self)

    def act_edit_article(self) -> None:
        self.panel.ensureWidgetVisible(self.panel.article)
        self.panel.article.setFocus()
        self.panel.article.showPopup()

    # -- navigation -----------------------------------------------------------------
    def _go(self, step: int, only_open: bool = False) -> bool:
        """Move the selection in the table's order (as sorted and filtered)."""
        if not self.proxy.rowCount():
            return False
        ident = self._neighbour(step, only_open, wrap=only_open)
        if ident and ident != self._selected:
            self.select(ident)
            return True
        if only_open and not ident:
            left = lambda: not self._neighbour(+1, only_open=True, wrap=True)  # noqa: E731
            self.say_while("No open findings left", left, 4000)
        return False

    def act_next(self) -> None:
        self._go(+1)

    def act_previous(self) -> None:
        self._go(-1)

    def act_next_open(self) -> None:
        self._go(+1, only_open=True)

    def act_previous_open(self) -> None:
        self._go(-1, only_open=True)
