"""The review log articles opened without one already have.

Trial 28 decided findings with ``workbench check ev07 --db ev07.sqlite``,
then ran ``workbench open ev07``: the window started a new, empty review in
the data folder beside the log that held those decisions. Files opened with
no log named (and none open) now go to the log that already holds exactly
these files, if there is one: among the recent logs, and the ``*.sqlite``
in the current folder, the files' folder and the folder above it (beside a
folder given).

Trial 44 opened those files with one unreadable file among them: no log
held exactly that set, so a new one was made for the readable five beside
the log of their decisions; opened again, three logs held them and the
window named them and nothing more. The log is now looked for by the files
that can be read (the others are said, as adding them says), and several
logs holding them are told apart by their decisions (``store.ranked``): the
one log with decisions opens, the others named; two with decisions are
never guessed between, each said in one line with its decisions and when.

Looking reads the disk (folders listed, each candidate log opened), so the
window runs :func:`holding` on a worker (issue 14: the GUI thread never
waits on the disk); the recent logs are read from the settings on the GUI
thread and handed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from ..articles import ArticleError, load_given
from ..articles.unread import NotRead, said
from ..store import Decided, decided_in, logs_holding, logs_sharing, ranked
from . import settings


def candidates(files: Sequence[str], recent: Sequence[str]) -> list[Path]:
    """Where a log of these files may be: the ``recent`` logs first."""
    folders = [Path.cwd()]
    for f in files:
        here = Path(f).resolve().parent
        folders += [here, here.parent]
    found = [Path(p) for p in recent]
    for folder in dict.fromkeys(folders):
        try:
            found += sorted(p for p in folder.glob("*.sqlite") if p.is_file())
        except OSError:
            continue  # an unreadable folder holds nothing we can open
    return found


def recent_logs() -> list[str]:
    """The recent logs, from the settings (on the GUI thread)."""
    return list(settings.get(settings.RECENT_LOGS))


class Held(NamedTuple):
    """What looking found: the ``readable`` files, why each other one cannot
    be read (``unreadable``), and the logs holding exactly the readable ones
    with their decisions, the most decided first."""

    readable: tuple[str, ...]
    unreadable: tuple[str, ...]
    logs: tuple[Decided, ...]
    # logs holding some of them but not exactly them: (decisions, held of these, in all)
    near: tuple[tuple[Decided, int, int], ...] = ()

    def refused(self) -> bool:
        """A file among them could not be read: none is opened or added, as
        ``check`` refuses it (trial 46 P9); the adding says why."""
        return any(isinstance(m, NotRead) for m in self.unreadable)

    def chosen(self) -> Decided | None:
        """The log to open: the only one, or the only one with decisions, or
        the first of several with none; None when none holds the files or
        two hold decisions (never guessed between)."""
        if not self.logs or sum(1 for d in self.logs if d.count) > 1:
            return None
        return self.logs[0]


def holding(files: Sequence[str], recent: Sequence[str], progress=None, cancelled=None) -> Held:
    """The logs whose articles are exactly the readable ``files`` (a worker's
    job: the runner hands in ``progress`` and ``cancelled``, unused)."""
    readable: list[str] = []
    unreadable: list[str] = []
    for f in files:
        try:
            load_given(f)  # what `open` read, when it did
        except ArticleError as exc:
            unreadable.append(said(exc))  # marked: not read, or left out
        else:
            readable.append(f)
    found = candidates(files, recent)
    logs = logs_holding(readable, found) if readable else []
    near = () if logs or not readable else logs_sharing(readable, found)
    shared = tuple((decided_in(p), n, total) for p, n, total in near)
    return Held(tuple(readable), tuple(unreadable), tuple(_newest_first(ranked(logs))), shared)


def _newest_first(logs: list[Decided]) -> list[Decided]:
    """Logs none of which holds a decision: the most recently changed first
    (the one an editor most likely worked in), so the one opened is said
    with a reason (user trial 47); with decisions, ``ranked``'s order."""
    if len(logs) < 2 or any(d.count for d in logs):
        return logs

    def changed(d: Decided) -> float:
        try:
            return d.path.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(logs, key=changed, reverse=True)


def started_beside(held: Held) -> str:
    """No log holds exactly these files, but some hold some of them: the new
    review is said, with the logs it was started beside (at most three)."""
    lines = "".join(
        f"\n  {d.path} — holds {n} of them, {total} articles in all, {decisions(d)}"
        for d, n, total in sorted(held.near, key=lambda x: (-x[0].count, -x[1]))[:3]
    )
    n = len(held.readable)
    these = "this file" if n == 1 else f"these {n} files"
    return (
        f"No review log holds exactly {these}, so a new review was started; these logs hold "
        f"some of them (to go on with one, workbench open LOG or File › Open review log):{lines}"
    )


def decisions(d: Decided) -> str:
    """'3 decisions, the last 2026-12-07 06:34 UTC' or 'no decisions'."""
    if not d.count:
        return "no decisions"
    said = f"{d.count} decision{'s' * (d.count != 1)}"
    if not d.last:
        return said
    return f"{said}, the last {d.last.replace('T', ' ')[:16]}" + " UTC" * d.last.endswith("Z")


def reopened(held: Held) -> str:
    """Which log the window opened on these files, and why (user trial 47:
    one of two logs holding them, neither decided on, was opened and the
    notice that said so went in seconds, where nobody looked)."""
    log, files = held.chosen(), len(held.readable)
    others = [d for d in held.logs if d is not log]
    these = "this file" if files == 1 else f"these {files} files"
    if not others:
        why = f"it already holds the review of {these} ({decisions(log)})"
    elif log.count:
        why = (
            f"of the {len(held.logs)} review logs holding {these}, the only one with "
            f"decisions ({decisions(log)})"
        )
    else:
        why = (
            f"the most recently changed of the {len(held.logs)} review logs holding "
            f"{these}, none with decisions"
        )
    said = f"Opened {log.path}: {why}; no new review was started"
    if others:  # never decided on: the chosen log is the only one that can be
        named = ", ".join(str(d.path) for d in others)
        holds = "holds" if len(others) == 1 else "hold"
        said += (
            f". {named} {holds} them too, with no decisions (File › Open review log opens another)"
        )
    return said + ". To start a new review: File › New review, then add them (or give --db)"


def log_reason(held: Held) -> str:
    """The status bar's word on the log opened: why it is this one."""
    more = len(held.logs) - 1
    also = f"; {more} other log{'s' * (more != 1)} hold{'s' * (more == 1)} them too" if more else ""
    n = len(held.readable)
    return f"reopened: it holds {'this file' if n == 1 else f'these {n} files'}{also}"


def ambiguous(held: Held) -> str:
    lines = "".join(f"\n  {d.path} — {decisions(d)}" for d in held.logs)
    return (
        f"These {len(held.readable)} files are reviewed in {len(held.logs)} review logs, "
        "more than one with decisions. None was opened and no new one was made: open the "
        f"one you mean with workbench open LOG (or File › Open review log):{lines}"
    )
