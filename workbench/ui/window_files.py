"""The window's files: opening logs and articles, saving a copy, exporting."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
)

from ..articles import ArticleError
from ..articles.unread import left_out_line
from ..files import WriteError
from ..store import StoreError
from . import export, file_dialogs, log_for_files, settings
from . import session as _session
from .notices import RECENT, REVIEW_LOG
from .plaintext import menu_text, plain_tooltip
from .session import default_log_folder, is_review_log

ARTICLE_SUFFIXES = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"
LOG_FILTER = "Review logs (*.sqlite *.sqlite3 *.db);;All files (*)"


def recent_label(number: int, path: str) -> str:
    """One Open recent entry: its number as the shortcut (1–9), the log's name
    first (two logs in different folders differ by folder), then the folder
    and when the log last changed, so a review is told apart from another
    without reading whole paths; a log gone from the disk says so."""
    where = Path(path)
    try:
        changed = datetime.fromtimestamp(where.stat().st_mtime).strftime("%-d %b %Y %H:%M")
    except OSError:
        changed = "missing"
    folder, home = str(where.parent), str(Path.home())
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    key = f"&{number} " if number < 10 else ""
    return f"{key}{menu_text(where.name)} — {menu_text(folder)} · {changed}"


class FilesMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin): it uses
    the window's session, views and actions."""

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
                if articles and not self._same_story(db, articles):
                    return
            elif not articles:
                self.session.new_log(db)  # asked for by name: an empty review
        elif articles and self.session.log is None:
            self._open_the_log_of(articles)
            return
        if articles:
            self.session.add_files(articles, None if logs else db)

    def _open_the_log_of(self, files: list[str]) -> None:
        """No log named or open: the one that already holds exactly these
        files is opened, said (trial 28 got a new empty review beside it);
        none holds them: they start a new review; two such logs: said, none
        opened and nothing created. Looking reads the disk, so it runs on a
        worker and the window goes on painting (issue 14)."""
        these = "this file" if len(files) == 1 else f"these {len(files)} files"
        self.statusBar().showMessage(f"Looking for the review of {these}…")
        self.session.finding_log += 1
        tasks = []  # a synchronous runner answers before submit returns
        tasks.append(
            self.runner.submit(
                log_for_files.holding,
                tuple(files),
                tuple(log_for_files.recent_logs()),
                on_result=lambda held: self._found_the_log_of(tasks, files, held),
                on_error=lambda _exc: self._found_the_log_of(tasks, files, None),
            )
        )

    def _found_the_log_of(self, tasks: list, files: list[str], held) -> None:
        """Back on the GUI thread with the logs holding the readable ``files``
        (:class:`log_for_files.Held`; None: looking failed). A log the editor
        opened meanwhile is not replaced: the files go into it."""
        self.session.finding_log -= 1
        self.statusBar().clearMessage()
        if tasks and tasks[0].cancelled():
            return  # the window is closing
        refused = held is not None and held.refused()  # adding them refuses them all
        if held is None or self.session.log is not None or not held.logs or refused:
            self.session.add_files(files, None)  # unreadable files are said as they fail
            if held is not None and held.near and self.session.log is None and not refused:
                said = log_for_files.started_beside(held)
                self.messages.show_message(said, False, about=REVIEW_LOG)
            return
        chosen = held.chosen()
        if chosen is None:
            said = log_for_files.ambiguous(held)
            self.messages.show_message(said, True, about=REVIEW_LOG)
        elif self.open_log(str(chosen.path)):
            # which log and why, where the editor looks: a notice that stays
            # while it holds, and beside the log's name (user trial 47)
            said = log_for_files.reopened(held)
            self.messages.show_message(said, False, about=REVIEW_LOG, lasting=True)
            why = log_for_files.log_reason(held)
            self.log_label.setText(f"Review log: {chosen.path} ({why})")
            self.log_label.setToolTip(plain_tooltip(said))
        if held.unreadable:  # nothing in them to compare: named once, and in the status bar
            self.session.left_out = held.unreadable
            self.messages.show_message(left_out_line(held.unreadable), True)
            self._update_counts()

    def _same_story(self, db: str, paths: list[str]) -> bool:
        """Adding articles to a review log named on the command line that
        holds decisions on other articles only: the editor is asked, as
        ``check`` refuses it (a fresh trial mixed another story into a
        decided review without a word). Answered no, the review opens alone."""
        here = {os.path.realpath(a.path) for a in self.session.articles if a.path}
        decided = sum(1 for r in self.session.rows if r.status != "open")
        if not here or not decided or here & {os.path.realpath(p) for p in paths}:
            return True
        answer = QMessageBox.question(
            self,
            "Another story?",
            f"{db} holds the review of {len(here)} other articles, with {decided} decided "
            f"finding(s); none of the {len(paths)} articles given is in it. Add them to "
            "this review? (No opens the review without them; give a new review log for "
            "another story.)",
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_log(self, path: str) -> bool:
        self.panel.commit_pending(leaving=True)
        if self.session.open_log(path):
            self.undo_stack.clear()
            return True
        return False

    def act_new_review(self) -> None:
        """An empty window for the next story; the review closed is named,
        with the way back (a fresh window trial: Ctrl+N, one key from
        Ctrl+Shift+N, closed the review without a word)."""
        self.panel.commit_pending(leaving=True)
        self.undo_stack.clear()
        closed = self.session.log.path if self.session.log is not None else None
        self.session.close_log()
        self.messages.dismiss()
        if closed is not None:
            self.messages.show_message(
                f"Closed the review {closed}: every decision in it is kept; "
                "File › Open recent brings it back",
                False,
                about=REVIEW_LOG,
                done=True,
            )

    def act_open_log(self) -> None:
        found = file_dialogs.open_files(
            self, "Open review log", settings.get(settings.LAST_FOLDER), LOG_FILTER, many=False
        )
        path = found[0] if found else ""
        if path:
            settings.put(settings.LAST_FOLDER, str(Path(path).parent))
            self.open_log(path)

    def act_add_articles(self) -> None:
        paths = file_dialogs.open_files(
            self, "Add articles", self._articles_folder(), ARTICLE_SUFFIXES, many=True
        )
        if paths:
            settings.put(settings.LAST_FOLDER, str(Path(paths[0]).parent))
            self.open_paths(paths)

    def _articles_folder(self) -> str:
        """Where "Add articles" starts: the folder of this review's articles
        (the last one added), else the last folder used (trial 22: it opened
        in another review's folder, used last in another window)."""
        here = [a.path for a in self.session.articles if a.path and Path(a.path).parent.is_dir()]
        return str(Path(here[-1]).parent) if here else settings.get(settings.LAST_FOLDER)

    def act_save_log_as(self) -> None:
        if self.session.log is None:
            self.messages.show_message("No review is open yet: add articles first", True)
            return
        path, _ = file_dialogs.save_file(
            self, "Save review log as", str(self._output_folder()), LOG_FILTER, replaces=False
        )
        if path:
            self.save_log_as(path)

    def _output_folder(self) -> Path:
        """Where an export or a copy is offered: where this review's last one
        went, else beside the review log (unless that is the workbench's own
        data folder), else the last folder the editor chose, else the home
        folder. A fresh window trial was offered the folder the program was
        started from, full of its source; a later one, another review's
        folder (its report said it was from this review's log)."""
        log = self.session.log
        if log is not None:
            mine = settings.get(settings.export_folder(log.path))
            if mine and Path(mine).is_dir():
                return Path(mine)
            folder = log.path.resolve().parent
            if not folder.is_relative_to(default_log_folder().resolve()):
                return folder
        last = settings.get(settings.LAST_FOLDER)
        if last and Path(last).is_dir():
            return Path(last)
        return Path.home()

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
        self.recent_menu.setToolTipsVisible(True)
        for number, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(recent_label(number, path))
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            settings.forget_recent(path)
            said = f"{path}: no longer exists; removed from recent files"
            self.messages.show_message(said, False, about=RECENT)
            return
        self.open_log(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files, links = _dropped(event.mimeData())
        if files or links:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files, links = _dropped(event.mimeData())
        if files or links:
            event.acceptProposedAction()
        if files:
            self.open_paths(files)
        if links:
            self.add_links(links)

    # -- web pages (issue 13) ---------------------------------------------------------
    def act_paste_links(self) -> None:
        """Ctrl+V outside a text box: the http(s) links on the clipboard are
        fetched and added (a text box keeps Ctrl+V for pasting text)."""
        files, links = _dropped(QApplication.clipboard().mimeData())
        if links:
            self.add_links(links)
        elif files:
            self.open_paths(files)
        else:
            self.statusBar().showMessage("No web link on the clipboard", 4000)

    def add_links(self, links: list[str]) -> None:
        """Fetch web pages off the GUI thread, keep each one in ``snapshots/``
        beside the review log (or beside new logs, when none is open) and add
        the kept pages as articles: they carry their URL and are read as a
        saved page is. A page that cannot be fetched is one message."""
        from ..articles import snapshots  # with the web client: not before the first paint

        log = self.session.log_path
        folder = snapshots.folder_for(log if log else _session.default_log_folder() / "log")
        self._fetching(f"Fetching {len(links)} web page(s)…")
        self.runner.submit(
            _fetch_links,
            tuple(links),
            folder,
            on_result=self._links_fetched,
            on_error=self._links_failed,
        )

    def _fetching(self, text: str) -> None:
        """Pages being fetched is a lasting state, shown in the progress bar
        (a permanent widget) while it lasts: as a status message it went
        with the next step or a status tip while the fetch went on, and
        stood for good when the fetch failed as a whole."""
        self._fetch_text = text  # an analysis that ends meanwhile shows it again
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.setToolTip(text)
        self.progress.show()

    def _fetched(self) -> None:
        self._fetch_text = ""
        if not self.session.busy():  # an analysis running shows its own progress
            self.progress.hide()

    def _progress_after_analysis(self) -> None:
        """An analysis ends: the bar goes, unless pages are still being
        fetched (session 31's trial: an analysis finishing during a fetch
        hid the bar, and the fetch went on unseen)."""
        if self._fetch_text:
            self._fetching(self._fetch_text)
        else:
            self.progress.hide()

    def _links_failed(self, exc: BaseException) -> None:
        self._fetched()
        self.messages.show_message(f"Could not fetch: {exc}", True)

    def _links_fetched(self, result: tuple[list[str], list[str]]) -> None:
        paths, errors = result
        self._fetched()
        for error in errors:
            self.messages.show_message(error, True)
        if paths:
            self.open_paths(paths)

    # -- export -----------------------------------------------------------------------
    def act_export_report(self) -> None:
        log = self.session.log
        if log is None:
            return
        suffix = settings.get(settings.LAST_EXPORT_SUFFIX)
        if suffix not in export.FORMATS:
            suffix = ".html"
        folder = self._output_folder()
        path, chosen = file_dialogs.save_file(
            self,
            "Export correction report",
            # named after the review: two stories' reports in one folder do not
            # offer to replace each other (fresh trial 19)
            str(folder / f"{log.path.stem}-corrections{suffix}"),
            export.FILTERS,
            export.FORMATS[suffix][1],  # the type shown matches the suggested name
            lambda name, kind: export.format_for(name, kind)[1],  # the file really written
            refused=lambda target: export.refusal(log, target, self._open_articles()),
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
        settings.put(settings.export_folder(self.session.log.path), str(Path(path).parent))
        settings.put(settings.LAST_EXPORT_SUFFIX, "." + fmt)
        self.statusBar().showMessage(f"Report written to {path}", 8000)
        return True


def _dropped(mime) -> tuple[list[str], list[str]]:
    """Files and web addresses dragged onto the window: URLs from a browser
    or a file manager, or a link dragged (or pasted) as plain text."""
    files: list[str] = []
    links: list[str] = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            files.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            links.append(url.toString())
    if not files and not links and mime.hasText():
        from ..articles.fetch import is_url  # the web client: only when text is dropped

        links = [w for w in mime.text().split() if is_url(w)]
    return files, links


def _fetch_links(links: tuple[str, ...], folder: Path, progress, cancelled):
    """On a worker: fetch and keep each page; (kept files, one line per failure)."""
    from ..articles import snapshots

    paths: list[str] = []
    errors: list[str] = []
    for i, url in enumerate(links):
        progress(i, len(links), f"Fetching {url}")
        if cancelled():
            break
        try:
            paths.append(str(snapshots.fetch_and_keep(url, folder)))
        except ArticleError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{folder}: cannot keep the page of {url} ({exc.strerror or exc})")
    return paths, errors
