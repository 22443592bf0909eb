"""The main window: columns on top, discrepancy list and review panel below.

A thin shell: the session owns the review log and the analysis, the models
adapt its lists, undo commands call its store method. The window wires them
together, keeps the selection in step across views, and shows every error
as a message bar instead of a traceback or a modal dialog.

Its parts are mixins: ``window_files`` (opening, saving, exporting),
``window_selection`` (selection and highlights), ``window_review``
(decisions, navigation), ``window_articles`` (an article's date, removal),
``window_state`` (the layout kept between sessions) and ``window_help``
(appearance, help).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..findings.brief import published_on
from ..naming import labels as article_labels
from . import (
    appearance,
    ask_correction,
    correction_for,
    list_sort,
    notices,
    resources,
    settings,
    steps,
)
from .actions import ACTIONS, MENUS, STATUS_ACTIONS, ActionSpec
from .columns import ColumnsArea
from .decide_by_button import ButtonDecisions
from .filter_bar import filter_bar
from .focus_return import FocusReturn
from .jump import JumpMixin
from .list_fit import ValueFit
from .message_bar import MessageBar
from .models import DiscrepancyFilter, DiscrepancyTableModel
from .plaintext import menu_text, plain_label, plain_tooltip
from .review_panel import ReviewPanel
from .rows import counts_text, left_out_text
from .session import ReviewSession
from .status_bar import ElidingStatusBar
from .steps import StepStack
from .tasks import TaskRunner
from .typed_after_deciding import TypedAfterDeciding
from .window_articles import ArticlesMixin
from .window_coverage import CoverageMixin
from .window_files import FilesMixin
from .window_help import HelpMixin
from .window_links import LinksMixin
from .window_review import ReviewMixin
from .window_selection import SelectionMixin
from .window_state import WindowStateMixin
from .window_sync import ScrollSyncMixin


class MainWindow(
    FilesMixin,
    SelectionMixin,
    ReviewMixin,
    ArticlesMixin,
    HelpMixin,
    ScrollSyncMixin,
    LinksMixin,
    CoverageMixin,
    JumpMixin,
    WindowStateMixin,
    QMainWindow,
):
    """The window; its parts live in the window_* mixins."""

    def __init__(self, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Claim Workbench")
        self.setAcceptDrops(True)
        self.setMinimumSize(800, 560)  # below this the panel and columns stop being usable
        self.runner = runner or TaskRunner(self)
        self.session = ReviewSession(self.runner, self)
        self.undo_stack = StepStack(self)
        self.actions_by_name: dict[str, QAction] = {}
        self._selected = ""
        self._many = False  # one decision on several findings is being written
        self._selected_members: set[str] = set()
        self._dark = False
        self._labels: dict[str, str] = {}

        self.messages = MessageBar()
        self.columns = ColumnsArea()
        self.table_model = DiscrepancyTableModel(self)
        self.proxy = DiscrepancyFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self._build_table()

        self._build_actions()
        self.panel = ReviewPanel(
            {name: self.actions_by_name[name] for name in STATUS_ACTIONS}, self
        )
        # a decision clicked stays on its finding for its note; the keys move on
        self.by_button = ButtonDecisions(self.panel.buttons.values(), self.panel)
        self.typed_after = TypedAfterDeciding(self)  # typing after the keys: its note
        self.panel.changeRequested.connect(self.change_review)
        self.panel.reviewerChanged.connect(self._set_reviewer)
        self.panel.conflictsChanged.connect(self._conflicts_changed)
        self.panel.bothKept.connect(self._both_kept)
        ask_correction.wire(self)  # the article asked for, and typing meanwhile
        correction_for.attach(self)  # one Correction box per article owed
        self.panel.article_text = self._article_text  # where a flag's value stands
        self.panel.article_date = lambda a: published_on(self.session.articles, a)  # trial 49
        self.panel.reviewer.setText(settings.reviewer())
        self.session.signer = lambda: self.panel.reviewer.text().strip()  # dates, as decisions

        self._build_layout()
        self._connect_signals()
        self.session.changed.connect(self._refresh_coverage)  # after _refresh: labels
        self._apply_appearance(settings.get(settings.APPEARANCE))
        self._restore_state()
        list_sort.watch(self, self.table)  # after the sort restored: the editor's own are said
        self._update_actions()
        self._refresh()
        # the keyboard back where the editor was when a prompt closes (trial: Ctrl+1
        # did nothing after the reviewer-name prompt until the list was clicked)
        self.focus_return = FocusReturn(self, self._keyboard_home)

    def _keyboard_home(self) -> QWidget:
        """Where the keys go when the editor's widget cannot take them: the list shown."""
        return self.coverage.view if self.list_tabs.currentIndex() == 1 else self.table

    # -- construction -------------------------------------------------------------
    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several findings (Ctrl/Shift) take one decision at once, undone as one step
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        appearance.dress_table(self.table)  # no grid, sensible widths, Sources stretches
        self.value_fit = ValueFit(self.table)  # values whole, Sources gives up the room
        # Tab leaves the list for the review panel, as in any form; moving
        # between cells with Tab changed the selected flag at a row's end.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName("Discrepancies")

    def _build_layout(self) -> None:
        """Columns on top; the list and the review panel below; messages in a
        row of their own under them (never over text)."""
        filters = self._build_filters()
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)

        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setObjectName("bottomSplitter")
        self.bottom.addWidget(self._with_coverage_tab(list_box))
        self.bottom.addWidget(self.panel)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Vertical)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.columns)
        self.main_split.addWidget(self.bottom)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.main_split, 1)
        # below the list, over the status bar: the columns' text and headers
        # do not move when a message comes or goes
        layout.addWidget(self.messages)
        self.setCentralWidget(central)
        self._build_status_bar()

    def _connect_signals(self) -> None:
        """Views follow the session; the undo stack names its next step."""
        self.columns.columnsAdded.connect(self._columns_added)
        self.session.changed.connect(self._refresh)
        self.session.analysisStarted.connect(self._analysis_started)
        self.session.analysisFinished.connect(self._analysis_finished)
        self.session.progress.connect(self._progress)
        self.session.failed.connect(
            lambda m: self.messages.show_message(m, True, about=notices.about_failure(m))
        )
        self.session.info.connect(self._note)
        self.session.done.connect(lambda m: self.messages.show_message(m, False, done=True))
        self.session.withdrawn.connect(self.messages.withdraw)
        self.session.analysisFinished.connect(self._withdraw_notes_of_gone_articles)
        self.session.logChanged.connect(self._log_changed)
        self.session.reviewed.connect(self._reviewed)  # undo/redo: the flag into view
        self.session.articlesAdded.connect(self._articles_added)
        self.session.articlesReplaced.connect(self._undo_history_stale)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for again in (self.table.clicked, self.table.activated):  # the selected row again
            again.connect(self._row_again)
        steps.wire(self)  # what the last step said goes when the next begins
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.actions_by_name["undo"].setText(f"&Undo {menu_text(t)}".strip())
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.actions_by_name["redo"].setText(f"&Redo {menu_text(t)}".strip())
        )
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._appearance())

    def _build_actions(self) -> None:
        menus = {name: self.menuBar().addMenu(f"&{name}") for name in MENUS}
        groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            action = self._make_action(spec)
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            if spec.name == "open_log":
                self.recent_menu = QMenu("Open &recent", self)
                menu.addMenu(self.recent_menu)
                self.recent_menu.aboutToShow.connect(self._fill_recent)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
        self.actions_by_name["advance"].setChecked(settings.get(settings.ADVANCE_AFTER_DECIDING))
        self.actions_by_name["scroll_together"].setChecked(True)
        self.actions_by_name["scroll_together"].toggled.connect(self.columns.ends.set_together)
        tools = self.addToolBar("Main")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        for name in (
            "add_articles",
            "export_report",
            None,
            "previous",
            "next",
            "next_open",
            None,  # the status buttons live in the review panel
            "undo",
            "redo",
        ):
            if name is None:
                tools.addSeparator()
            else:
                tools.addAction(self.actions_by_name[name])

    def _make_action(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            keys = ", ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                for s in spec.shortcuts
            )
            action.setToolTip(f"{spec.tip or spec.text.replace('&', '')} ({keys})")
        elif spec.tip:
            action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        action.setCheckable(spec.checkable)
        if spec.name in STATUS_ACTIONS:
            action.setIcon(resources.status_icon(STATUS_ACTIONS[spec.name]))
        action.triggered.connect(getattr(self, f"act_{spec.name}"))
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        self.actions_by_name[spec.name] = action
        return action

    def _build_filters(self) -> QHBoxLayout:
        return filter_bar(self)

    def _build_status_bar(self) -> None:
        bar = ElidingStatusBar(self)
        self.setStatusBar(bar)
        self.counts = plain_label(QLabel())
        self.log_label = plain_label(QLabel())
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(220)  # one line of file name, never squeezed
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.act_cancel)
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(self.log_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self._fetch_text = ""  # pages being fetched, shown in the bar while they are

    # -- analysis -----------------------------------------------------------------
    def _analysis_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat("Analysing…")
        self.progress.show()
        self.columns.show_busy(True)
        self.cancel_button.show()
        self._update_actions()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total <= 0:  # a stage of unknown length: the bar shows it is busy
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        # the message names a file; %p, %v and %m in it would be replaced by
        # numbers (QProgressBar has no escape for "%"): an invisible word
        # joiner after each "%" keeps the name as it is. Cut to one line of the
        # bar (a trial saw "Reading / 27_9ecb.txt" wrap inside it); the whole
        # message is its tooltip
        room = self.progress.maximumWidth() - 16  # its width before it is first laid out
        shown = self.progress.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, room)
        self.progress.setFormat(shown.replace("%", "%\u2060"))
        self.progress.setToolTip(message)

    def _analysis_finished(self) -> None:
        self.columns.show_busy(False)
        self._progress_after_analysis()
        self.cancel_button.hide()
        self._update_actions()  # the views already followed the session's `changed`
        if self._selected:
            self.select(self._selected)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self.focusWidget() in (None, self.columns):  # first start: the keys to the list
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def act_cancel(self) -> None:
        self._cancel_or_close_help()

    def act_rerun(self) -> None:
        self.session.rerun()

    def _log_changed(self, path: str) -> None:
        if path:  # on the writer, in order: QSettings syncs its file to the disk (issue 14)
            remember = partial(settings.remember_recent, str(Path(os.path.realpath(path))))
            self.runner.writer.submit(remember, on_result=_nothing, on_error=_nothing)
        self.log_label.setText(f"Review log: {path}" if path else "No review log")
        self.log_label.setToolTip(plain_tooltip(path))
        name = Path(path).name if path else ""
        self.setWindowTitle(f"{name} — Claim Workbench" if name else "Claim Workbench")
        self._selected = ""
        self._withdraw_date_messages()  # they spoke of the review closed
        self.messages.withdraw_lasting(notices.REVIEW_LOG)  # which log and why: another now

    # -- refreshing views ----------------------------------------------------------
    def _refresh(self) -> None:
        """Views follow the session after every write or analysis."""
        s = self.session
        self._labels = article_labels(s.articles) if s.articles else {}
        for r in s.rows:  # orphaned rows name articles that may be gone
            for side in r.sides:
                self._labels.setdefault(side.article, side.article)
        self.table_model.dark = self._dark
        self.table_model.set_rows(s.rows, self._labels)
        kinds = sorted({r.kind for r in s.rows})
        current = self.filter_kind.currentData()
        if [self.filter_kind.itemData(i) for i in range(1, self.filter_kind.count())] != kinds:
            self.filter_kind.blockSignals(True)
            self.filter_kind.clear()
            self.filter_kind.addItem("All kinds", "")
            for k in kinds:
                self.filter_kind.addItem(k.capitalize(), k)
            self.filter_kind.setCurrentIndex(max(self.filter_kind.findData(current), 0))
            self.filter_kind.blockSignals(False)
        self.columns.set_articles(s.articles)
        self._name_columns()
        if self._selected and s.row(self._selected) is None:
            self._selected = self._successor(s.rows)
        self._paint_highlights()
        self._level_if_moved()
        self._show_panel()
        self._update_counts()
        self._update_actions()

    def _successor(self, rows) -> str:
        """A re-analysis (a date edit, a link, an undo) renamed the selected
        finding: the one that now holds most of its discrepancies, so the
        editor keeps their place instead of going back to the first."""
        held = self._selected_members
        best = max(rows, key=lambda r: len(held & {m.id for m in r.members}), default=None)
        if best is None or not held & {m.id for m in best.members}:
            return ""
        self._selected_members = {m.id for m in best.members}
        return best.id

    def _columns_added(self) -> None:
        for column in self.columns.columns:
            if column.property("wired"):
                continue
            column.setProperty("wired", True)
            column.claimClicked.connect(self._claim_clicked)
            column.dateChanged.connect(self._date_changed)
            column.dateInvalid.connect(partial(self._date_invalid, column))
            column.removeRequested.connect(self._remove_article)
            self._wire_sync(column)
            self._wire_jump(column)  # its header line goes to its sentence
            self._wire_links(column)  # right-click: link or unlink a sentence
        self._name_columns()
        self._paint_highlights()
        if not self.columns.building():
            self._scroll_to_selected()

    def _update_counts(self) -> None:
        rows, shown = self.session.rows, self.proxy.rowCount()
        text = counts_text(rows, len(self.session.articles), shown)
        self.counts.setText(text + left_out_text(self.session.left_out))
        self.recheck_said()  # a status message on the state just changed

    def _update_actions(self) -> None:
        has_row = bool(self._selected)
        for name in STATUS_ACTIONS:
            self.actions_by_name[name].setEnabled(has_row)
        for name in ("edit_note", "edit_correction", "edit_article", "withdraw_correction"):
            self.actions_by_name[name].setEnabled(has_row)
        has_log = self.session.log is not None
        self.actions_by_name["export_report"].setEnabled(has_log)
        self.actions_by_name["save_log_as"].setEnabled(has_log)
        busy = self.session.busy()
        self.actions_by_name["cancel"].setEnabled(busy or self._help_open())
        self.actions_by_name["rerun"].setEnabled(bool(self.session.articles) and not busy)
        self.actions_by_name["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(self.undo_stack.canRedo())

    def _filter(self, **values: str) -> None:
        before = self._selected
        self.proxy.set_filter(**values)
        if before and not self.visible(before):
            # the list moved its current row to a neighbour without showing it
            # selected, and a decision then went to that finding (fresh window
            # trial): nothing is selected until the editor picks a row
            self.table.selectionModel().clear()
        self._update_counts()

    def visible(self, ident: str) -> bool:
        """Whether the filters let ``ident``'s row be seen in the list."""
        row = self.table_model.row_of(ident)
        return row >= 0 and self.proxy.mapFromSource(self.table_model.index(row, 0)).isValid()

    def _reviewed(self, ident: str) -> None:
        """A decision was written: an undo on another finding shows it; a
        finding the decision took out of the filtered list leaves the filter
        as the editor set it (it was cleared: fresh window trial)."""
        if ident == self._selected or self._many or not self.visible(ident):
            return
        self.select(ident)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.commit_pending(leaving=True)  # typing not yet saved is saved, not lost
        reviewer = self.panel.reviewer.text().strip()
        if reviewer and reviewer != settings.from_environment():  # typed, not the variable's
            settings.put(settings.REVIEWER, reviewer)
        self.save_window_state()
        self.session.cancel()
        self.runner.shutdown()
        if (log := self.session.log) is not None:  # signals still queued read no closed log
            self.session.log = None
            log.close()
        super().closeEvent(event)


def _nothing(_value: object) -> None:
    """A recent-logs list that could not be written is no error to show."""
