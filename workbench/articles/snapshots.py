"""Snapshots of fetched pages, kept beside the review log.

A review of a web page must stay readable after the page changes, so the
exact bytes that were compared are kept in a folder ``snapshots/`` next to
the review log, each with a small JSON record: the URL asked for, where it
led, when it was fetched, its media type and charset, and the hashes of the
bytes and of the article text read from them (the ``sha256`` the review log
keeps for the article). The log's article row names the snapshot file as its
path and the URL as its url.

Why files beside the log, not a table in it: the log's schema and its one
writer belong to the store, and a page can be 50 MB where the log holds
text; files keep the log small, can be opened in any viewer, and are shared
by the logs of one folder. The log's guarantees hold: this module never
opens the log file, and every file is written under a temporary name,
flushed and renamed into place, body first and record last, so a record
always has its body. The bytes are named by a hash of the URL and the bytes
and written once; each fetch a check saved adds its own record beside them.
They are kept only when a check saves, just before the log is written, so
the log never names a snapshot that is not there.
"""

from __future__ import annotations

import difflib
import errno
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..files import fsync_dir
from ..model import Article
from .fetch import Fetched, check_url, fetch
from .parse import article_from_bytes

FOLDER = "snapshots"
MARK = "workbench_snapshot"  # a record of ours carries this key (its format version)


def folder_for(log: str | Path) -> Path:
    """The snapshot folder of the review log at ``log``."""
    return Path(log).parent / FOLDER


def key(fetched: Fetched) -> str:
    digest = hashlib.sha256(fetched.url.encode("utf-8") + b"\n" + fetched.data)
    return digest.hexdigest()[:24]


def body_path(folder: Path, fetched: Fetched) -> Path:
    """Where the bytes of this fetch are (or will be) kept."""
    return folder / f"{key(fetched)}{fetched.suffix}"


@dataclass(frozen=True)
class Snapshot:
    """A kept fetch, as its record says."""

    url: str
    final_url: str
    fetched: str
    content_type: str
    charset: str
    bytes_sha256: str
    text_sha256: str
    path: Path  # the body


def record(fetched: Fetched, article: Article) -> dict[str, object]:
    return {
        MARK: 1,
        "url": fetched.url,
        "final_url": fetched.final_url,
        "fetched": fetched.fetched,
        "content_type": fetched.content_type,
        "charset": fetched.charset,
        "bytes": len(fetched.data),
        "bytes_sha256": hashlib.sha256(fetched.data).hexdigest(),
        "text_sha256": article.sha256,
        "file": f"{key(fetched)}{fetched.suffix}",
    }


def keep(folder: Path, fetched: Fetched, article: Article) -> Path:
    """Keep this fetch: its bytes (once per URL and content) and a record of
    this fetch; returns the body's path. Raises OSError when the folder
    cannot be made or written."""
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a file has the snapshot folder's name")
    folder.mkdir(parents=True, exist_ok=True)
    body = body_path(folder, fetched)
    if not body.is_file():
        _write_once(body, fetched.data)
    stamp = re.sub(r"[^0-9TZ]", "", fetched.fetched)
    meta = folder / f"{key(fetched)}-{stamp}.json"
    if not meta.is_file():
        text = json.dumps(record(fetched, article), ensure_ascii=False, indent=1) + "\n"
        _write_once(meta, text.encode("utf-8"))
    fsync_dir(folder)
    return body


def _write_once(path: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name beside ``path``, flush it to the
    disk and rename it into place: ``path`` is whole or absent, never half."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def snapshots(folder: Path, url: str | None = None) -> list[Snapshot]:
    """The snapshots kept in ``folder`` (of ``url`` only, if given), oldest
    first; files that are not our records, or whose body is gone, are skipped."""
    out: list[tuple[tuple[str, int], Snapshot]] = []
    try:
        records = sorted(folder.glob("*.json"))
    except OSError:
        return []
    for path in records:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get(MARK) != 1:
            continue
        if url is not None and data.get("url") != url:
            continue
        body = folder / str(data.get("file", ""))
        if not body.is_file() or body.parent != folder:
            continue
        try:
            written = path.stat().st_mtime_ns  # orders two fetches within one second
        except OSError:
            continue
        out.append(
            (
                (str(data.get("fetched", "")), written),
                Snapshot(
                    url=str(data.get("url")),
                    final_url=str(data.get("final_url", "")),
                    fetched=str(data.get("fetched", "")),
                    content_type=str(data.get("content_type", "")),
                    charset=str(data.get("charset", "")),
                    bytes_sha256=str(data.get("bytes_sha256", "")),
                    text_sha256=str(data.get("text_sha256", "")),
                    path=body,
                ),
            )
        )
    return [snap for _, snap in sorted(out, key=lambda pair: pair[0])]


def changes(
    folder: Path, fetched: Fetched, article: Article, read: Callable[[Snapshot], str | None]
) -> str:
    """How this fetch differs from the latest snapshot of its URL, in one
    sentence, or "" (no snapshot yet, or the same bytes). ``read`` gives the
    article text of a snapshot, or None when it cannot be read again."""
    kept = snapshots(folder, fetched.url)
    if not kept:
        return ""
    last = kept[-1]
    if last.bytes_sha256 == hashlib.sha256(fetched.data).hexdigest():
        return ""
    where = f"its snapshot of {last.fetched} ({last.path})"
    if last.text_sha256 == article.sha256:
        return f"the page changed since {where}, but not its article text"
    old_text = read(last)
    if old_text is None:
        return f"the article text changed since {where}; this check compares the new text"
    added, removed = word_changes(old_text, article.text)
    return (
        f"the article text changed since {where}: {added} words added, {removed} removed; "
        "this check compares the new text"
    )


def word_changes(old: str, new: str) -> tuple[int, int]:
    """Words added and removed from ``old`` to ``new``."""
    a, b = old.split(), new.split()
    added = removed = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed += i2 - i1
        if tag in ("replace", "insert"):
            added += j2 - j1
    return added, removed


def record_of(body: Path) -> Snapshot | None:
    """The latest record of a kept body, when ``body`` is one (a file in a
    snapshot folder that a record names), else None."""
    if body.parent.name != FOLDER:
        return None
    named = [s for s in snapshots(body.parent) if s.path.name == body.name]
    return named[-1] if named else None


def fetch_and_keep(url: str, folder: Path) -> Path:
    """Fetch ``url``, check that it reads as an article, keep it in
    ``folder`` and return the kept file: what the window adds as an article
    (read back with its URL through :func:`record_of`). Raises ArticleError
    (one line) when it cannot be fetched or read, OSError when it cannot be
    kept."""

    got = fetch(url)
    name = check_url(url)
    article = article_from_bytes(got.data, got.suffix, name, name, url=url, charset=got.charset)
    return keep(folder, got, article)
