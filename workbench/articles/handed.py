"""Files ``workbench open`` read before the window, handed to the window.

``open`` reads every file it is given first, by ``check``'s rule, to refuse
in the terminal what ``check`` refuses (``cli_open``). The window then read
each file again to find the log holding them, and a third time to add them
(user trial 47: every file read twice over). What the terminal read is now
kept here, per file with the size and time it had when read, and the
window's readers take it (``articles.load_given``) while the file on disk
is unchanged; a file changed since is read again. The same outcome either
way: an article as ``load_article`` made it, or the same error raised again.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ..model import Article
from .errors import ArticleError

_lock = threading.Lock()  # the window's readers run on workers
_kept: dict[str, tuple[tuple[int, int], Article | ArticleError]] = {}


def _key(path: str | Path) -> str:
    """The path as given: an article keeps it as its path, so './a.txt' and
    'a.txt' are two keys."""
    return str(path)


def _stamp(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def keep(path: str | Path, read: Article | ArticleError) -> None:
    """What reading ``path`` gave, for the window."""
    stamp = _stamp(path)
    if stamp is not None:
        with _lock:
            _kept[_key(path)] = (stamp, read)


def take(path: str | Path) -> Article | None:
    """What was read of ``path`` while it is unchanged on disk (its error
    raised again); None: read it."""
    with _lock:
        kept = _kept.get(_key(path))
    if kept is None or kept[0] != _stamp(path):
        return None
    if isinstance(kept[1], ArticleError):
        raise kept[1]
    return kept[1]


def forget() -> None:
    with _lock:
        _kept.clear()
