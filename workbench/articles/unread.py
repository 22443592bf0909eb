"""One rule for files given together, in the window as in ``check``.

A file that may hold a report the tool could not read (missing, unreadable,
a PDF without text) stops the whole batch: nothing of it is added and no
review log is made, since a report silently left out makes a clean result
look complete. A file with nothing in it to compare (empty, binary, the
tool's own output) is left out and the others go on, and it is named where
the editor looks. Trial 46 P9: ``workbench open a b binary missing empty``
opened on two articles, the missing and binary files behind an "earlier"
button and the status bar silent about them, while ``check`` refused the
missing file and named the others.

The messages stay strings (they travel from a worker to the window as
``Loaded.errors``); :class:`NotRead` and :class:`LeftOut` mark which rule
each one falls under."""

from __future__ import annotations

from collections.abc import Sequence

from .errors import ArticleError, LeftOut, OwnOutput


class NotRead(str):
    """The one-line message of a file that could not be read: it stops the batch."""


class Unread(ArticleError):
    """Some files given together could not be read, so none was added."""


def said(exc: ArticleError) -> str:
    """``exc``'s one line, marked with the rule it falls under."""
    return LeftOut(exc) if isinstance(exc, OwnOutput) else NotRead(exc)


def could_not_read(failed: Sequence[str], given: int, shown: int = 1) -> str:
    """'2 of 5 files could not be read (a.txt: ...; and 1 more)': the first
    ``shown`` messages of the ``failed`` among the ``given`` - one wording for
    ``check``, ``open`` and the window."""
    first = "; ".join(failed[:shown])
    if len(failed) > shown:
        first += f"; and {len(failed) - shown} more"
    return f"{len(failed)} of {given} files could not be read ({first})"


def the_others(verb: str, read: int, failed: int) -> str:
    """'check the other 3 without it': how to go on with the files that were read."""
    return f"{verb} the other {read} without {'it' if failed == 1 else 'them'}"


def refuse_unread(messages: Sequence[str], given: int, read: int) -> None:
    """Raise :class:`Unread` when a file among the ``given`` could not be
    read; ``read``: how many of them were read (the others to add again)."""
    failed = [m for m in messages if isinstance(m, NotRead)]
    if not failed:
        return
    again = f" ({the_others('add', read, len(failed))})" if read else ""
    raise Unread(f"{could_not_read(failed, given, shown=3)}; nothing was added{again}")


def left_out(messages: Sequence[str]) -> list[str]:
    """The messages of files left out on purpose (nothing in them to compare)."""
    return [m for m in messages if isinstance(m, LeftOut)]


def named(messages: Sequence[str]) -> str:
    """'binary.txt (binary file), empty.txt (empty file)': each file left out
    with the first words of why."""
    return ", ".join(_short(m) for m in messages)


def left_out_line(messages: Sequence[str]) -> str:
    """'Left out, nothing in them to compare: a.txt (empty file), b.txt (binary file)'."""
    it = "it" if len(messages) == 1 else "them"
    return f"Left out, nothing in {it} to compare: {named(messages)}"


def _short(message: str) -> str:
    name, _, why = message.partition(": ")
    return f"{name} ({why.split(',')[0].split(';')[0].strip()})" if why else message
