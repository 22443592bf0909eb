"""The review panel: what the selected discrepancy is, and the editor's decision.

It shows both sentences with the values highlighted, the normalised values,
the explanation, and edits status, note, proposed correction and the
article to correct. It never writes the log itself: it asks the window to
push an undoable change, so every edit is one transaction and one undo step.

A note or correction is saved as the editor types, so each save says what
the text was when the panel loaded it. If the log holds something else by
then (the command line or another window wrote it), the save is refused:
the panel keeps the editor's typing and shows the other text above it.
Typing on, or moving on (another flag, another log, closing), keeps both:
the other text, then the typing (``other_writer``): nothing is ever saved
over another writer's text unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..store import HistoryEntry
from ..text import offset_in
from . import other_writer
from .field_undo import undo_is_the_windows
from .held_typing import ArticleAsked
from .models import HistoryModel
from .panel_text import (
    all_versions,
    explained,
    heading,
    highlighted_sentence,
    other_sentences,
    versions_worth_showing,
)
from .plaintext import plain_label
from .rows import FindingRow, several
from .states import STATUS_LABELS

# a pause in typing saves the note: short, so a note typed just before a crash is
# kept (trial 22 lost one killed 0.5 s after typing); edits in a row merge into one undo step
TEXT_COMMIT_MS = 300
# ... and typing without a pause is saved at least this often (trial 25 typed for
# seven seconds without pausing and lost it all to a kill: each key restarted the wait)
TEXT_MAX_WAIT_MS = 1000
NEEDS = "needs-correction"


class ReviewPanel(QScrollArea):
    """Shows one discrepancy; emits ``changeRequested`` for every edit."""

    # discrepancy id, fields, undo text, merge key ("" = its own undo step),
    # expected: the stored values the edit started from ({} = no check)
    changeRequested = Signal(str, dict, str, str, dict)
    reviewerChanged = Signal(str)
    # the fields whose save another writer refused, after each change of them
    conflictsChanged = Signal(list)
    bothKept = Signal(str)  # typing on kept another writer's text and the editor's
    # the article asked for was picked (held_typing.py): what was typed meanwhile
    articleAnswered = Signal(str)
    heldDropped = Signal(str)  # ... or the question ended unanswered: what was typed

    def __init__(self, status_actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # wrap rather than scroll sideways: sentences must be read whole
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ident = ""
        self._labels: dict[str, str] = {}
        # an article's text by id (the window's): where a flag's value stands
        self.article_text: Callable[[str], str] = lambda _article: ""
        self._loading = False
        # what the log held when each text editor last matched it
        self._base = {"note": "", "correction": ""}
        # refused saves: field -> the text the log has instead of the typing
        self._conflicts: dict[str, str] = {}
        # fields whose text in the box was saved before the log's changed
        # (trial 26: told "not saved yet" of a note its history showed saved)
        self._saved_mine: set[str] = set()
        self._leaving = False  # saving because the panel moves on
        self._merging = False
        body = QWidget()
        self.setWidget(body)
        self.heading = QLabel("Select a finding to review it.")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        grid = self._build_sides()
        buttons = self._build_buttons(status_actions)
        decision, record = self._build_form()

        # The decision comes first, then what it is about: at 1280×800 the
        # panel is ~300 px tall, and the buttons, status, article to correct
        # and note must show without scrolling (the sentences are also in
        # the columns above, highlighted); the rest scrolls below.
        layout = QVBoxLayout(body)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addLayout(decision)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addLayout(record)
        layout.addStretch(1)
        self.set_discrepancy(None, {}, [], False)

    # -- construction -------------------------------------------------------------
    def _build_sides(self) -> QVBoxLayout:
        """The two sides' sources, sentences and values, and the explanation."""
        self.sides = [QLabel(), QLabel()]
        self.sources = [QLabel(), QLabel()]
        self.values = [QLabel(), QLabel()]
        grid = QVBoxLayout()
        grid.setSpacing(2)
        for i in range(2):
            self.sources[i].setTextFormat(Qt.TextFormat.PlainText)
            font = self.sources[i].font()
            font.setBold(True)
            self.sources[i].setFont(font)
            for label in (self.sides[i], self.values[i]):
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sides[i].setTextFormat(Qt.TextFormat.RichText)
            self.values[i].setTextFormat(Qt.TextFormat.PlainText)
            self.values[i].setIndent(12)
            grid.addWidget(self.sources[i])
            grid.addWidget(self.sides[i])
            grid.addWidget(self.values[i])
            grid.addSpacing(4)
        # a finding of three versions or more: all of them, with their sources
        # (fresh window trial: the panel showed two and the third was only in
        # a tooltip)
        self.versions = plain_label(QLabel())
        self.versions.setWordWrap(True)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setObjectName("versions")
        grid.addWidget(self.versions)
        self.others = QLabel()  # every other source's sentence: one finding read whole
        self.others.setTextFormat(Qt.TextFormat.RichText)
        self.others.setWordWrap(True)
        self.others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others.setObjectName("others")
        grid.addWidget(self.others)
        # the explanation quotes both articles' values: plain text
        self.explanation = plain_label(QLabel())
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setObjectName("explanation")
        return grid

    def _build_buttons(self, status_actions: dict[str, QAction]) -> QGridLayout:
        buttons = QGridLayout()  # two rows: the panel is narrow at 1280 px
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for i, (name, action) in enumerate(status_actions.items()):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, i // 3, i % 3)
            self.buttons[name] = button
        return buttons

    def _build_form(self) -> tuple[QFormLayout, QFormLayout]:
        """Status and article to correct, note, correction; then reviewer and history."""
        self.status = plain_label(QLabel())
        self.article = ArticleAsked()
        self.article.setToolTip("Which article needs the correction")
        self.article.currentIndexChanged.connect(self._article_chosen)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Note for other editors (saved as you type)")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(60)
        self.correction = QPlainTextEdit()
        self.correction.setPlaceholderText("Proposed correction, as it should read")
        self.correction.setTabChangesFocus(True)
        self.correction.setMaximumHeight(44)
        self._undo_keys = undo_is_the_windows(self.note, self.correction)
        self.conflict = plain_label(QLabel())
        self.conflict.setObjectName("conflict")
        self.conflict.setWordWrap(True)
        self.conflict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict.hide()
        # a decision whose verdict changed since, or pairs it does not cover
        self.again = plain_label(QLabel())
        self.again.setObjectName("lookAgain")
        self.again.setWordWrap(True)
        self.again.hide()
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText("your name, saved with every decision")
        self.reviewer.editingFinished.connect(
            lambda: self.reviewerChanged.emit(self.reviewer.text().strip())
        )
        self.history_model = HistoryModel(self)
        self.history = QListView()
        self.history.setModel(self.history_model)
        self.history.setMaximumHeight(90)
        self.history.setWordWrap(True)

        self._timers: dict[str, QTimer] = {}
        self._longest: dict[str, QTimer] = {}  # the most a burst of typing waits
        for field, editor in (("note", self.note), ("correction", self.correction)):
            timer, longest = QTimer(self), QTimer(self)
            for t, ms in ((timer, TEXT_COMMIT_MS), (longest, TEXT_MAX_WAIT_MS)):
                t.setSingleShot(True)
                t.setInterval(ms)
            timer.timeout.connect(self._committer(field))
            longest.timeout.connect(self._committer(field, only_pending=True))
            self._timers[field], self._longest[field] = timer, longest
            editor.textChanged.connect(timer.start)
            editor.textChanged.connect(partial(_start_unless_running, longest))

        status_row = QHBoxLayout()  # one row: the panel is short at 1280×800
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        correct_in = QLabel("Correct &in:")
        correct_in.setBuddy(self.article)
        status_row.addWidget(correct_in)
        status_row.addWidget(self.article, 2)
        decision = QFormLayout()
        decision.addRow("Status:", status_row)
        decision.addRow("", self.again)
        decision.addRow("&Note:", self.note)
        decision.addRow("Co&rrection:", self.correction)
        decision.addRow("", self.conflict)
        record = QFormLayout()
        record.addRow("Reviewer:", self.reviewer)
        record.addRow("History:", self.history)
        return decision, record

    # -- showing ------------------------------------------------------------------
    def set_discrepancy(
        self,
        row: FindingRow | None,
        labels: dict[str, str],
        history: list[HistoryEntry],
        dark: bool,
        elsewhere: bool = False,
    ) -> None:
        """Show a discrepancy (or none). Pending typing is saved first.
        ``elsewhere``: the log was changed by another window or the command
        line, not by this editor."""
        ident = row.id if row else ""
        if ident != self.ident:
            if held := self.article.stop():  # the question was about the finding left
                self.heldDropped.emit(held)
            self.commit_pending(leaving=True)
            self._conflicts.clear()
            self._show_conflicts()
            # another finding: its decision controls in view again (a fresh
            # window trial's click meant for 'Correct in' hit the history)
            self.verticalScrollBar().setValue(0)
        self._loading = True
        try:
            self.ident = ident
            self._labels = labels
            enabled = row is not None
            for w in (self.note, self.correction, self.article):
                w.setEnabled(enabled)
            if row is None:
                self._show_none()
                return
            self.heading.setText(heading(row, dark))
            mark = "#ffd24d"
            for i, side in enumerate(row.sides[:2]):  # the pair that shows the difference
                self.sources[i].setText(labels.get(side.article, side.article))
                self.sides[i].setText(
                    highlighted_sentence(
                        side.claim_text or side.text,
                        side.text,
                        mark,
                        offset_in(self.article_text(side.article), side.claim_text, side.start),
                    )
                )
                self.values[i].setText("→ " + side.normalized)
                self.values[i].setToolTip("The value after normalisation")
            self.explanation.setText(explained(row, labels, getattr(self, "article_date", None)))
            self.explanation.show()
            warn = " ⚠" if row.decided_under or row.strays or row.corrected or row.joined else ""
            self.status.setText(STATUS_LABELS.get(row.status, row.status) + warn)
            self.again.setText(row.look_again)
            self.again.setVisible(bool(row.look_again))
            self.versions.setText(all_versions(row, labels))
            self.versions.setVisible(versions_worth_showing(row))
            self.others.setText(other_sentences(row, labels, mark, self.article_text))
            self.others.setVisible(bool(self.others.text()))
            for field, editor in (("note", self.note), ("correction", self.correction)):
                self._load_text(field, editor, getattr(row, field) or "", elsewhere)
            self.article.clear()
            self.article.addItem("(not said)", "")
            for article in dict.fromkeys(side.article for side in row.sides):
                self.article.addItem(labels.get(article, article), article)
            self._add_groups(row, labels)
            at = self.article.findData(row.correct_article or "")
            self.article.setCurrentIndex(max(at, 0))
            self.history_model.set_entries(history)
            self.history.scrollToTop()  # the newest decision first, in sight
        finally:
            self._loading = False

    def _show_none(self) -> None:
        self.heading.setText("Select a finding to review it.")
        for label in (*self.sides, *self.sources, *self.values, self.explanation, self.others):
            label.clear()
        for label in (self.explanation, self.again, self.versions, self.others):
            label.hide()
        self.status.clear()
        self._set_text(self.note, "")
        self._set_text(self.correction, "")
        self.article.clear()
        self.history_model.set_entries([])

    def _add_groups(self, row: FindingRow, labels: dict[str, str]) -> None:
        """Beside each source, every source stating one version together (a
        fresh window trial: two reports printed the same wrong quote and only
        one could be named), and a set chosen elsewhere (the command line)."""
        offered = set()
        for value, sources in row.version_sources:
            if len(sources) > 1:
                named = ", ".join(labels.get(a, a) for a in sorted(sources))
                key = several(sources)
                offered.add(key)
                self.article.addItem(f"All stating ‘{value}’: {named}", key)
        chosen = row.correct_article or ""
        if "\n" in chosen and chosen not in offered:
            self.article.addItem(", ".join(labels.get(a, a) for a in chosen.split("\n")), chosen)

    def _load_text(self, field: str, editor: QPlainTextEdit, stored: str, elsewhere: bool) -> None:
        """Show what the log holds for ``field`` without losing the editor's typing."""
        if field in self._conflicts:
            # a refused save: keep the typing, show what the log has now (or,
            # when the log has the typing's very words, there is nothing to settle)
            if stored == editor.toPlainText():
                del self._conflicts[field]
                self._base[field] = stored
                self._show_conflicts()
            elif stored != self._conflicts[field]:
                self._conflicts[field] = self._base[field] = stored
                self._show_conflicts()
        elif editor.toPlainText() == stored:
            self._base[field] = stored
        elif self._timers[field].isActive():
            # never overwrite typing still waiting to be saved (its base stays
            # the text it started from, so a change made elsewhere meanwhile is
            # noticed when it is saved)
            return
        elif elsewhere and editor.hasFocus() and editor.toPlainText().strip():
            # written elsewhere while the editor is in this box: their text
            # above, the box left as it is (a fresh window trial: the box took
            # their text, the cursor went to its start and the next keystrokes
            # were saved spliced in front of it). Text it saved itself is
            # not "unsaved typing" (trial 26 was told so of a saved note)
            if editor.toPlainText() == self._base.get(field):
                self._saved_mine.add(field)
            self._conflicts[field] = self._base[field] = stored
            self._show_conflicts()
        else:
            self._set_text(editor, stored)
            self._base[field] = stored

    def _set_text(self, editor: QPlainTextEdit, text: str) -> None:
        field = "note" if editor is self.note else "correction"
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.blockSignals(False)
        self._timers[field].stop()

    # -- editing ------------------------------------------------------------------
    def _committer(self, field: str, only_pending: bool = False) -> Callable[[], None]:
        def commit() -> None:
            if not only_pending or self._timers[field].isActive():
                self._commit(field)

        return commit

    def _commit(self, field: str) -> None:
        self._timers[field].stop()
        self._longest[field].stop()
        if not self.ident or self._loading:
            return
        editor = self.note if field == "note" else self.correction
        if field in self._conflicts:
            # typing on after a refused save: both kept, theirs first, as the box shows
            theirs = self._conflicts[field]
            other_writer.put_before(editor, other_writer.joined(theirs, editor.toPlainText()))
            self._save_both(field)
            if field not in self._conflicts:  # not refused again (a third writer)
                self.bothKept.emit(field)
            return
        self.changeRequested.emit(
            self.ident,
            {field: editor.toPlainText()},
            f"Edit {field}",
            f"{field}:{self.ident}",
            {field: self._base[field]},
        )

    def show_conflict(self, ident: str, conflicts: dict[str, str]) -> bool:
        """A save was refused: ``conflicts`` maps each field to the text the
        log holds instead. The editor keeps its typing, unsaved, unless the
        panel is moving on: then both texts are saved together. True when
        every conflict was settled that way."""
        if ident != self.ident:
            return False
        settled = True
        for field, theirs in conflicts.items():
            if field not in self._base:
                settled = False
                continue
            self._conflicts[field] = self._base[field] = theirs
            if self._leaving and not self._merging:
                self._save_both(field)
            settled = settled and field not in self._conflicts
        self._show_conflicts()
        return settled

    def _save_both(self, field: str) -> None:
        """The text written elsewhere, then the typing: nothing is lost when
        the editor is no longer here to choose. A further conflict (a third
        writer meanwhile) is refused and left as it is."""
        theirs = self._conflicts.pop(field)
        self._show_conflicts()
        mine = (self.note if field == "note" else self.correction).toPlainText()
        self._merging = True
        try:
            self.changeRequested.emit(
                self.ident,
                {field: other_writer.joined(theirs, mine)},
                f"Keep both {field}s",
                "",
                {field: theirs},
            )
        finally:
            self._merging = False

    def _show_conflicts(self) -> None:
        self._saved_mine &= set(self._conflicts)
        lines = [
            other_writer.warning(field, theirs, field in self._saved_mine)
            for field, theirs in self._conflicts.items()
        ]
        self.conflict.setText("\n".join(lines))
        self.conflict.setVisible(bool(lines))
        self.conflictsChanged.emit(list(self._conflicts))

    def commit_pending(self, leaving: bool = False) -> None:
        """Save typing that has not been saved yet (before a status change,
        an undo or an export). ``leaving``: the panel moves on (selection
        change, another log, closing), so typing whose save was refused is
        saved after the text written elsewhere rather than dropped."""
        self._leaving = leaving
        try:
            for field, timer in self._timers.items():
                if timer.isActive():
                    self._commit(field)
                elif leaving and field in self._conflicts and self.ident:
                    self._save_both(field)
        finally:
            self._leaving = False

    def _article_chosen(self, _index: int) -> None:
        if self._loading or not self.ident:
            return
        if self.article.asking and self.article.currentData():
            # the decision asked for, in one step: never the old status with an article
            held = self.article.stop()
            fields = {"status": NEEDS, "article": self.article.currentData()}
            self.changeRequested.emit(self.ident, fields, f"Mark {STATUS_LABELS[NEEDS]}", "", {})
            self.articleAnswered.emit(held)
            return
        self.changeRequested.emit(
            self.ident, {"article": self.article.currentData() or ""}, "Choose article", "", {}
        )


def _start_unless_running(timer: QTimer) -> None:
    if not timer.isActive():
        timer.start()
