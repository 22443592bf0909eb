"""Reading articles from disk: decoding, front matter, HTML main text.

Every failure is an :class:`ArticleError` with a one-line message that names
the file, so the command line and the window can show it as it is. Input is
treated as hostile: reads are capped, special files are refused before they
are opened, and nothing a web page links to is fetched or run.

The parts live in submodules by responsibility: ``reading`` (safe file reads),
``decoding`` (bytes to text), ``frontmatter``, ``markdown`` (Markdown as
text), ``documents`` (PDF and Word, with pages), ``webpage`` (a web page's article
text by trafilatura), ``tokenizer`` and ``html`` (the hand-written single-pass
reader: structured metadata, and the text of short pages), ``dates``, ``ids``;
this module puts them together and is the public interface.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..model import Article
from . import handed
from .dates import parse_date
from .decoding import decode
from .documents import page_of
from .errors import (
    NAMED_KINDS,
    NO_SUCH,
    ArticleError,
    LeftOut,
    OwnOutput,
    display_name,
    kinds_named,
)
from .frontmatter import split_front_matter
from .html import html_main_text
from .ids import article_id, distinct_id
from .markdown import markdown_text
from .parse import DOCUMENTS, article_from_bytes
from .reading import check_kind, file_info, read_capped, too_big
from .webpage import read_page

__all__ = [
    "FRONT_KEYS",
    "MAX_BYTES",
    "NAMED_KINDS",
    "NO_SUCH",
    "SUFFIXES",
    "ArticleError",
    "LeftOut",
    "OwnOutput",
    "article_from_bytes",
    "article_id",
    "decode",
    "distinct_id",
    "html_main_text",
    "kinds_named",
    "load_article",
    "load_articles",
    "load_given",
    "markdown_text",
    "page_of",
    "parse_date",
    "read_page",
    "split_front_matter",
]

# The size limit is read from this module when a file is loaded, so setting
# ``workbench.articles.MAX_BYTES`` changes it for every read.
MAX_BYTES = 5 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # PDF and Word files: their text is capped apart
SUFFIXES = {*NAMED_KINDS, ".markdown", ".htm"}
FRONT_KEYS = {"title", "outlet", "published", "url", "date", "source", "author"}


def load_article(
    path: str | Path, published: date | None = None, ident: str | None = None
) -> Article:
    """Load one article. ``published`` overrides any date found in the file."""
    p = Path(path)
    name = display_name(path)
    info = file_info(p, name)
    check_kind(info.st_mode, name)
    suffix = p.suffix.lower()
    if not suffix:  # "NOTES - do not publish": plain text is read as such (fresh CLI trial)
        data = read_capped(p, name, MAX_BYTES)
        if len(data) > MAX_BYTES:
            raise too_big(name, len(data), MAX_BYTES)
        if b"\0" not in data:
            return _article(
                article_from_bytes(data, ".txt", name, str(path), published, ident or p.stem),
                published,
            )
        decode(data, name)  # a binary file (a program): no text, skipped as empty (trial 45)
    if suffix not in SUFFIXES:
        _no_text(p, name)  # binary bytes (an image, a program): skipped, whatever the name
        raise ArticleError(
            f"{name}: unsupported file type {p.suffix or '(none)'!r}: "
            f"use {kinds_named()}" + ("" if p.suffix else " (this one is not plain text)")
        )
    limit = MAX_DOCUMENT_BYTES if suffix in DOCUMENTS else MAX_BYTES
    if info.st_size > limit:
        raise too_big(name, info.st_size, limit)
    data = read_capped(p, name, limit)
    url, charset = "", ""
    if p.parent.name == "snapshots":  # a page kept by a check: its URL, and an id from it
        from .fetch import url_id
        from .snapshots import record_of

        kept = record_of(p)
        if kept is not None:
            url, charset, ident = kept.url, kept.charset, url_id(kept.url)
    article = article_from_bytes(
        data, suffix, name, str(path), published, ident or p.stem, url, charset
    )
    return _article(article, published)


def _no_text(p: Path, name: str) -> None:
    """Raise ``NoText`` for a file of a kind not read whose bytes hold no
    text: user trial 47 found ``check binary.bin a.txt b.txt`` refusing the
    check ('unsupported file type') while the same bytes named ``.txt`` were
    skipped and the others saved. One rule, by the bytes: binary is skipped;
    text, or a document (a PDF, an old .doc), under a name not read is
    refused, as it may hold an article."""
    from .errors import NoText

    try:
        decode(read_capped(p, name, MAX_BYTES)[:MAX_BYTES], name)
    except NoText:
        raise
    except ArticleError:
        return


def _article(article: Article, published: date | None) -> Article:
    """A date given by the caller is an editor's, not the file's."""
    return replace(article, date_given=True) if published is not None else article


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file; a path that cannot be resolved (a link
    loop) is only itself, and load_article reports why."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def load_given(path: str | Path) -> Article:
    """A file given to the window, read as ``load_article`` reads it with its
    stem for an id, or as ``workbench open`` read it a moment ago (``handed``)."""
    kept = handed.take(path)
    return kept if kept is not None else load_article(path, None, article_id(Path(path), set()))


def load_articles(
    paths: list[str | Path],
    published: dict[str, date] | None = None,
    errors: list[str] | None = None,
    hand_over: bool = False,
) -> list[Article]:
    """Load several articles with unique ids; ``published`` maps a path to its date.

    The first file that cannot be read raises ArticleError, unless ``errors``
    is given: then each such file's one-line message is added to it and the
    file is left out. Ids are file stems; stems that collide (the same name in
    two folders) get a suffix from the article's content, so which file is
    which never depends on the order the files were given. ``hand_over``:
    what each read gave is kept for the window (``handed``)."""
    published = published or {}
    out = []
    for path in paths:
        p = Path(path)
        pub = published.get(str(path))
        if pub is None:
            for key, value in published.items():
                if _same_file(Path(key), p):
                    pub = value
        # kept for the window only as the window reads it: no date given, and
        # the path as written (its article's path, a message's name)
        kept = hand_over and pub is None and str(p) == str(path)
        try:
            article = load_article(p, pub, article_id(p, set()))
        except ArticleError as exc:
            if kept:
                handed.keep(path, exc)
            if errors is None:
                raise
            errors.append(LeftOut(exc) if isinstance(exc, OwnOutput) else str(exc))
            continue
        if kept:
            handed.keep(path, article)
        out.append(article)
    stems = Counter(a.id for a in out)
    taken = set(stems)  # a shared stem is nobody's: each copy gets a suffix
    renamed = {}
    # identical copies under one name are told apart by their folders, in path order
    for a in sorted(out, key=lambda a: os.path.realpath(a.path)):
        if stems[a.id] > 1:
            renamed[id(a)] = distinct_id(a, taken)
    return [renamed.get(id(a), a) for a in out]
