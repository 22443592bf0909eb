"""``workbench check`` with web addresses among the files (issue 13, part 2).

Each ``http(s)://`` argument is fetched (``articles.fetch``: time limit, size
cap, a few redirects, HTML or PDF only) and read as a saved page is; one that
cannot be fetched is one line in ``unread``, like an unreadable file. A page
whose URL has a snapshot beside the review log is compared with the latest
one and a difference is reported. The snapshots of this run are kept
(:meth:`Sources.keep`) only when the check saves, just before the log is
written, so a failed run leaves the folder as it was and the log never
names a snapshot that is not there.

The web client (``articles.fetch``, ``articles.snapshots``) is imported only
when an address is given: a check of files never loads ``http.client`` or
``ssl`` (issue 14, start-up).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import NO_SUCH, ArticleError, article_from_bytes, distinct_id
from .articles.address import is_url
from .model import Article
from .service import load
from .terminal import one_line

if TYPE_CHECKING:
    from .articles import fetch as fetching
    from .articles import snapshots


def too_few(given: list[str], files: list[str], twice: Sequence[str] = ()) -> str:
    """Why fewer than two articles are left to compare, in the editor's
    terms (fresh CLI trial: a mistyped folder, a pattern that matched
    nothing and one file named twice all said only "need at least two")."""
    missing = [f for f in given if not is_url(f) and not os.path.exists(f)]
    if missing:
        return f"{missing[0]}: {NO_SUCH}"
    if twice and files:
        return f"need at least two different articles to compare: {twice[0]}"
    if len(files) == 1:  # trial 26: 'check empty.txt' did not say which file it had
        empty = os.path.isfile(files[0]) and os.path.getsize(files[0]) == 0
        return f"need at least two articles to compare; only {files[0]} was given" + (
            " (and it is empty)" if empty else ""
        )
    return "need at least two different articles to compare"


def distinct(args: list[str]) -> tuple[list[str], list[str]]:
    """Each file (by where its path leads: "./a.txt", "a.txt", its full path
    and a link to it are one file) and each address once, in order, and one
    line for each given more than once, naming its other spellings. A user
    trial saw "a.txt a.txt" refused while "a.txt ./a.txt b.txt" compared
    a.txt once without a word: every spelling now gets the same line."""
    spelt: dict[str, list[str]] = {}
    for arg in args:
        key = arg if is_url(arg) else str(Path(os.path.realpath(arg)))
        spelt.setdefault(key, []).append(arg)
    out = [names[0] for names in spelt.values()]
    return out, [_given_twice(names) for names in spelt.values() if len(names) > 1]


def _given_twice(names: list[str]) -> str:
    times = "twice" if len(names) == 2 else f"{len(names)} times"
    others = list(dict.fromkeys(n for n in names[1:] if n != names[0]))
    also = f" (also as {', '.join(others)})" if others else ""
    return f"{names[0]} was given {times}{also}"


def once_each(given: list[str], files: list[str]) -> list[str]:
    """The files of ``check``, each once: a file given twice is one line,
    a note when two or more articles are left to compare, else the reason
    the check is refused."""
    from .cli_args import CliError

    kept, twice = distinct(files)
    if len(kept) < 2:
        raise CliError(too_few(given, kept, twice))
    for line in twice:
        print(one_line(f"workbench: note: {line}; compared once"), file=sys.stderr)
    return kept


class Sources:
    """The articles of one ``check``: files read, addresses fetched, in the
    order given. ``unread`` gets one line for each that could not be had."""

    def __init__(
        self, args: list[str], published: dict[str, date], unread: list[str], log: str
    ) -> None:
        self.log = log
        self.fetched: list[tuple[fetching.Fetched, Article]] = []
        files = [a for a in args if not is_url(a)]
        read = load(files, {k: v for k, v in published.items() if not is_url(k)}, unread)
        # "dd//a.md" is read as dd/a.md: matched by the normalised path (a fresh
        # trial's double slash lost the article and crashed on "nothing read")
        by_path = {os.path.normpath(a.path): a for a in read}
        taken = {a.id for a in read}
        self.articles: list[Article] = []
        for arg in args:
            if not is_url(arg):
                if os.path.normpath(arg) in by_path:
                    self.articles.append(by_path[os.path.normpath(arg)])
                continue
            try:
                article = self._fetch(arg, published.get(arg))
            except ArticleError as exc:
                unread.append(str(exc))
                continue
            self.articles.append(distinct_id(article, taken))

    @property
    def folder(self) -> Path:
        """Where the snapshots of this run's pages are kept (beside the log)."""
        from .articles import snapshots

        return snapshots.folder_for(self.log)

    def _fetch(self, url: str, published: date | None) -> Article:
        from .articles import fetch as fetching
        from .articles import snapshots

        name = fetching.check_url(url)
        if sys.stderr.isatty():  # a fetch can take seconds: say what is waited for
            sys.stderr.write(f"\r\033[KFetching {one_line(name)}…\r")
            sys.stderr.flush()
        try:
            got = fetching.fetch(url)
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\033[K")
        path = snapshots.body_path(self.folder, got)
        article = article_from_bytes(
            got.data, got.suffix, name, str(path), published, fetching.url_id(url), url, got.charset
        )
        self.fetched.append((got, article))
        change = snapshots.changes(self.folder, got, article, lambda kept: _text_of(kept, name))
        if change:
            print(one_line(f"workbench: note: {name}: {change}"), file=sys.stderr)
        return article

    def keep(self) -> str:
        """Keep this run's snapshots; "" when done, else why not (one line)."""
        if not self.fetched:
            return ""  # files only: the web client is never imported
        from .articles import snapshots

        for got, article in self.fetched:
            try:
                snapshots.keep(self.folder, got, article)
            except OSError as exc:
                return (
                    f"{self.folder}: cannot keep the snapshot of {got.url} "
                    f"({exc.strerror or exc}); nothing was saved"
                )
        return ""


def _text_of(kept: snapshots.Snapshot, name: str) -> str | None:
    """The article text of a kept page, read again, or None if it cannot be."""
    try:
        data = kept.path.read_bytes()
        return article_from_bytes(
            data, kept.path.suffix, name, str(kept.path), charset=kept.charset
        ).text
    except (OSError, ArticleError):
        return None
