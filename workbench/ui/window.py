"""The main window: columns on top, discrepancy list and review panel below.

A thin shell: the session owns the review log and the analysis, the models
adapt its lists, undo commands call its store method. The window wires them
together, keeps the selection in step across views, and shows every error
as a message bar instead of a traceback or a modal dialog.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..files import WriteError
from ..judge import labels as article_labels
from ..store import STATUSES, StoreError
from . import appearance, export, resources, settings
from .actions import ACTIONS, MENUS, STATUS_ACTIONS, ActionSpec
from .columns import ColumnsArea, Link, Mark
from .models import ID_ROLE, DiscrepancyFilter, DiscrepancyTableModel
from .plaintext import menu_text, plain_label, plain_tooltip
from .review_panel import ReviewPanel
from .session import ReviewSession, is_review_log
from .states import LEGEND_ORDER, STATUS_LABELS, VERDICT_HELP, display_state, state_style
from .tasks import TaskRunner
from .undo import ArticlesChange, ReviewChange

SEVERITY = {"conflict": 0, "unresolved": 1, "consistent": 2, "verified": 3, "dismissed": 4}
ARTICLE_SUFFIXES = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
LOG_FILTER = "Review logs (*.sqlite *.sqlite3 *.db);;All files (*)"


class MessageBar(QFrame):
    """Errors and notices inside the window; never modal, never lost.

    Several messages in a row stack up (newest first) until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # messages quote file names and article text: plain text
        self.label = plain_label(QLabel())
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[tuple[str, bool]] = []
        self.hide()

    def show_message(self, text: str, error: bool = True) -> None:
        if self.messages and self.messages[0] == (text, error):
            return  # the same news twice in a row is said once
        self.messages.insert(0, (text, error))
        del self.messages[8:]
        self._render()

    def _render(self) -> None:
        if not self.messages:
            self.hide()
            return
        error = any(e for _t, e in self.messages)
        self.setProperty("kind", "error" if error else "info")
        self.style().unpolish(self)  # the stylesheet keys on the property
        self.style().polish(self)
        self.label.setText("\n".join(("⚠ " if e else "ℹ ") + t for t, e in self.messages))
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.messages.clear()
        self._render()


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Claim Workbench")
        self.setAcceptDrops(True)
        self.setMinimumSize(800, 560)  # below this the panel and columns stop being usable
        self.runner = runner or TaskRunner(self)
        self.session = ReviewSession(self.runner, self)
        self.undo_stack = QUndoStack(self)
        self.actions_by_name: dict[str, QAction] = {}
        self._selected = ""
        self._dark = False
        self._labels: dict[str, str] = {}

        self.messages = MessageBar()
        self.columns = ColumnsArea()
        self.table_model = DiscrepancyTableModel(self)
        self.proxy = DiscrepancyFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((62, 110, 110, 120, 112, 128, 80)):
            self.table.setColumnWidth(col, width)
        self.table.setAccessibleName("Discrepancies")

        self._build_actions()
        self.panel = ReviewPanel(
            {name: self.actions_by_name[name] for name in STATUS_ACTIONS}, self
        )
        self.panel.changeRequested.connect(self.change_review)
        self.panel.reviewerChanged.connect(self._set_reviewer)
        self.panel.reviewer.setText(settings.get(settings.REVIEWER))

        filters = self._build_filters()
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)

        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setObjectName("bottomSplitter")
        self.bottom.addWidget(list_box)
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
        layout.addWidget(self.messages)
        layout.addWidget(self.main_split, 1)
        self.setCentralWidget(central)
        self._build_status_bar()

        self.columns.columnsAdded.connect(self._columns_added)
        self.session.changed.connect(self._refresh)
        self.session.analysisStarted.connect(self._analysis_started)
        self.session.analysisFinished.connect(self._analysis_finished)
        self.session.progress.connect(self._progress)
        self.session.failed.connect(lambda m: self.messages.show_message(m, True))
        self.session.info.connect(lambda m: self.messages.show_message(m, False))
        self.session.logChanged.connect(self._log_changed)
        # undo/redo of a flag that is not selected brings it into view
        self.session.reviewed.connect(lambda ident: ident == self._selected or self.select(ident))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.actions_by_name["undo"].setText(f"&Undo {menu_text(t)}".strip())
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.actions_by_name["redo"].setText(f"&Redo {menu_text(t)}".strip())
        )
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._appearance())
        self._apply_appearance(settings.get(settings.APPEARANCE))
        self._restore_state()
        self._update_actions()
        self._refresh()

    # -- construction -------------------------------------------------------------
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
        row = QHBoxLayout()
        self.filter_kind = QComboBox()
        self.filter_kind.addItem("All kinds", "")
        self.filter_verdict = QComboBox()
        self.filter_verdict.addItem("All verdicts", "")
        for v in ("conflict", "unresolved", "consistent"):
            self.filter_verdict.addItem(v.capitalize(), v)
        self.filter_status = QComboBox()
        self.filter_status.addItem("All statuses", "")
        self.filter_status.addItem("Decided (not open)", "decided")
        for s in STATUSES:
            self.filter_status.addItem(STATUS_LABELS[s].capitalize(), s)
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText("Filter: words in values, sentences, notes (Ctrl+F)")
        self.filter_text.setClearButtonEnabled(True)
        for combo, key in (
            (self.filter_kind, "kind"),
            (self.filter_verdict, "verdict"),
            (self.filter_status, "status"),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, k=key: self._filter(**{k: c.currentData() or ""})
            )
            combo.setAccessibleName(f"Filter by {key}")
        self.filter_text.textChanged.connect(lambda t: self._filter(text=t))
        row.addWidget(self.filter_kind)
        row.addWidget(self.filter_verdict)
        row.addWidget(self.filter_status)
        row.addWidget(self.filter_text, 1)
        return row

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts = plain_label(QLabel())
        self.log_label = plain_label(QLabel())
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.act_cancel)
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(self.log_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    # -- opening ------------------------------------------------------------------
    def open_paths(self, paths: list[str], db: str | None = None) -> None:
        """What ``workbench open`` and a drop do: logs open, articles are added.

        Articles go into ``db`` when given (created if missing), else into
        the open review log, else into a new one."""
        logs = [p for p in paths if is_review_log(p, self.session.log)]
        articles = [p for p in paths if not is_review_log(p, self.session.log)]
        for log in logs[1:]:
            self.messages.show_message(
                f"{log}: only one review log can be open at a time; opened {logs[0]}", True
            )
        if logs:
            self.open_log(logs[0])
        elif db is not None:
            if Path(db).exists() and Path(db).stat().st_size > 0:
                if not self.open_log(db):
                    return  # a bad log: add nothing to it, and create nothing
            elif not articles:
                self.session.new_log(db)  # asked for by name: an empty review
        if articles:
            self.session.add_files(articles, None if logs else db)

    def open_log(self, path: str) -> bool:
        self.panel.commit_pending(leaving=True)
        if self.session.open_log(path):
            self.undo_stack.clear()
            return True
        return False

    def act_new_review(self) -> None:
        self.panel.commit_pending(leaving=True)
        self.undo_stack.clear()
        self.session.close_log()
        self.messages.dismiss()

    def act_open_log(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open review log", settings.get(settings.LAST_FOLDER), LOG_FILTER
        )
        if path:
            settings.put(settings.LAST_FOLDER, str(Path(path).parent))
            self.open_log(path)

    def act_add_articles(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Add articles", settings.get(settings.LAST_FOLDER), ARTICLE_SUFFIXES
        )
        if paths:
            settings.put(settings.LAST_FOLDER, str(Path(paths[0]).parent))
            self.open_paths(paths)

    def act_save_log_as(self) -> None:
        if self.session.log is None:
            self.messages.show_message("No review is open yet: add articles first", True)
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Save review log as", settings.get(settings.LAST_FOLDER), LOG_FILTER
        )
        if path:
            self.save_log_as(path)

    def save_log_as(self, path: str) -> bool:
        """Copy the open log (SQLite's backup, so it is consistent) and switch to it."""
        log = self.session.log
        if log is None:
            return False
        if Path(os.path.realpath(path)) == log.path.resolve() or log.is_file(path):
            return True
        try:
            log.copy_to(path, self._open_articles())
        except StoreError as exc:
            self.messages.show_message(str(exc), True)
            return False
        return self.open_log(path)

    def _open_articles(self) -> dict[str, str | Path]:
        """The open articles' files, which no save or export may replace."""
        return {f"the open article {a.path}": a.path for a in self.session.articles if a.path}

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.get(settings.RECENT_LOGS)
        if not recent:
            self.recent_menu.addAction("(none yet)").setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(menu_text(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            settings.forget_recent(path)
            self.messages.show_message(f"{path}: no longer exists; removed from recent files")
            return
        self.open_log(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- analysis -----------------------------------------------------------------
    def _analysis_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat("Analysing…")
        self.progress.show()
        self.cancel_button.show()
        self._update_actions()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        # the message names a file; %p, %v and %m in it would be replaced by
        # numbers (QProgressBar has no escape for "%"): an invisible word
        # joiner after each "%" keeps the name as it is
        self.progress.setFormat(message.replace("%", "%\u2060"))

    def _analysis_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_actions()  # the views already followed the session's `changed`
        if self._selected:
            self.select(self._selected)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def act_cancel(self) -> None:
        self.session.cancel()

    def act_rerun(self) -> None:
        self.session.rerun()

    def _log_changed(self, path: str) -> None:
        if path:
            settings.remember_recent(str(Path(os.path.realpath(path))))
        self.log_label.setText(f"Review log: {path}" if path else "No review log")
        self.log_label.setToolTip(plain_tooltip(path))
        name = Path(path).name if path else ""
        self.setWindowTitle(f"{name} — Claim Workbench" if name else "Claim Workbench")
        self._selected = ""

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
        if self._selected and s.row(self._selected) is None:
            self._selected = ""
        self._paint_highlights()
        self._show_panel()
        self._update_counts()
        self._update_actions()

    def _columns_added(self) -> None:
        for column in self.columns.columns:
            if column.property("wired"):
                continue
            column.setProperty("wired", True)
            column.claimClicked.connect(self._claim_clicked)
            column.dateChanged.connect(self._date_changed)
            column.dateInvalid.connect(self._date_invalid)
            column.removeRequested.connect(self._remove_article)
        self._paint_highlights()
        if not self.columns.building():
            self._scroll_to_selected()

    def _update_counts(self) -> None:
        rows = [r for r in self.session.rows if not r.orphaned]
        conflicts = sum(1 for r in rows if r.verdict == "conflict")
        open_ = sum(1 for r in rows if r.status == "open")
        text = (
            f"{len(rows)} discrepanc{'y' if len(rows) == 1 else 'ies'} · "
            f"{conflicts} conflict{'' if conflicts == 1 else 's'} · {open_} open"
        )
        orphaned = len(self.session.rows) - len(rows)
        if orphaned:
            text += f" · {orphaned} no longer found"
        shown = self.proxy.rowCount()
        if shown != len(self.session.rows):
            text += f" — showing {shown}"
        if self.session.articles:
            n = len(self.session.articles)
            text = f"{n} article{'' if n == 1 else 's'} · " + text
            if n == 1:
                text += " — add another article to compare"
        self.counts.setText(text)

    def _update_actions(self) -> None:
        has_row = bool(self._selected)
        for name in STATUS_ACTIONS:
            self.actions_by_name[name].setEnabled(has_row)
        for name in ("edit_note", "edit_correction"):
            self.actions_by_name[name].setEnabled(has_row)
        has_log = self.session.log is not None
        self.actions_by_name["export_report"].setEnabled(has_log)
        self.actions_by_name["save_log_as"].setEnabled(has_log)
        busy = self.session.busy()
        self.actions_by_name["cancel"].setEnabled(busy)
        self.actions_by_name["rerun"].setEnabled(bool(self.session.articles) and not busy)
        self.actions_by_name["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(self.undo_stack.canRedo())

    def _filter(self, **values: str) -> None:
        self.proxy.set_filter(**values)
        self._update_counts()

    # -- selection ------------------------------------------------------------------
    def current_id(self) -> str:
        return self._selected

    def select(self, ident: str) -> bool:
        """Select a discrepancy in the table (clearing filters that hide it)."""
        row = self.table_model.row_of(ident)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        if not index.isValid():
            self.filter_kind.setCurrentIndex(0)
            self.filter_verdict.setCurrentIndex(0)
            self.filter_status.setCurrentIndex(0)
            self.filter_text.clear()
            index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if self._selected != ident:  # same row: currentRowChanged does not fire
            self._row_changed(index, QModelIndex())
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = current.data(ID_ROLE) if current.isValid() else ""
        self.panel.commit_pending(leaving=True)
        self._selected = ident or ""
        self._paint_highlights()
        self._show_panel()
        self._scroll_to_selected()
        # new columns get their size only once the event loop lays them out
        QTimer.singleShot(0, self, self._scroll_to_selected)
        self._update_actions()

    def _show_panel(self) -> None:
        row = self.session.row(self._selected) if self._selected else None
        history = self.session.history(self._selected) if row else []
        self.panel.set_discrepancy(row, self._labels, history, self._dark)

    def _scroll_to_selected(self) -> None:
        row = self.session.row(self._selected) if self._selected else None
        if row is None or row.orphaned:
            return
        for side in row.sides:
            column = self.columns.column(side.article)
            if column is not None:
                column.center_on(side.start, side.end)
        first = self.columns.column(row.sides[0].article)
        if first is not None:
            self.columns.reveal(first)
        # the other columns follow to the claims aligned with this one
        for column in self.columns.columns:
            if column.article.id in (row.sides[0].article, row.sides[1].article):
                continue
            span = self._counterpart(row.sides[0].claim, column.article.id)
            if span:
                column.center_on(*span)
        for gutter in self.columns.gutters:
            gutter.update()

    def _counterpart(self, claim: str, article: str) -> tuple[int, int] | None:
        analysis = self.session.analysis
        if analysis is None:
            return None
        claims = self.session.claims
        for a in analysis.alignments:
            for mine, other in ((a.left, a.right), (a.right, a.left)):
                if mine == claim and claims.get(other) and claims[other].article == article:
                    return claims[other].start, claims[other].end
        return None

    def _claim_clicked(self, article: str, pos: int) -> None:
        """A click on a flagged value (or its sentence) selects its discrepancy."""
        rows = [r for r in self.session.rows if not r.orphaned]
        on_value = [
            r
            for r in rows
            if any(s.article == article and s.start <= pos <= s.end for s in r.sides)
        ]
        analysis = self.session.analysis
        claim = None
        if analysis is not None:
            claim = next(
                (c for c in analysis.claims if c.article == article and c.start <= pos < c.end + 1),
                None,
            )
        in_claim = [
            r for r in rows if claim is not None and any(s.claim == claim.id for s in r.sides)
        ]
        choice = on_value or in_claim
        if choice:
            choice.sort(key=lambda r: SEVERITY.get(display_state(r.verdict, r.status), 9))
            self.select(choice[0].id)
        elif claim is not None:
            for column in self.columns.columns:
                if column.article.id != article:
                    span = self._counterpart(claim.id, column.article.id)
                    if span:
                        column.center_on(*span)

    # -- highlights -----------------------------------------------------------------
    def _paint_highlights(self) -> None:
        """Marks in every column and links in every gutter, from the session."""
        s = self.session
        marks: dict[str, list[Mark]] = defaultdict(list)
        worst: dict[tuple[str, str], str] = {}
        selected = s.row(self._selected) if self._selected else None
        for r in s.rows:
            if r.orphaned:
                continue
            state = display_state(r.verdict, r.status)
            is_sel = r.id == self._selected
            for side in r.sides:
                marks[side.article].append(Mark(side.start, side.end, state, is_sel))
            key = tuple(sorted((r.sides[0].claim, r.sides[1].claim)))
            if SEVERITY.get(state, 9) < SEVERITY.get(worst.get(key, "aligned"), 9):
                worst[key] = state
        sentence: dict[str, tuple[int, int]] = {}
        selected_claims: set[str] = set()
        if selected is not None and not selected.orphaned:
            claims = s.claims
            for side in selected.sides:
                c = claims.get(side.claim)
                if c is not None:
                    sentence[side.article] = (c.start, c.end)
                selected_claims.add(side.claim)
        for column in self.columns.columns:
            column.set_marks(
                marks.get(column.article.id, []), sentence.get(column.article.id), self._dark
            )
        if s.analysis is None:
            for gutter in self.columns.gutters:
                gutter.links = []
                gutter.update()
            return
        claims = s.claims
        for gutter in self.columns.gutters:
            la, ra = gutter.left.article.id, gutter.right.article.id
            links = []
            for a in s.analysis.alignments:
                left, right = claims.get(a.left), claims.get(a.right)
                if left is None or right is None:
                    continue
                if left.article == ra and right.article == la:
                    left, right = right, left
                if left.article != la or right.article != ra:
                    continue
                key = tuple(sorted((left.id, right.id)))
                links.append(
                    Link(
                        (left.start, left.end),
                        (right.start, right.end),
                        worst.get(key, "aligned"),
                        left.id in selected_claims and right.id in selected_claims,
                    )
                )
            gutter.links = links
            gutter.dark = self._dark
            gutter.update()

    # -- reviewing ------------------------------------------------------------------
    def change_review(
        self,
        ident: str,
        fields: dict[str, Any],
        text: str,
        merge: str,
        expected: dict[str, str] | None = None,
    ) -> None:
        """Every review edit is an undoable command written to the log at once.

        ``expected``: the stored values the edit started from; when the log
        has others (written elsewhere meanwhile) the edit is refused, not
        written over them."""
        current = self.session.review_fields(ident)
        if all(current.get(k) == v for k, v in fields.items()):
            return
        reviewer = self.panel.reviewer.text().strip()
        command = ReviewChange(self.session, ident, fields, text, merge, reviewer, expected)
        if command.conflicts:
            if self.panel.show_conflict(ident, command.conflicts):
                self.messages.show_message(
                    "Your text was saved after the one written elsewhere meanwhile (another "
                    "window or the command line); both are kept",
                    False,
                )
            else:
                command.refuse_conflict()
            return
        self.undo_stack.push(command)

    def set_status(self, status: str) -> None:
        if not self._selected:
            return
        self.panel.commit_pending()
        ident = self._selected
        label = STATUS_LABELS[status]
        self.change_review(ident, {"status": status}, f"Mark {label}", "")
        if status != "open" and self.actions_by_name["advance"].isChecked():
            self._go(+1, only_open=True)

    def act_verified(self) -> None:
        self.set_status("verified")

    def act_disputed(self) -> None:
        self.set_status("disputed")

    def act_needs_correction(self) -> None:
        self.set_status("needs-correction")

    def act_dismissed(self) -> None:
        self.set_status("dismissed")

    def act_reopen(self) -> None:
        self.set_status("open")

    def act_advance(self, checked: bool) -> None:
        settings.put(settings.ADVANCE_AFTER_DECIDING, checked)

    def _set_reviewer(self, name: str) -> None:
        settings.put(settings.REVIEWER, name)

    def act_undo(self) -> None:
        self.panel.commit_pending()
        self.undo_stack.undo()

    def act_redo(self) -> None:
        self.undo_stack.redo()

    def act_find(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def act_edit_note(self) -> None:
        self.panel.ensureWidgetVisible(self.panel.note)
        self.panel.note.setFocus()

    def act_edit_correction(self) -> None:
        self.panel.ensureWidgetVisible(self.panel.correction)
        self.panel.correction.setFocus()

    # -- navigation -----------------------------------------------------------------
    def _go(self, step: int, only_open: bool = False) -> bool:
        """Move the selection in the table's order (as sorted and filtered)."""
        n = self.proxy.rowCount()
        if not n:
            return False
        current = self.table.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else n)
        for k in range(1, n + 1):
            row = start + step * k
            if not only_open and not (0 <= row < n):
                return False  # plain next/previous stop at the ends
            row %= n
            index = self.proxy.index(row, 0)
            ident = index.data(ID_ROLE)
            flag = self.session.row(ident)
            if only_open and (flag.status if flag else None) != "open":
                continue
            if ident == self._selected:
                return False
            self.select(ident)
            return True
        if only_open:
            self.statusBar().showMessage("No open discrepancies left", 4000)
        return False

    def act_next(self) -> None:
        self._go(+1)

    def act_previous(self) -> None:
        self._go(-1)

    def act_next_open(self) -> None:
        self._go(+1, only_open=True)

    def act_previous_open(self) -> None:
        self._go(-1, only_open=True)

    # -- articles -------------------------------------------------------------------
    def _date_changed(self, article: str, published: date | None) -> None:
        after = self.session.with_published(article, published)
        if after is not None:
            when = published.isoformat() if published else "no date"
            self.undo_stack.push(
                ArticlesChange(self.session, after, f"Set {self._label(article)}'s date to {when}")
            )

    def _date_invalid(self, message: str) -> None:
        self.messages.show_message(message, True)

    def _remove_article(self, article: str) -> None:
        label = self._label(article)
        self.undo_stack.push(
            ArticlesChange(self.session, self.session.without(article), f"Remove {label}")
        )
        self.statusBar().showMessage(
            f"Removed {label}; its reviews are kept. Ctrl+Z brings it back.", 10000
        )

    def _label(self, article: str) -> str:
        return self._labels.get(article, article)

    # -- export -----------------------------------------------------------------------
    def act_export_report(self) -> None:
        if self.session.log is None:
            return
        suffix = settings.get(settings.LAST_EXPORT_SUFFIX)
        if suffix not in export.FORMATS:
            suffix = ".html"
        folder = Path(settings.get(settings.LAST_FOLDER) or ".")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export correction report",
            str(folder / f"corrections{suffix}"),
            export.FILTERS,
            export.FORMATS[suffix][1],  # the type shown matches the suggested name
        )
        if path:
            self.export_report(path, chosen)

    def export_report(self, path: str, chosen_filter: str = "") -> bool:
        if self.session.log is None:
            return False
        self.panel.commit_pending()
        fmt, path = export.format_for(path, chosen_filter)
        try:
            export.export(self.session.log, path, fmt, self._open_articles())
        except WriteError as exc:
            self.messages.show_message(str(exc), True)
            return False
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        settings.put(settings.LAST_EXPORT_SUFFIX, "." + fmt)
        self.statusBar().showMessage(f"Report written to {path}", 8000)
        return True

    # -- appearance -----------------------------------------------------------------
    def act_appearance_system(self) -> None:
        self._apply_appearance("system")

    def act_appearance_light(self) -> None:
        self._apply_appearance("light")

    def act_appearance_dark(self) -> None:
        self._apply_appearance("dark")

    def _apply_appearance(self, mode: str) -> None:
        if mode not in appearance.MODES:
            mode = "system"
        settings.put(settings.APPEARANCE, mode)
        self.actions_by_name[f"appearance_{mode}"].setChecked(True)
        appearance.apply(mode)
        self._appearance()

    def _appearance(self) -> None:
        self._dark = appearance.is_dark()
        self._refresh()

    # -- help -------------------------------------------------------------------------
    def act_legend(self) -> None:
        lines = ["<h3>Highlights</h3><table cellpadding=3>"]
        for state in LEGEND_ORDER:
            style = state_style(state, self._dark)
            lines.append(
                f"<tr><td style='color:{style.color.name()}'><b>{style.marker}</b></td>"
                f"<td><b>{style.label}</b></td><td>{style.cue}</td></tr>"
            )
        lines.append("</table><h3>Verdicts</h3><ul>")
        for verdict, help_text in VERDICT_HELP.items():
            lines.append(f"<li><b>{verdict}</b>: {help_text}</li>")
        lines.append("</ul><h3>Keyboard</h3><table cellpadding=2>")
        for spec in ACTIONS:
            if spec.shortcuts:
                keys = ", ".join(
                    QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                    for s in spec.shortcuts
                )
                lines.append(f"<tr><td>{keys}</td><td>{spec.text.replace('&', '')}</td></tr>")
        lines.append("</table>")
        # a scrolling, resizable dialog: the full text is taller than a laptop screen
        dialog = QDialog(self)
        dialog.setWindowTitle("Highlights, verdicts and keys")
        text = QTextBrowser(dialog)
        text.setHtml("".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(560, min(620, max(360, self.height() - 80)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def act_about(self) -> None:
        QMessageBox.about(
            self,
            "About Claim Workbench",
            f"<b>Claim Workbench {__version__}</b><br>Compare news reports of the same event: "
            "aligned claims, normalised values, reviewed discrepancies.",
        )

    def act_quit(self) -> None:
        self.close()

    # -- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = settings.restore_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.restore_state("windowState")
        if state is not None:
            self.restoreState(state)
        defaults = {self.main_split: [460, 340], self.bottom: [660, 600]}
        for splitter in (self.main_split, self.bottom):
            sizes = settings.restore_state(splitter.objectName())
            if sizes is None or not splitter.restoreState(sizes):
                splitter.setSizes(defaults[splitter])
        header = settings.restore_state("tableHeader")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_window_state(self) -> None:
        settings.save_state("geometry", self.saveGeometry())
        settings.save_state("windowState", self.saveState())
        for splitter in (self.main_split, self.bottom):
            settings.save_state(splitter.objectName(), splitter.saveState())
        settings.save_state("tableHeader", self.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.commit_pending(leaving=True)  # typing not yet saved is saved, not lost
        reviewer = self.panel.reviewer.text().strip()
        if reviewer:
            settings.put(settings.REVIEWER, reviewer)
        self.save_window_state()
        self.session.cancel()
        self.runner.shutdown()
        if self.session.log is not None:
            self.session.log.close()
        super().closeEvent(event)
