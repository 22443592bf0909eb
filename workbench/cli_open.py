"""What ``workbench open`` refuses in the terminal, before any window.

The files given are read by ``check``'s own reader first, under ``check``'s
rule (:mod:`workbench.articles.unread`): one that could not be read (missing,
a typo in its name, unreadable) is said on one line as ``check`` says it,
and the command ends with status 2, no window and no review log (trial 46
P9: the window opened on the two readable files of five and said nothing of
the missing one where the editor looked). Files with nothing in them to
compare (empty, binary) do not stop it: the window names them. What was
read here is handed to the window (``articles.handed``): it reads no file
again that has not changed since (user trial 47: each was read twice).

A ``--db`` the window could never write (a folder that does not exist, a
path through a file) is refused the same way, as ``check`` refuses it
(trial 46: a clear error, then an empty window). An editor who names a log
means that log: analysing the articles into a review kept somewhere else
would leave their decisions where they did not ask for them, and they
would only find out at the next ``open``."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .cli_args import CliError
from .terminal import one_line

# the names the window opens as a review log, not as an article (``ui/logfile.py``)
_LOG_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def refuse_before_window(paths: Sequence[str], db: str | None) -> None:
    """Raise CliError (after check's lines for each file) when the window
    could only open on part of what it was given."""
    if db is not None:
        _log_path_usable(db)
    from .articles import LeftOut, load_articles
    from .articles.address import is_url
    from .articles.unread import could_not_read, the_others

    files = [p for p in paths if not is_url(p) and not _a_log(p)]
    unread: list[str] = []
    # what is read here is handed to the window, which reads no file twice
    read = load_articles(files, None, unread, hand_over=True) if files else []
    failed = [m for m in unread if not isinstance(m, LeftOut)]
    if not failed:
        return
    for message in unread:  # as check says each
        said = "skipped" if isinstance(message, LeftOut) else "not read"
        print(one_line(f"workbench: {said}: {message}"), file=sys.stderr)
    again = f" ({the_others('open', len(read), len(failed))})" if read else ""
    raise CliError(
        f"{could_not_read(failed, len(files))}; the window was "
        f"not opened and no review log was made{again}"
    )


def _a_log(path: str) -> bool:
    if Path(path).suffix.lower() in _LOG_SUFFIXES:
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False  # an article that cannot be read: its reader says why


def _log_path_usable(db: str) -> None:
    """The review log ``--db`` names can be opened or made where it is."""
    from .store import StoreError
    from .store.disk import stat_of

    path = Path(db)
    try:
        status = stat_of(path)  # a folder missing, a loop: said as check says it
    except StoreError as exc:
        raise CliError(f"{exc}; the window was not opened") from None
    if status is not None:
        if os.path.isdir(db):
            raise CliError(f"{db}: is a folder, not a review log; the window was not opened")
        return  # an existing log: the window opens it and says what it finds
    parent = path.parent if str(path.parent) else Path(".")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CliError(
            f"{db}: cannot create the review log: the folder {str(parent)!r} is not writable; "
            "the window was not opened"
        )
