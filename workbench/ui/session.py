"""One review in the window: its log, its articles and the latest analysis.

The session is the window's only route to the core. Checks run through
``workbench.service`` as ``workbench check`` does: reading and analysis on
the task runner with frozen articles as input. Every write to the review
log — creating it, saving an analysis, a decision — runs on the runner's
``Writer``, the log's single writer thread, in the order it was asked for
(``writing.WriterSide`` holds that thread's connection); the GUI thread
keeps its own connection only to read. A save hands back the finding rows
read after it, so the GUI thread waits on the disk for neither. A decision
(~1 ms) is waited for: undo needs to know it was written. After every write
the session emits one coarse ``changed`` signal and views refresh from it."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..articles import ArticleError
from ..articles.unread import left_out, left_out_line
from ..model import Analysis, Article, Cancelled, Claim
from ..rereading import with_newer
from ..service import Loaded, SaveFailed, load_and_analyze
from ..store import ReviewLog, StoreError
from ..store.reviews import decided_ids, known_ids
from ..store.saving import given_dates
from .logfile import LOG_SUFFIXES, is_review_log  # noqa: F401 (where callers look)
from .notices import CHANGED_ELSEWHERE, DATE_MOVED, ELSEWHERE
from .rows import FindingRow, finding_rows, with_linked_values
from .run_notes import RunNotes
from .session_decisions import SessionDecisions
from .tasks import Task, TaskRunner, collect_everything
from .writing import Raced, Saved, Stale, WriterSide, article_from_record, date_edits


def default_log_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / "claim-workbench" / "reviews"


class ReviewSession(QObject, SessionDecisions):
    """The open review log and what the window shows from it."""

    changed = Signal()  # reviews or analysis changed: views refresh
    analysisStarted = Signal()
    analysisFinished = Signal()  # a new analysis is in place (or failed/cancelled)
    progress = Signal(int, int, str)
    failed = Signal(str)  # one line for the editor
    info = Signal(str, str)  # a notice, and what it is news of ("": its text)
    done = Signal(str)  # a notice that something was done (it goes sooner)
    withdrawn = Signal(str)  # a notice of an earlier run that no longer holds
    logChanged = Signal(str)  # a different review log is open
    reviewed = Signal(str)  # a review was written (also by undo/redo): its id
    articlesAdded = Signal(object, object)  # articles before, after: added to an open review
    articlesReplaced = Signal()  # by the log's, changed elsewhere: the undo history is stale

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.log: ReviewLog | None = None
        self.articles: tuple[Article, ...] = ()
        self._newer: dict[str, Article] = {}  # texts read again since (Re-run): for undo
        self.analysis: Analysis | None = None
        self.claims: dict[str, Claim] = {}  # the analysis's claims by id
        self.rows: list[FindingRow] = []
        self._task: Task | None = None
        self._generation = 0
        self._pending_log: str | Path | None = None
        # files given to this review with nothing in them to compare (empty,
        # binary): named in the status bar while the review is open (trial 46 P9)
        self.left_out: tuple[str, ...] = ()
        # who signs the dates a save gives, as decisions are signed (trial 49:
        # date edits went to the login); the window sets it to its reviewer
        self.signer: Callable[[], str] = lambda: ""
        self._adding: tuple[int, tuple[Article, ...]] | None = None  # (generation, articles before)
        # a run's news of itself
        self._notes = RunNotes(
            lambda t: self.info.emit(t, ""),
            self.withdrawn.emit,
            lambda t: self.info.emit(t, DATE_MOVED),  # in findings, with their ids
        )
        self.writer = runner.writer
        self._side = WriterSide(lambda: self.log) if runner.synchronous else WriterSide()
        self.writer.at_stop(self._side.close)
        self._serial = 0  # which log a write was for: a result for a closed one is dropped
        self._creating: Path | None = None  # a log being created by the writer
        self._writes = 0  # saves queued on the writer: busy() until they are in
        self.finding_log = 0  # the window looks for the log of files opened: busy() meanwhile
        self._rows_ticket = 0  # the newest write whose rows are shown
        self._tickets = itertools.count(1)
        self._looking = False  # a look for other writers is queued
        self._raced = False  # a save refused for another story's (``writing.Raced``): said
        self._watch = QTimer(self)
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self._check_elsewhere)
        self._watch.start()

    # -- the review log -----------------------------------------------------------
    @property
    def log_path(self) -> Path | None:
        return self.log.path if self.log else None

    def close_log(self) -> None:
        """Close the open log. Writes already queued are finished first (the
        writer runs in order), then the writer's connection is closed."""
        self.cancel()
        self._serial += 1
        self._creating = None
        self._writes = 0
        self._looking = False
        self.writer.submit(self._side.close, on_result=_ignore, on_error=_ignore)
        if self.log is not None:
            self.log.close()
        self.log = None
        self.articles, self._newer = (), {}
        self.left_out = ()
        self.analysis = None
        self.claims = {}
        self.rows = []
        collect_everything()  # what the closed review left in cycles
        self.logChanged.emit("")
        self.changed.emit()
        self.analysisFinished.emit()

    def new_log(self, path: str | Path | None = None, quiet: bool = False) -> bool:
        """Start an empty review. Never overwrites: an existing file is refused.

        ``quiet``: no review is open yet (the first article just loaded), so
        there is nothing to close and no view to refresh yet."""
        if path is None:
            folder = default_log_folder()
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
            path = folder / f"review-{stamp}.sqlite"
            n = 2
            while Path(path).exists():
                path = folder / f"review-{stamp}-{n}.sqlite"
                n += 1
        elif Path(path).exists() and Path(path).stat().st_size > 0:
            self.failed.emit(
                f"{path}: already exists; open it with File › Open review log… instead"
            )
            return False
        if not quiet:
            self.close_log()
        self._creating = Path(path)
        serial = self._serial
        self.writer.submit(
            self._side.create,
            Path(path),
            on_result=lambda made: self._created(serial, made, Path(path), quiet),
            on_error=lambda exc: self._not_created(serial, exc),
        )
        return True

    def _created(self, serial: int, made: ReviewLog | None, path: Path, quiet: bool) -> None:
        """The writer made the log: the GUI thread opens it for reading."""
        if serial != self._serial:
            if made is not None:
                made.close()
            return
        self._creating = None
        try:
            self.log = made if made is not None else ReviewLog(path, create=False)
        except StoreError as exc:
            self.failed.emit(str(exc))
            return
        self.logChanged.emit(str(self.log.path))
        if not quiet:
            self.changed.emit()

    def _not_created(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self._creating = None
        self._serial += 1  # the saves queued behind it have no log to go to
        self._writes = 0
        self.failed.emit(str(exc))
        self.analysisFinished.emit()

    def open_log(self, path: str | Path) -> bool:
        """Open an existing review log and re-run its analysis from the
        article texts it keeps. A bad file leaves the current review open.
        The log already open is not opened twice: it is only refreshed."""
        if self.log is not None and self.log.is_file(path):
            self.rows = self._read_rows()
            self.changed.emit()
            self.done.emit(f"{path}: this review log is already open")
            return True
        try:
            log = ReviewLog(path, create=False)
            given = frozenset(given_dates(log.db))
            articles = tuple(article_from_record(r, given) for r in log.articles())
        except StoreError as exc:
            self.failed.emit(str(exc))
            return False
        except (sqlite3.DatabaseError, KeyError, ValueError) as exc:
            self.failed.emit(f"{path}: not a usable review log ({exc})")
            return False
        self.close_log()
        self.log = log
        serial = self._serial
        # the writer's own connection; from it on it notices other writers
        self.writer.submit(
            self._side.open,
            log.path,
            on_result=_ignore,
            on_error=lambda exc: self._failed_write(serial, exc),
        )
        self.articles = articles
        self.rows = self._read_rows()
        self.logChanged.emit(str(log.path))
        self.changed.emit()
        if articles:
            self._start(articles, ())
        else:
            self.analysisFinished.emit()
        return True

    # -- articles -----------------------------------------------------------------
    def add_files(self, paths: Sequence[str | Path], log_path: str | Path | None = None) -> None:
        """Read and add articles. Without an open review log, one is created
        (at ``log_path``, else in the data folder) once an article has been
        read: files that all fail leave no empty log behind."""
        paths = [str(p) for p in paths]
        if self.log is not None:
            for p in [p for p in paths if self.log.is_file(p)]:
                self.failed.emit(f"{p}: is the open review log, not an article")
                paths.remove(p)
        if not paths:
            return
        if self.log is None:
            self._pending_log = log_path
        self._adding = (self._generation + 1, self.articles)  # undoable once in place
        self._start(self.articles, tuple(paths))

    def set_articles(self, articles: tuple[Article, ...], edited: bool = True) -> None:
        """Analyse this set of articles (an undoable change's redo and undo),
        with the texts read again since it was kept; ``edited``: its date
        edits are this window's, saved at once."""
        dates = date_edits(self.articles, articles) if edited else {}
        if not edited:
            self.articlesReplaced.emit()
        self.articles = with_newer(articles, self._newer)
        if dates and self.log is not None:  # kept at once, not only with the analysis
            keep, failed = partial(self._side.keep_dates, dates, self.signer()), self._failed_write
            self.writer.submit(keep, on_result=_ignore, on_error=partial(failed, self._serial))
        self._start(self.articles, ())

    def write(self, fn: Callable[[ReviewLog], object], done: Callable, failed: Callable) -> None:
        """``fn(log)`` on the writer thread with its connection (a manual link):
        ``done(result)`` or ``failed(error)`` come back on the GUI thread."""
        self.writer.submit(lambda: fn(self._side._log()), on_result=done, on_error=failed)

    def rerun(self) -> None:
        """Analyse again, first reading again the files changed on disk."""
        if self.articles:
            self._start(self.articles, (), reread=True)

    def busy(self) -> bool:
        return bool(self._task or self._writes or self._creating or self.finding_log)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._generation += 1  # a result that still arrives is ignored
            self.done.emit("Analysis cancelled; the previous results are kept")
            self.analysisFinished.emit()

    def _start(
        self, articles: tuple[Article, ...], new_paths: tuple[str, ...], reread: bool = False
    ) -> None:
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        log, none = self.log, frozenset()  # editors' links, decided and known flags:
        job = partial(
            load_and_analyze,
            manual=log.manual_links() if log is not None else (),
            decided=decided_ids(log.db) if log is not None else none,
            known=known_ids(log.db) if log is not None else none,
            reread_files=reread,
        )
        self._task = self.runner.submit(
            job,
            articles,
            new_paths,
            on_result=lambda loaded: self._finished(generation, loaded),
            on_error=lambda exc: self._failed(generation, exc),
            on_progress=self._progress(generation),
        )
        self.analysisStarted.emit()  # once recorded: the window asks busy() then

    def _progress(self, generation: int) -> Callable[[int, int, str], None]:
        def show(done: int, total: int, message: str) -> None:
            if generation == self._generation:
                self.progress.emit(done, total, message)

        return show

    def _finished(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._newer.update(loaded.newer)
        skipped = left_out(loaded.errors)
        for message in loaded.errors:
            if message not in skipped:
                self.failed.emit(message)
        if skipped:  # one line naming them all, not one each behind "N earlier" (trial 46)
            self.left_out = tuple(dict.fromkeys((*self.left_out, *skipped)))
            self.failed.emit(left_out_line(skipped))
        for message in loaded.notes:
            self.info.emit(message, "")
        # the first article that loads creates the review log (never an empty
        # one), on the writer, which saves into it next
        first = self.log is None and self._creating is None
        if first and (not loaded.articles or not self.new_log(self._pending_log, quiet=True)):
            self.analysisFinished.emit()
            return
        self._writes += 1
        serial = self._serial
        ticket = next(self._tickets)
        self.writer.submit(
            self._side.save,
            loaded,
            self.signer(),  # read here, on the GUI thread
            on_result=lambda saved: self._saved(serial, generation, ticket, saved),
            on_error=lambda exc: self._save_failed(serial, generation, exc),
        )

    def _saved(self, serial: int, generation: int, ticket: int, saved: Saved) -> None:
        """A save is in: the log holds this analysis now, so it is shown even
        when a newer analysis is already running (that one follows it)."""
        if serial != self._serial:
            return
        self._writes -= 1
        checked = saved.checked
        before = self.analysis.articles if self.analysis else ()
        self.articles = checked.articles
        self.analysis = checked.analysis
        self.claims = {c.id: c for c in checked.analysis.claims}
        shown = self.rows
        self._show_rows(ticket, saved.rows)
        self.changed.emit()
        # said of the last run only (``run_notes``)
        self._notes.saved(before, checked, (shown, self.rows))
        if self._adding is not None and self._adding[0] == generation:
            before, self._adding = self._adding[1], None
            if before and {a.id for a in self.articles} > {a.id for a in before}:
                self.articlesAdded.emit(before, self.articles)
        if generation == self._generation:
            self.analysisFinished.emit()

    def _save_failed(self, serial: int, generation: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self._writes -= 1
        cause = exc.cause if isinstance(exc, SaveFailed) else exc
        where = self.log.path if self.log is not None else self._pending_log or "review log"
        msg = f"{where}: could not save the analysis ({cause}); the review log is unchanged"
        if isinstance(exc, Raced):  # one line of its own, not hidden by the look that follows
            msg, self._raced = f"{where}: {cause}", True
        self.failed.emit(msg)
        if isinstance(exc, Stale):  # the log's newer texts and dates, analysed here too
            self.set_articles(exc.articles, edited=False)
        if generation == self._generation:
            self.analysisFinished.emit()

    def _failed_write(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.failed.emit(str(exc))

    @property
    def moved_ids(self) -> list[str]:
        """The findings the last run's date change moved (its notice's)."""
        return self._notes.moved_ids

    def _show_rows(self, ticket: int, rows: Sequence[FindingRow]) -> None:
        """Rows read after a write, unless rows read after a later one are shown."""
        if ticket > self._rows_ticket:
            self._rows_ticket = ticket
            self.rows = with_linked_values(list(rows), self.analysis)  # an editor's values

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        if not isinstance(exc, Cancelled):
            message = (
                str(exc)
                if isinstance(exc, ArticleError | StoreError)
                else (f"analysis failed: {type(exc).__name__}: {exc}")
            )
            self.failed.emit(message)
        self.analysisFinished.emit()

    # -- reviews ------------------------------------------------------------------
    def _read_rows(self) -> list[FindingRow]:
        """One row per finding (its discrepancies and their decisions)."""
        return finding_rows(self.log.findings(), self.log.copies()) if self.log else []

    def _check_elsewhere(self) -> None:
        """Another window or the command line committed to this log: show it. The
        look runs on the writer (``WriterSide.changed_elsewhere``); one at a time."""
        if self.log is None or self._looking:
            return
        self._looking = True
        serial = self._serial
        ticket = next(self._tickets)
        self.writer.submit(
            self._side.changed_elsewhere,
            on_result=lambda rows: self._seen_elsewhere(serial, ticket, rows),
            on_error=lambda exc: self._seen_elsewhere(serial, ticket, None, exc),
        )

    def _seen_elsewhere(self, serial: int, ticket: int, rows, exc=None) -> None:
        if serial != self._serial:
            return
        self._looking = False
        if isinstance(exc, Stale):  # texts or dates changed there: show and analyse theirs
            self.info.emit(f"This review log was changed elsewhere: {exc.cause}", ELSEWHERE)
            self.set_articles(exc.articles, edited=False)
        if rows is None:
            return
        self._show_rows(ticket, rows)
        self.elsewhere = True  # the views tell this change from the editor's own
        self.changed.emit()
        self.elsewhere = False
        if not self._raced:  # a refused save said it already, and what the window shows
            self.info.emit(CHANGED_ELSEWHERE, ELSEWHERE)
        self._raced = False


def _ignore(_value: object) -> None:
    """The outcome of a write nobody waits for (closing a log)."""
