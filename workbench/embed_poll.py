"""Stopping a long encoding between two batches (``embed.polling``).

A 500 KB article is thousands of sentences: Ctrl+C and the window's Cancel
waited a minute for the model to finish them (fresh CLI trial). While a
poll is set, the model calls it between batches; what it raises stops the
encoding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

POLL: ContextVar[Callable[[], None] | None] = ContextVar("workbench_embed_poll", default=None)


@contextmanager
def polling(poll: Callable[[], None]) -> Iterator[None]:
    """Encodings in this block call ``poll()`` between batches (not a saved
    graph's probe); whatever it raises stops the encoding (the vectors made
    so far are not cached)."""
    token = POLL.set(poll)
    try:
        yield
    finally:
        POLL.reset(token)
