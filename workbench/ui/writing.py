"""The window's writes to the review log, as the writer thread runs them.

Qt-free. :class:`WriterSide` holds the writer's own connection to the log:
opened, used and closed only by jobs on ``tasks.Writer``'s thread (an SQLite
connection belongs to the thread that opened it). The GUI thread keeps a
second connection for reading; it never writes. A write hands back the
finding rows read just after it, on the writer's connection, so the GUI
thread does not read the whole log again either.

Analysis saves commit with ``synchronous=NORMAL`` (``durable=False``); see
``ReviewLog.save_analysis`` for why that keeps the log's guarantees.
Decisions and creating the log stay fully synchronous.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from ..model import Article
from ..service import Checked, Loaded, SaveFailed, kept_ids
from ..store import ArticleRecord, Change, ReviewLog, StoreError
from ..store.dates import record_dates
from ..store.disk import run_through
from ..store.story import named, shares_an_article
from .rows import FindingRow, finding_rows


def _into_the_file(log: ReviewLog) -> None:
    """Copy what the write-ahead log holds into the log's own file after each
    write (a passive checkpoint: it never waits for a reader). An editor who
    copied story.sqlite while the window was open sent a log without the
    day's decisions, which lived in story.sqlite-wal until the window quit
    (fresh trial). Busy or read-only: the next write tries again, and
    nothing is lost either way: the write-ahead log still holds it."""
    with contextlib.suppress(sqlite3.DatabaseError):
        run_through(log.db.conn, "PRAGMA wal_checkpoint(PASSIVE)")  # to its end: see run_through


class Stale(SaveFailed):
    """Another window or the command line changed the log's articles (a text
    checked again, a date fixed) since this window read them: nothing of this
    window's older copy is saved over them (fresh window trial, BLOCKER: F5
    in a window opened before a colleague's check wrote the outlet's old text
    back, and the report asked it to correct words it no longer printed; a
    second window's date edit was undone the same way). ``articles``: the
    log's, for the window to show and analyse instead."""

    def __init__(self, articles: tuple[Article, ...], why: str = "") -> None:
        super().__init__(
            StoreError(
                why
                or "its articles (a text or a date) were changed elsewhere (another window or "
                "the command line) since this window read them; the window shows theirs now"
            )
        )
        self.articles = articles


class Raced(Stale):
    """Another check saved another story into the log (not one article in
    common with this window's) while this window analysed its own: refused,
    nothing saved, as ``check`` refuses it (``cli_story``; session 37: the
    window saved over it without a word). Asked inside the save's
    transaction, so no check can slip in between. The window then shows the
    story the log holds, as for a ``Stale`` save."""

    def __init__(self, articles: tuple[Article, ...], held: list[ArticleRecord], found: int):
        SaveFailed.__init__(
            self,
            StoreError(
                f"not saved: while this window analysed, another check saved another story "
                f"into this review log ({named(held)}; {found} finding{'s' if found != 1 else ''})"
                "; nothing of this window's was saved, so that story's findings stay, and the "
                "window shows it now. To check your articles, start a new review (File › New "
                "review)"
            ),
        )
        self.articles = articles


def _state(records: list[ArticleRecord]) -> dict[str, tuple[str, str]]:
    """What another writer may change of the articles: each one's text and date."""
    return {r.id: (r.sha256 or "", r.published or "") for r in records}


def date_edits(
    before: tuple[Article, ...], after: tuple[Article, ...]
) -> dict[str, tuple[str | None, bool]]:
    """The dates a change of the article set gives to articles it keeps with
    the same text (a date typed, or a date edit undone)."""
    was = {a.id: a for a in before}
    return {
        a.id: (a.published.isoformat() if a.published else None, a.date_given)
        for a in after
        if a.id in was and was[a.id].sha256 == a.sha256 and was[a.id].published != a.published
    }


def article_from_record(record: ArticleRecord, given: frozenset[str] = frozenset()) -> Article:
    """Rebuild an article from the review log, which keeps its full text;
    ``given``: the texts whose date an editor gave (kept over the file's
    header when the file is read again: trial 23 lost one at F5)."""
    published = record.published
    return Article(
        id=record.id,
        path=record.path or "",
        title=record.title or "",
        outlet=record.outlet or "",
        published=date.fromisoformat(published) if published else None,
        url=record.url or "",
        text=record.text,
        sha256=record.sha256 or "",
        pages=tuple(json.loads(record.pages or "[]")),
        date_given=bool(published) and (record.sha256 or "") in given,
    )


@dataclass(frozen=True)
class Saved:
    """A saved analysis and the finding rows the log holds after it."""

    checked: Checked
    rows: tuple[FindingRow, ...]


class WriterSide:
    """The writer thread's review log.

    ``shared``: a synchronous runner (tests) writes through the GUI's own
    connection — one thread, one connection — so this opens nothing."""

    def __init__(self, shared: Callable[[], ReviewLog | None] | None = None) -> None:
        self._shared = shared
        self._own: ReviewLog | None = None
        self._version: int | None = None  # data_version after our last look
        self._articles: dict[str, tuple[str, str]] | None = None  # the log's, at our last look

    @property
    def log(self) -> ReviewLog | None:
        return self._shared() if self._shared is not None else self._own

    def create(self, path: Path) -> ReviewLog | None:
        """Create the log (atomically, see ``store.disk.create_log``) and keep
        a connection to it. Shared: the new log is handed back, to be the GUI
        thread's connection (the same thread)."""
        if self._shared is not None:
            log = ReviewLog(path)
            self._version, self._articles = log.data_version(), _state(log.articles())
            return log
        self._open(path, create=True)
        return None

    def open(self, path: Path) -> None:
        """Keep a connection to a log the GUI thread has opened."""
        if self._shared is not None:
            log = self._shared()
            self._version = log.data_version() if log is not None else None
            self._articles = _state(log.articles()) if log is not None else None
            return
        self._open(path, create=False)

    def _open(self, path: Path, create: bool) -> None:
        self.close()
        self._own = ReviewLog(path, create=create)
        self._version, self._articles = self._own.data_version(), _state(self._own.articles())

    def close(self) -> None:
        if self._own is not None:
            self._own.close()
        self._own = None
        self._version = self._articles = None

    def _log(self) -> ReviewLog:
        log = self.log
        if log is None:
            raise SaveFailed(RuntimeError("the review log could not be opened"))
        return log

    def rows(self) -> tuple[FindingRow, ...]:
        log = self._log()
        return tuple(finding_rows(log.findings(), log.copies()))

    def save(self, loaded: Loaded, by: str = "") -> Saved:
        """Save an analysis in one transaction; raises SaveFailed with the
        log unchanged when it cannot take it. ``by``: who signs a date it
        gives (the window's reviewer, read on the GUI thread)."""
        log = self._log()
        try:
            loaded = kept_ids(log, loaded)  # findings as the log knows them
            guard = partial(self._not_changed, loaded.articles)  # inside the transaction
            changes = log.save_analysis(loaded.analysis, durable=False, guard=guard, by=by)
            self._articles = _state(log.articles())
        except (StoreError, sqlite3.DatabaseError, OSError) as exc:
            raise SaveFailed(exc) from None
        _into_the_file(log)
        return Saved(Checked(loaded.articles, loaded.analysis, changes), self.rows())

    def _not_changed(self, articles: tuple[Article, ...], log: ReviewLog) -> None:
        """Refuse a save (the transaction rolled back) when another writer
        changed the log's articles since this window last looked: ``Raced``
        when they are another story's, ``Stale`` when a text or date of this one."""
        now = log.articles()
        if self._articles is None or _state(now) == self._articles:
            return
        self._articles = _state(now)
        theirs = tuple(article_from_record(r) for r in now)
        if now and not shares_an_article(now, articles):
            raise Raced(theirs, now, sum(1 for f in log.findings() if f.active))
        raise Stale(theirs)

    def keep_dates(self, dates: dict[str, tuple[str | None, bool]], by: str = "") -> bool:
        """Save date edits at once, before the re-analysis they start. When
        another writer changed the articles meanwhile nothing is written: the
        save after the analysis finds it stale and says so."""
        log = self._log()
        try:
            if self._articles is not None and _state(log.articles()) != self._articles:
                return False
            record_dates(log, dates, by)  # signed by the window's reviewer
            self._articles = _state(log.articles())
        except (StoreError, sqlite3.DatabaseError, OSError) as exc:
            raise SaveFailed(exc) from None
        _into_the_file(log)
        return True

    def decide(
        self, ident: str, change: Change, articles: tuple[str, ...] | None
    ) -> tuple[FindingRow, ...]:
        self._log().decide(ident, change, articles)
        _into_the_file(self._log())
        return self.rows()

    def restore(self, changes: dict[str, Change], undone_by: str = "") -> tuple[FindingRow, ...]:
        self._log().restore_reviews(changes, undone_by)
        _into_the_file(self._log())
        return self.rows()

    def changed_elsewhere(self) -> tuple[FindingRow, ...] | None:
        """The rows, when another window or the command line committed to the
        log since the last look; None otherwise. ``PRAGMA data_version``
        changes only for other connections' commits, and the writer's
        connection is the only one of this window that writes."""
        log = self.log
        if log is None:
            return None
        version = log.data_version()
        seen, self._version = self._version, version
        if seen is None or seen == version:
            return None
        now = log.articles()
        if self._articles is not None and _state(now) != self._articles:
            was, self._articles = self._articles, _state(now)
            raise Stale(tuple(article_from_record(r) for r in now), _replaced(log, now, was))
        return self.rows()


def _replaced(log: ReviewLog, now: list[ArticleRecord], was: dict[str, tuple[str, str]]) -> str:
    """How another story put in place of this window's is said (session 37:
    it read as "a text or a date" changed); "" when it is this story still."""
    shas = {sha for sha, _ in was.values() if sha}
    if not now or not was or any(r.id in was or (r.sha256 or "") in shas for r in now):
        return ""
    found = sum(1 for f in log.findings() if f.active)
    return (
        f"another check put another story in place of this window's ({named(now)}; "
        f"{found} finding{'s' if found != 1 else ''}); the window shows it now"
    )
