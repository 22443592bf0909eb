"""Articles read again from their files: the window's Re-run, and a file
given again (``workbench open FILES --db LOG``, a drop) that changed on disk
since the review log kept its text. ``check`` reads every file it is given;
the window kept the log's old text of an article an editor had corrected
and said "already open: not added again", so a correction never looked
made there while ``check`` saw it."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path

from .articles import ArticleError, load_article
from .model import Article


def reread(
    articles: tuple[Article, ...],
) -> tuple[tuple[Article, ...], dict[str, Article], tuple[str, ...]]:
    """Articles whose file changed on disk since it was read, read again (the
    window's Re-run; a fresh trial corrected a file as asked and the window
    kept analysing the old text). Each keeps its id, and the date an editor
    gave it (else the file's own, else the date it had); a file gone or
    unreadable keeps the text read before. One note each."""
    out: list[Article] = []
    newer: dict[str, Article] = {}
    notes: list[str] = []
    for a in articles:
        if not a.path or not Path(a.path).is_file():
            out.append(a)
            continue
        try:
            new = load_article(a.path, None, a.id)
        except ArticleError as exc:
            notes.append(f"{exc}; the text read before is kept")
            out.append(a)
            continue
        if new.sha256 == a.sha256:
            out.append(a)
            continue
        mine = a.published if a.date_given or new.published is None else new.published
        new = dataclasses.replace(new, published=mine, date_given=a.date_given)
        newer[a.sha256] = new
        out.append(new)
        notes.append(
            f"{Path(a.path).name}: changed on disk since it was read; its new text is analysed"
        )
    return tuple(out), newer, tuple(notes)


def with_newer(articles: tuple[Article, ...], newer: dict[str, Article]) -> tuple[Article, ...]:
    """``articles`` (a set an undo kept) with the texts read again since: an
    undo never brings back a text its file no longer has. Each keeps its own
    id and date."""

    def fresh(a: Article) -> Article:
        seen: set[str] = set()
        while a.sha256 in newer and a.sha256 not in seen:
            seen.add(a.sha256)
            n = newer[a.sha256]
            a = dataclasses.replace(n, id=a.id, published=a.published, date_given=a.date_given)
        return a

    return tuple(fresh(a) for a in articles)


def given_again(
    articles: tuple[Article, ...], new_paths: Sequence[str]
) -> tuple[tuple[Article, ...], dict[str, Article], tuple[str, ...], tuple[str, ...]]:
    """``reread`` for the articles whose files are among ``new_paths`` only,
    and the paths left to add: a file read again here is not "already open"."""
    given = {os.path.realpath(p) for p in new_paths}
    mine = [a for a in articles if a.path and os.path.realpath(a.path) in given]
    if not mine:
        return articles, {}, (), tuple(new_paths)
    again, newer, notes = reread(tuple(mine))
    by_id = {a.id: a for a in again}
    done = {os.path.realpath(n.path) for n in newer.values() if n.path}
    rest = tuple(p for p in new_paths if os.path.realpath(p) not in done)
    return tuple(by_id.get(a.id, a) for a in articles), newer, notes, rest
