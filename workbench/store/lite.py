"""sqlite-utils, imported without NumPy and pandas.

sqlite-utils imports both when they are installed, only to map their number
types to column types. The review log never stores them (scores are written
as Python floats), and NumPy alone costs about 0.1 s of every start-up of
the lexical path, which otherwise never needs it (issue 14). When NumPy is
already loaded (the embedding path), sqlite-utils simply gets it.

Only the importing thread is kept from NumPy: the sentence model loads on
another thread meanwhile (``embed_preload``), and a ``None`` put in
``sys.modules`` for everyone made its ``import numpy`` fail now and then;
the check then ran on the lexical path without a word (session 17: 18
aligned pairs of the seeds instead of 24 in half the runs).

:func:`database` opens the log's connection without sqlite-utils' plugins:
looking for them read the entry points of every installed distribution
(``importlib.metadata`` and the ``email`` package imported for it), 0.012-0.016 s
of CPU in every process that opens a log, and a plugin installed for another
tool has no business in the review log's connection (issue 14, session 26).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.abc import MetaPathFinder
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


class _NotInThisThread(MetaPathFinder):
    """Refuses the named top-level modules to one thread only."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name.partition(".")[0] in self.names and threading.get_ident() == self.thread:
            raise ModuleNotFoundError(f"No module named {name!r} (not needed here)", name=name)
        return None


@contextmanager
def without(names: tuple[str, ...]) -> Iterator[None]:
    """While the block runs, this thread cannot import ``names`` (those not
    loaded yet); other threads import them as usual."""
    finder = _NotInThisThread(tuple(m for m in names if m not in sys.modules))
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def load() -> None:
    if "sqlite_utils" in sys.modules:
        return
    with without(("numpy", "pandas")):
        import sqlite_utils  # noqa: F401


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils' view of the log's connection, without plugins (see above)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


load()
